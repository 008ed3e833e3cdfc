import { Button, Flex, Form, Input, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ProblemAlert } from '@/components/ui/problem-alert';
import { applyFieldErrors, problemOf } from '@/lib/problem';

import type { AnswerWords } from '../api/draft-answer';
import { answerCategories } from '../api/get-answers';

const formFields = ['question', 'category', 'englishText', 'chineseText'] as const;

/**
 * An answer's words: the question, its category, the English text the customer reads and the Chinese text for the team.
 * `save` sends them and rejects with the server's refusal, which shows on its field or above the form.
 */
export function AnswerForm({
  initial,
  okText,
  save,
  onCancel,
}: {
  initial?: AnswerWords;
  okText: string;
  save: (words: AnswerWords) => Promise<unknown>;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<AnswerWords>();
  const [refusal, setRefusal] = useState<unknown>(null);
  const [otherErrors, setOtherErrors] = useState<string[]>([]);
  const [pending, setPending] = useState(false);
  const required = [{ required: true, whitespace: true, message: t('answers.required') }];

  const submit = async (v: AnswerWords) => {
    setRefusal(null);
    setPending(true);
    try {
      await save({ question: v.question.trim(), category: v.category, englishText: v.englishText.trim(), chineseText: v.chineseText.trim() });
    } catch (error) {
      const other = applyFieldErrors(form, error, formFields);
      setOtherErrors(other);
      if (!problemOf(error).errors || other.length > 0) setRefusal(error);
    } finally {
      setPending(false);
    }
  };

  return (
    <Form<AnswerWords> form={form} layout="vertical" initialValues={initial ?? { category: 'Product' }} onFinish={(v) => void submit(v)}>
      {refusal ? <ProblemAlert error={refusal} extra={otherErrors} /> : null}
      <Form.Item name="question" label={t('answers.question')} rules={required}>
        <Input maxLength={500} />
      </Form.Item>
      <Form.Item name="category" label={t('answers.category')} rules={[{ required: true, message: t('answers.required') }]}>
        <Select
          aria-label={t('answers.category')}
          style={{ width: 200 }}
          virtual={false}
          options={answerCategories.map((c) => ({ value: c, label: t(`answers.categories.${c}`) }))}
        />
      </Form.Item>
      <Form.Item name="englishText" label={t('answers.englishText')} rules={required}>
        <Input.TextArea rows={4} maxLength={4_000} />
      </Form.Item>
      <Form.Item name="chineseText" label={t('answers.chineseText')} rules={required}>
        <Input.TextArea rows={4} maxLength={4_000} />
      </Form.Item>
      <Flex gap={8} justify="end">
        <Button onClick={onCancel}>{t('common.cancel')}</Button>
        <Button type="primary" htmlType="submit" loading={pending}>
          {okText}
        </Button>
      </Flex>
    </Form>
  );
}
