import { PlusOutlined } from '@ant-design/icons';
import { Button, Empty, Flex, Form, Input, Modal, Select } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { DateInput } from '@/components/ui/date-input';
import { ResponsiveTable } from '@/components/ui/responsive-table';
import { useNotify } from '@/components/ui/notifications';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { currentLanguage } from '@/i18n';
import type { components } from '@/lib/api/schema';
import { useCan } from '@/lib/auth';
import { formatDateTime } from '@/lib/format';
import { applyFieldErrors, isValidationProblem, problemOf } from '@/lib/problem';

import type { SupplierDetails } from '../api/get-supplier';
import { useRecordIncident } from '../api/record-incident';
import { leftToTheServer } from '@/lib/left-to-the-server';


type Incident = components['schemas']['QualityIncident'];
type Source = components['schemas']['QualityIncidentSource'];
const sources: readonly Source[] = ['Return', 'Inspection', 'Complaint', 'Other'];

/** Quality incidents traced to the supplier (newest first), and "Record an incident". */
export function IncidentsTab({ supplier }: { supplier: SupplierDetails }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const canRecord = useCan('suppliers:incident');
  const [recording, setRecording] = useState(false);
  const incidents = [...supplier.qualityIncidents].sort((a, b) => b.occurredAt.localeCompare(a.occurredAt));

  const columns: ColumnsType<Incident> = [
    { title: t('suppliers.incidents.occurredAt'), key: 'occurredAt', render: (_, i) => formatDateTime(i.occurredAt, language) },
    { title: t('suppliers.incidents.source'), key: 'source', render: (_, i) => t(`suppliers.incidents.sources.${i.source}`) },
    { title: t('suppliers.incidents.sku'), key: 'sku', render: (_, i) => i.sku ?? t('common.noValue') },
    { title: t('suppliers.incidents.description'), key: 'description', dataIndex: 'description' },
  ];

  return (
    <Flex vertical gap={16}>
      {canRecord ? (
        <Flex justify="end">
          <Button icon={<PlusOutlined />} onClick={() => setRecording(true)}>
            {t('suppliers.incidents.record')}
          </Button>
        </Flex>
      ) : null}
      <ResponsiveTable<Incident>
        rowKey="incidentId"
        size="small"
        columns={columns}
        dataSource={incidents}
        pagination={false}
        locale={{ emptyText: <Empty description={t('suppliers.incidents.empty')} /> }}
      />
      {recording ? <RecordIncidentDialog supplier={supplier} onClose={() => setRecording(false)} /> : null}
    </Flex>
  );
}

type Values = { occurredAt?: Dayjs; sku?: string; description: string; source?: Source };

const fieldPatterns = ['occurredAt', 'sku', 'description', 'source'];

function RecordIncidentDialog({ supplier, onClose }: { supplier: SupplierDetails; onClose: () => void }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const [form] = Form.useForm<Values>();
  const [otherErrors, setOtherErrors] = useState<string[]>([]);
  const record = useRecordIncident({
    mutationConfig: {
      onSuccess: () => {
        notify.success(t('suppliers.incidents.recorded'));
        onClose();
      },
      onError: (error) => setOtherErrors(applyFieldErrors(form, error, fieldPatterns)),
    },
  });
  const problem = record.error ? problemOf(record.error) : null;
  const showAlert = problem !== null && (!isValidationProblem(problem) || otherErrors.length > 0);

  return (
    <Modal
      open
      title={t('suppliers.incidents.recordTitle', { name: supplier.name })}
      okText={t('suppliers.incidents.record')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={record.isPending}
      destroyOnHidden
    >
      {showAlert ? (
        <div style={{ marginBottom: 16 }}>
          <ProblemAlert error={record.error} extra={otherErrors} />
        </div>
      ) : null}
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ occurredAt: dayjs() }}
        onFinish={(v) => {
          setOtherErrors([]);
          record.mutate({
            id: supplier.id,
            version: supplier.version,
            body: {
              occurredAt: (v.occurredAt ?? dayjs()).toISOString(),
              sku: v.sku?.trim() || null,
              description: v.description.trim(),
              source: leftToTheServer(v.source),
            },
          });
        }}
      >
        <Form.Item
          name="occurredAt"
          label={t('suppliers.incidents.occurredAt')}
          rules={[
            { required: true, message: t('suppliers.incidents.occurredAtRequired') },
            {
              validator: (_, value?: Dayjs) =>
                !value || !value.isAfter(dayjs()) ? Promise.resolve() : Promise.reject(new Error(t('suppliers.incidents.notInFuture'))),
            },
          ]}
        >
          <DateInput showTime />
        </Form.Item>
        <Form.Item name="source" label={t('suppliers.incidents.source')} rules={[{ required: true, message: t('suppliers.incidents.sourceRequired') }]}>
          <Select virtual={false} options={sources.map((s) => ({ value: s, label: t(`suppliers.incidents.sources.${s}`) }))} />
        </Form.Item>
        <Form.Item name="sku" label={t('suppliers.incidents.sku')}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item
          name="description"
          label={t('suppliers.incidents.description')}
          rules={[{ required: true, whitespace: true, message: t('suppliers.incidents.descriptionRequired') }]}
        >
          <Input.TextArea rows={3} maxLength={2000} showCount />
        </Form.Item>
      </Form>
    </Modal>
  );
}
