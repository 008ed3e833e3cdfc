import { Form, Input, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';

import { DateInput } from '@/components/ui/date-input';
import type { components } from '@/lib/api/schema';
import { leftToTheServer } from '@/lib/left-to-the-server';

export type DocumentKind = components['schemas']['QualificationDocumentKind'];
export const documentKinds: readonly DocumentKind[] = ['BusinessLicence', 'Certification', 'Other'];

/** A qualification document as the form holds it (dates as picked). */
export type DocumentValues = { kind?: DocumentKind; name: string; number: string; issuedOn?: Dayjs; expiresOn?: Dayjs };

/** The request's document: dates as yyyy-mm-dd. Called after the form's own checks, so the dates are there. */
export const toDocumentRequest = (d: DocumentValues): components['schemas']['QualificationDocumentRequest'] => ({
  kind: leftToTheServer(d.kind),
  name: d.name.trim(),
  number: d.number.trim(),
  issuedOn: d.issuedOn?.format('YYYY-MM-DD') ?? '',
  expiresOn: d.expiresOn?.format('YYYY-MM-DD') ?? '',
});

/** The fields of one qualification document, under `prefix` (e.g. ['documents', 0]) or at the top of the form. */
export function DocumentFields({ prefix = [] }: { prefix?: Array<string | number> }) {
  const { t } = useTranslation();
  const name = (field: string) => [...prefix, field];
  return (
    <>
      <Form.Item name={name('kind')} label={t('suppliers.documentsTab.kind')} rules={[{ required: true, message: t('suppliers.documentsTab.kindRequired') }]}>
        <Select virtual={false} options={documentKinds.map((k) => ({ value: k, label: t(`suppliers.documentsTab.kinds.${k}`) }))} />
      </Form.Item>
      <Form.Item
        name={name('name')}
        label={t('suppliers.documentsTab.name')}
        rules={[{ required: true, whitespace: true, message: t('suppliers.documentsTab.nameRequired') }]}
      >
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item
        name={name('number')}
        label={t('suppliers.documentsTab.number')}
        rules={[{ required: true, whitespace: true, message: t('suppliers.documentsTab.numberRequired') }]}
      >
        <Input maxLength={100} />
      </Form.Item>
      <Form.Item
        name={name('issuedOn')}
        label={t('suppliers.documentsTab.issuedOn')}
        rules={[{ required: true, message: t('suppliers.documentsTab.issuedOnRequired') }]}
      >
        <DateInput />
      </Form.Item>
      <Form.Item
        name={name('expiresOn')}
        label={t('suppliers.documentsTab.expiresOn')}
        dependencies={[name('issuedOn')]}
        rules={[
          { required: true, message: t('suppliers.documentsTab.expiresOnRequired') },
          ({ getFieldValue }) => ({
            validator: (_, value?: Dayjs) => {
              const issued = getFieldValue(name('issuedOn')) as Dayjs | undefined;
              return !value || !issued || value.isAfter(issued, 'day')
                ? Promise.resolve()
                : Promise.reject(new Error(t('suppliers.documentsTab.expiresAfterIssued')));
            },
          }),
        ]}
      >
        <DateInput />
      </Form.Item>
    </>
  );
}
