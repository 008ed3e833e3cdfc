import { Form, Input, Modal } from 'antd';
import { useTranslation } from 'react-i18next';

import { ProblemAlert } from '@/components/ui/problem-alert';
import { useNotify } from '@/components/ui/notifications';
import { fieldErrors, problemOf } from '@/lib/problem';

import { useDelistListing } from '../api/delist-listing';
import type { ListingDetails } from '../api/get-listing';
import { useSuppressListing } from '../api/suppress-listing';

type Values = { reason: string };

/** Suppress or delist: both need only why. */
export function ReasonDialog({ listing, kind, onClose }: { listing: ListingDetails; kind: 'suppress' | 'delist'; onClose: () => void }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const [form] = Form.useForm<Values>();
  const mutationConfig = {
    onSuccess: () => {
      notify.success(kind === 'suppress' ? t('listings.suppressed') : t('listings.delisted'));
      onClose();
    },
    onError: (error: unknown) => form.setFields(fieldErrors(problemOf(error), ['reason'] as const).fields),
  };
  const suppress = useSuppressListing({ mutationConfig });
  const delist = useDelistListing({ mutationConfig });
  const action = kind === 'suppress' ? suppress : delist;

  return (
    <Modal
      open
      title={kind === 'suppress' ? t('listings.suppressTitle', { sku: listing.sku }) : t('listings.delistTitle', { sku: listing.sku })}
      okText={kind === 'suppress' ? t('listings.suppress') : t('listings.delist')}
      okButtonProps={{ danger: true }}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={action.isPending}
      destroyOnHidden
    >
      {action.isError && !problemOf(action.error).errors ? <ProblemAlert error={action.error} /> : null}
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={(values) => action.mutate({ id: listing.id, version: listing.version, body: { reason: values.reason.trim() } })}
      >
        <Form.Item name="reason" label={t('listings.reason')} rules={[{ required: true, whitespace: true, message: t('listings.reasonRequired') }]}>
          <Input.TextArea rows={3} maxLength={500} showCount />
        </Form.Item>
      </Form>
    </Modal>
  );
}
