import { Alert, Form, Input, Modal } from 'antd';
import { useTranslation } from 'react-i18next';

import { ProblemAlert } from '@/components/ui/problem-alert';
import { useNotify } from '@/components/ui/notifications';
import { fieldErrors, problemOf } from '@/lib/problem';

import type { ApiClient } from '../api/get-api-clients';
import { useRevokeApiClient } from '../api/revoke-api-client';

type Values = { reason: string };

export function RevokeApiClientDialog({ client, onClose }: { client: ApiClient; onClose: () => void }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const [form] = Form.useForm<Values>();
  const revoke = useRevokeApiClient({
    mutationConfig: {
      onSuccess: (revoked) => {
        notify.success(t('apiClients.revoked', { name: revoked.name }));
        onClose();
      },
      onError: (error) => form.setFields(fieldErrors(problemOf(error), ['reason'] as const).fields),
    },
  });

  return (
    <Modal
      open
      title={t('apiClients.revokeTitle', { name: client.name })}
      okText={t('apiClients.revoke')}
      okButtonProps={{ danger: true }}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={revoke.isPending}
      destroyOnHidden
    >
      <Alert type="warning" showIcon title={t('apiClients.revokeWarning')} style={{ marginBottom: 16 }} />
      {revoke.isError && !problemOf(revoke.error).errors ? <ProblemAlert error={revoke.error} /> : null}
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={(body) => revoke.mutate({ id: client.id, version: client.version, body: { reason: body.reason.trim() } })}
      >
        <Form.Item name="reason" label={t('apiClients.reason')} rules={[{ required: true, whitespace: true, message: t('apiClients.reasonRequired') }]}>
          <Input.TextArea rows={3} maxLength={500} showCount />
        </Form.Item>
      </Form>
    </Modal>
  );
}
