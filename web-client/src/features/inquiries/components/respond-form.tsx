import { Button, Flex, Form, Input } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ProblemAlert } from '@/components/ui/problem-alert';
import { applyFieldErrors, problemOf } from '@/lib/problem';

import type { InquiryDetails } from '../api/get-inquiry';
import { useRespondToInquiry } from '../api/respond-to-inquiry';

/** The answer to the customer: the first one stops both clocks. A refusal (answered meanwhile, stale version) shows above it. */
export function RespondForm({ inquiry }: { inquiry: InquiryDetails }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ text: string }>();
  const [refusal, setRefusal] = useState<unknown>(null);
  const respond = useRespondToInquiry({
    mutationConfig: {
      onSuccess: () => form.resetFields(),
      onError: (error) => {
        const other = applyFieldErrors(form, error, ['text']);
        if (!problemOf(error).errors || other.length > 0) setRefusal(error);
      },
    },
  });

  return (
    <Form
      form={form}
      layout="vertical"
      onFinish={(v) => {
        setRefusal(null);
        respond.mutate({ id: inquiry.id, version: inquiry.version, body: { text: v.text } });
      }}
    >
      {refusal ? <ProblemAlert error={refusal} /> : null}
      <Form.Item name="text" label={t('inquiries.answer')} rules={[{ required: true, whitespace: true, message: t('inquiries.required') }]}>
        <Input.TextArea rows={5} maxLength={10_000} />
      </Form.Item>
      <Flex justify="end">
        <Button type="primary" htmlType="submit" loading={respond.isPending}>
          {t('inquiries.send')}
        </Button>
      </Flex>
    </Form>
  );
}
