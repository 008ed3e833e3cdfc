import { PlusOutlined } from '@ant-design/icons';
import { Button, Empty, Flex, Form, Modal, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ResponsiveTable } from '@/components/ui/responsive-table';
import { useNotify } from '@/components/ui/notifications';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { currentLanguage } from '@/i18n';
import type { components } from '@/lib/api/schema';
import { useCan } from '@/lib/auth';
import { formatDate } from '@/lib/format';
import { applyFieldErrors, isValidationProblem, problemOf } from '@/lib/problem';

import { useAddDocument } from '../api/add-document';
import type { SupplierDetails } from '../api/get-supplier';
import { useSelectionSettings } from '../api/get-selection-settings';

import { documentExpiry } from './document-expiry';
import { DocumentFields, toDocumentRequest, type DocumentValues } from './document-fields';
import { DocumentStatusTag } from './tags';

type SupplierDocument = components['schemas']['SupplierDocument'];

/** The qualification documents on file with how far each is from expiring, and "Add a document". */
export function DocumentsTab({ supplier }: { supplier: SupplierDetails }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const canWrite = useCan('suppliers:write');
  const [adding, setAdding] = useState(false);
  // The warning window, when the settings can be read; otherwise the server's status alone.
  const settings = useSelectionSettings();
  const warnDays = settings.data?.settings?.warnDaysBeforeExpiry;
  const documents = [...supplier.documents].sort((a, b) => a.expiresOn.localeCompare(b.expiresOn));

  const columns: ColumnsType<SupplierDocument> = [
    { title: t('suppliers.documentsTab.kind'), key: 'kind', render: (_, d) => t(`suppliers.documentsTab.kinds.${d.kind}`) },
    { title: t('suppliers.documentsTab.name'), key: 'name', dataIndex: 'name' },
    { title: t('suppliers.documentsTab.number'), key: 'number', render: (_, d) => <Typography.Text code>{d.number}</Typography.Text> },
    { title: t('suppliers.documentsTab.issuedOn'), key: 'issuedOn', responsive: ['md'], render: (_, d) => formatDate(d.issuedOn, language) },
    { title: t('suppliers.documentsTab.expiresOn'), key: 'expiresOn', render: (_, d) => formatDate(d.expiresOn, language) },
    { title: t('suppliers.documentsTab.expiry'), key: 'status', render: (_, d) => <DocumentStatusTag status={documentExpiry(d, warnDays)} /> },
  ];

  return (
    <Flex vertical gap={16}>
      {canWrite ? (
        <Flex justify="end">
          <Button icon={<PlusOutlined />} onClick={() => setAdding(true)}>
            {t('suppliers.documentsTab.add')}
          </Button>
        </Flex>
      ) : null}
      <ResponsiveTable<SupplierDocument>
        rowKey="documentId"
        size="small"
        columns={columns}
        dataSource={documents}
        pagination={false}
        locale={{ emptyText: <Empty description={t('suppliers.documentsTab.empty')} /> }}
      />
      {adding ? <AddDocumentDialog supplier={supplier} onClose={() => setAdding(false)} /> : null}
    </Flex>
  );
}

const fieldPatterns = ['kind', 'name', 'number', 'issuedOn', 'expiresOn'];

function AddDocumentDialog({ supplier, onClose }: { supplier: SupplierDetails; onClose: () => void }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const [form] = Form.useForm<DocumentValues>();
  const [otherErrors, setOtherErrors] = useState<string[]>([]);
  const add = useAddDocument({
    mutationConfig: {
      onSuccess: (_, { body }) => {
        notify.success(t('suppliers.documentsTab.added', { name: body.name }));
        onClose();
      },
      onError: (error) => setOtherErrors(applyFieldErrors(form, error, fieldPatterns)),
    },
  });
  const problem = add.error ? problemOf(add.error) : null;
  const showAlert = problem !== null && (!isValidationProblem(problem) || otherErrors.length > 0);

  return (
    <Modal
      open
      title={t('suppliers.documentsTab.addTitle')}
      okText={t('suppliers.documentsTab.add')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={add.isPending}
      destroyOnHidden
    >
      {showAlert ? (
        <div style={{ marginBottom: 16 }}>
          <ProblemAlert error={add.error} extra={otherErrors} />
        </div>
      ) : null}
      <Typography.Paragraph type="secondary">{t('suppliers.documentsTab.replaceHelp')}</Typography.Paragraph>
      <Form<DocumentValues>
        form={form}
        layout="vertical"
        onFinish={(values) => {
          setOtherErrors([]);
          add.mutate({ id: supplier.id, version: supplier.version, body: toDocumentRequest(values) });
        }}
      >
        <DocumentFields />
      </Form>
    </Modal>
  );
}
