import { Button, Col, Divider, Flex, Form, Input, Row } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { PickOrAddSelect } from '@/components/ui/pick-or-add-select';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { newIdempotencyKey } from '@/lib/api/client';
import { applyFieldErrors, problemOf } from '@/lib/problem';

import { useCandidateCategories } from '../api/get-categories';
import { useProposeCandidate, type ProposedCandidate } from '../api/propose-candidate';

import { defaultNumbers, numbersAliases, numbersPaths, ProfitNumbersFields, toNumbersBody, type NumbersValues } from './profit-numbers-fields';

type Values = NumbersValues & { name: string; category: string; marketplace?: string; researchId?: string; differentiationIdea: string };

const paths: readonly string[] = ['name', 'category', 'marketplace', 'researchId', 'differentiationIdea', ...numbersPaths];

type Props = { onProposed: (candidate: ProposedCandidate) => void; onCancel: () => void };

/** Every field of the proposal; the server's field errors land on their fields, other refusals above the form. */
export function ProposeCandidateForm({ onProposed, onCancel }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  // One key per form: resubmitting after a lost response cannot propose the candidate twice.
  const [idempotencyKey] = useState(newIdempotencyKey);
  const [otherErrors, setOtherErrors] = useState<string[]>([]);
  const categories = useCandidateCategories();
  const propose = useProposeCandidate({
    mutationConfig: {
      onSuccess: (candidate) => onProposed(candidate),
      onError: (error) => {
        setOtherErrors(applyFieldErrors(form, error, paths, numbersAliases));
      },
    },
  });
  const problem = propose.error ? problemOf(propose.error) : null;
  const showAlert = problem !== null && (!problem.errors || otherErrors.length > 0);
  const required = (field: string) => [{ required: true, whitespace: true, message: t('candidates.fields.required', { field }) }];

  return (
    <Form<Values>
      form={form}
      name="propose-candidate"
      layout="vertical"
      requiredMark
      initialValues={{ ...defaultNumbers, marketplace: 'US' }}
      disabled={propose.isPending}
      onFinish={(v) => {
        setOtherErrors([]);
        propose.mutate({
          idempotencyKey,
          body: {
            name: v.name.trim(),
            category: v.category.trim(),
            marketplace: v.marketplace?.trim() ? v.marketplace.trim() : null,
            researchId: v.researchId?.trim() ? v.researchId.trim() : null,
            differentiationIdea: v.differentiationIdea.trim(),
            ...toNumbersBody(v),
          },
        });
      }}
    >
      {showAlert ? (
        <div style={{ marginBottom: 16 }}>
          <ProblemAlert error={propose.error} extra={otherErrors} />
        </div>
      ) : null}
      <Divider titlePlacement="start" plain>
        {t('candidates.propose.product')}
      </Divider>
      <Row gutter={12}>
        <Col xs={24} md={12}>
          <Form.Item name="name" label={t('candidates.fields.name')} rules={required(t('candidates.fields.name'))}>
            <Input maxLength={200} autoComplete="off" />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item
            name="category"
            label={t('candidates.fields.category')}
            extra={t('candidates.fields.categoryHelp')}
            rules={required(t('candidates.fields.category'))}
          >
            <PickOrAddSelect choices={categories.data ?? []} loading={categories.isFetching} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="marketplace" label={t('candidates.fields.marketplace')} extra={t('candidates.fields.marketplaceHelp')}>
            <Input maxLength={2} autoComplete="off" />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="researchId" label={t('candidates.fields.researchId')}>
            <Input autoComplete="off" />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item
        name="differentiationIdea"
        label={t('candidates.fields.differentiationIdea')}
        rules={required(t('candidates.fields.differentiationIdea'))}
      >
        <Input.TextArea rows={3} maxLength={2000} showCount />
      </Form.Item>
      <Divider titlePlacement="start" plain>
        {t('candidates.propose.numbers')}
      </Divider>
      <ProfitNumbersFields />
      <Flex justify="end" gap={8}>
        <Button onClick={onCancel} disabled={false}>
          {t('common.cancel')}
        </Button>
        <Button type="primary" htmlType="submit" loading={propose.isPending}>
          {t('candidates.propose.submit')}
        </Button>
      </Flex>
    </Form>
  );
}
