import { Button, Flex, Form, Select, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ProblemAlert } from '@/components/ui/problem-alert';
import { applyFieldErrors, problemOf } from '@/lib/problem';
import { storeLabel, useCurrentStoreId, useStores } from '@/lib/stores';

import { useImportOrders, type ImportJob } from '../api/import-orders';

type Values = { storeId?: string; file?: File };

/** The request's fields (query parameters) on the form's: the file's name is the file's. */
const formFields = ['storeId', 'file'] as const;
const fieldAliases = { fileName: 'file' };

/** A native file input as a form control: the form holds the chosen file (a file input cannot be given a value). */
function FileInput({ onChange, id, accept, ...aria }: { onChange?: (file: File | undefined) => void; id?: string; accept: string; 'aria-label': string }) {
  return <input id={id} type="file" accept={accept} aria-label={aria['aria-label']} onChange={(e) => onChange?.(e.target.files?.[0])} />;
}

/**
 * Uploads a file of orders (CSV with a header row, one row per order line, or a JSON array of orders) into a store. The
 * answer is the job; every row is checked before any order is written. Refusals (an unknown store, a bad file name, a
 * file in another format) show here.
 */
export function ImportOrdersForm({ onStarted }: { onStarted: (job: ImportJob) => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const [refusal, setRefusal] = useState<unknown>(null);
  const [otherErrors, setOtherErrors] = useState<string[]>([]);
  const stores = useStores();
  const currentStoreId = useCurrentStoreId();
  const defaultStoreId = currentStoreId ?? stores.data?.[0]?.id;
  useEffect(() => {
    if (defaultStoreId && !form.getFieldValue('storeId')) form.setFieldValue('storeId', defaultStoreId);
  }, [defaultStoreId, form]);

  const upload = useImportOrders({
    mutationConfig: {
      onSuccess: onStarted,
      onError: (error) => {
        const other = applyFieldErrors(form, error, formFields, fieldAliases);
        setOtherErrors(other);
        if (!problemOf(error).errors || other.length > 0) setRefusal(error);
      },
    },
  });

  const submit = (values: Values) => {
    setRefusal(null);
    setOtherErrors([]);
    if (values.storeId && values.file) upload.mutate({ storeId: values.storeId, file: values.file });
  };

  return (
    <Form<Values> form={form} layout="vertical" onFinish={submit} disabled={upload.isPending}>
      {refusal ? (
        <div style={{ marginBottom: 16 }}>
          <ProblemAlert error={refusal} extra={otherErrors} />
        </div>
      ) : null}
      <Form.Item name="storeId" label={t('orders.imports.store')} rules={[{ required: true, message: t('orders.imports.storeRequired') }]}>
        <Select
          aria-label={t('orders.imports.store')}
          loading={stores.isPending}
          virtual={false}
          style={{ maxWidth: 360 }}
          options={(stores.data ?? []).map((s) => ({ value: s.id, label: storeLabel(s) }))}
        />
      </Form.Item>
      <Form.Item
        name="file"
        label={t('orders.imports.file')}
        extra={<Typography.Text type="secondary">{t('orders.imports.fileHelp')}</Typography.Text>}
        rules={[{ required: true, message: t('orders.imports.fileRequired') }]}
      >
        <FileInput accept=".csv,.json,text/csv,application/json" aria-label={t('orders.imports.file')} />
      </Form.Item>
      <Flex justify="end">
        <Button type="primary" htmlType="submit" loading={upload.isPending}>
          {t('orders.imports.upload')}
        </Button>
      </Flex>
    </Form>
  );
}
