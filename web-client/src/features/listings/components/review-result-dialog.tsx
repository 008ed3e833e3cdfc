import { Form, Input, Modal, Radio, Select } from 'antd';
import { useTranslation } from 'react-i18next';

import { ProblemAlert } from '@/components/ui/problem-alert';
import { useNotify } from '@/components/ui/notifications';
import { fieldErrors, problemOf } from '@/lib/problem';

import type { ListingDetails } from '../api/get-listing';
import { useRecordReviewResult, type ReviewResultInput } from '../api/record-review-result';
import { leftToTheServer } from '@/lib/left-to-the-server';

type Values = { result?: 'Approved' | 'Rejected'; asin?: string; reasonCodes?: string[]; reasonText?: string };

const formFields = ['result', 'asin', 'reasonCodes', 'reasonText'] as const;

/** The platform's answer: approved with the ASIN, or rejected with its reason codes and text. */
export function ReviewResultDialog({ listing, onClose }: { listing: ListingDetails; onClose: () => void }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const [form] = Form.useForm<Values>();
  const result = Form.useWatch('result', form);
  const record = useRecordReviewResult({
    mutationConfig: {
      onSuccess: () => {
        notify.success(t('listings.reviewRecorded'));
        onClose();
      },
      onError: (error) => form.setFields(fieldErrors(problemOf(error), formFields).fields),
    },
  });

  const onFinish = (values: Values) => {
    const body: ReviewResultInput =
      values.result === 'Approved'
        ? { result: 'Approved', asin: values.asin?.trim() ?? '', reasonCodes: [], reasonText: '' }
        : { result: leftToTheServer(values.result), asin: null, reasonCodes: (values.reasonCodes ?? []).map((c) => c.trim()).filter(Boolean), reasonText: values.reasonText?.trim() ?? '' };
    record.mutate({ id: listing.id, version: listing.version, body });
  };

  return (
    <Modal
      open
      title={t('listings.reviewTitle', { sku: listing.sku })}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={record.isPending}
      destroyOnHidden
    >
      {record.isError && !problemOf(record.error).errors ? <ProblemAlert error={record.error} /> : null}
      <Form<Values> form={form} layout="vertical" onFinish={onFinish}>
        <Form.Item name="result" label={t('listings.result')} rules={[{ required: true, message: t('listings.resultRequired') }]}>
          <Radio.Group
            options={(['Approved', 'Rejected'] as const).map((r) => ({ value: r, label: t(`listings.results.${r}`) }))}
            optionType="button"
          />
        </Form.Item>
        {result === 'Approved' ? (
          <Form.Item
            name="asin"
            label={t('listings.asin')}
            extra={t('listings.asinHelp')}
            rules={[{ required: true, pattern: /^[A-Z0-9]{10}$/, message: t('listings.asinInvalid') }]}
          >
            <Input maxLength={10} autoComplete="off" />
          </Form.Item>
        ) : null}
        {result === 'Rejected' ? (
          <>
            <Form.Item
              name="reasonCodes"
              label={t('listings.reasonCodes')}
              extra={t('listings.reasonCodesHelp')}
              rules={[{ required: true, message: t('listings.reasonCodesRequired') }]}
            >
              <Select mode="tags" tokenSeparators={[',']} open={false} suffixIcon={null} />
            </Form.Item>
            <Form.Item name="reasonText" label={t('listings.reasonText')}>
              <Input.TextArea rows={3} maxLength={2000} showCount />
            </Form.Item>
          </>
        ) : null}
      </Form>
    </Modal>
  );
}
