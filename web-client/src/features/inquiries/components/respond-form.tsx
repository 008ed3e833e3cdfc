import { Button, Flex, Form, Input, Select, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ProblemAlert } from '@/components/ui/problem-alert';
import { useDebouncedValue } from '@/lib/use-debounced-value';
import { applyFieldErrors, problemOf } from '@/lib/problem';

import { useApprovedAnswers, type StandardAnswer } from '../api/get-answers';
import type { InquiryDetails } from '../api/get-inquiry';
import { useRespondToInquiry } from '../api/respond-to-inquiry';

/** The answer's text in the customer's language where the library has it (Chinese for zh), else English. */
const textFor = (answer: StandardAnswer, language: string | null | undefined) =>
  language?.toLowerCase().startsWith('zh') ? answer.chineseText : answer.englishText;

/**
 * A response to the customer: the first one stops both clocks, later ones join the conversation. An approved standard
 * answer can be picked (searched on the server) to fill the text, and the response then cites it. A refusal (resolved
 * meanwhile, a stale version, an answer retired meanwhile) shows above the form.
 */
export function RespondForm({ inquiry }: { inquiry: InquiryDetails }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ text: string }>();
  const [refusal, setRefusal] = useState<unknown>(null);
  const [search, setSearch] = useState('');
  const [cited, setCited] = useState<StandardAnswer | null>(null);
  const answers = useApprovedAnswers(useDebouncedValue(search, 300));
  const respond = useRespondToInquiry({
    mutationConfig: {
      onSuccess: () => {
        form.resetFields();
        setCited(null);
      },
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
        respond.mutate({ id: inquiry.id, version: inquiry.version, body: { text: v.text, answerId: cited?.id ?? null } });
      }}
    >
      {refusal ? <ProblemAlert error={refusal} /> : null}
      <Form.Item label={t('inquiries.standardAnswer')} extra={cited ? t('inquiries.citing', { question: cited.question, version: cited.answerVersion }) : null}>
        <Select
          showSearch
          allowClear
          aria-label={t('inquiries.standardAnswer')}
          placeholder={t('inquiries.pickAnswer')}
          filterOption={false}
          onSearch={setSearch}
          loading={answers.isFetching}
          notFoundContent={t('inquiries.noAnswers')}
          value={cited?.id}
          virtual={false}
          options={(answers.data?.items ?? []).map((a) => ({ value: a.id, label: a.question }))}
          onChange={(id?: string) => {
            const answer = answers.data?.items.find((a) => a.id === id) ?? null;
            setCited(answer);
            if (answer) form.setFieldsValue({ text: textFor(answer, inquiry.message.language) });
          }}
        />
      </Form.Item>
      <Form.Item name="text" label={t('inquiries.answer')} rules={[{ required: true, whitespace: true, message: t('inquiries.required') }]}>
        <Input.TextArea rows={5} maxLength={10_000} />
      </Form.Item>
      <Flex justify="space-between" align="center">
        <Typography.Text type="secondary">{inquiry.responses.length === 0 ? t('inquiries.firstStopsClocks') : null}</Typography.Text>
        <Button type="primary" htmlType="submit" loading={respond.isPending}>
          {t('inquiries.send')}
        </Button>
      </Flex>
    </Form>
  );
}
