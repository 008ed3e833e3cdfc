import { Button, Flex, Form, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ProblemAlert } from '@/components/ui/problem-alert';
import { applyFieldErrors, problemOf } from '@/lib/problem';

import { useEstimateProfit } from '../api/estimate-profit';
import type { Candidate } from '../api/get-candidate';

import { ProfitEstimateView } from './profit-estimate-view';
import { numbersAliases, numbersPaths, ProfitNumbersFields, toNumbersBody, type NumbersValues } from './profit-numbers-fields';

/**
 * The candidate's current numbers, as a starting point to change. The size as it was entered, in its own units: the
 * converted one is exact to 28 digits (25 cm = 9.842519685… in), which no one would type.
 */
const startingValues = (candidate: Candidate): NumbersValues => {
  const n = candidate.numbers;
  const given = candidate.sizeAsGiven;
  const quote = candidate.chosenQuote;
  return {
    currency: n.targetPrice.currency,
    targetPrice: n.targetPrice.amount,
    unitCost: quote?.unitPrice.amount ?? n.unitCost.amount,
    shippingPerUnit: n.shippingPerUnit.amount,
    size: { length: given.length, width: given.width, height: given.height, weight: given.weight, unitSystem: given.unitSystem },
    expectedMonthlyUnits: n.expectedMonthlyUnits,
    firstOrderQuantity: n.firstOrderQuantity,
    daysToSell: n.daysToSell ?? null,
    transitDays: n.transitDays,
    leadTimeDays: quote?.leadTimeDays ?? n.leadTimeDays,
  };
};

/** Posts other numbers to the what-if estimate and shows its answer; nothing is saved. */
export function WhatIfForm({ candidate }: { candidate: Candidate }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<NumbersValues>();
  const [otherErrors, setOtherErrors] = useState<string[]>([]);
  const estimate = useEstimateProfit({
    mutationConfig: { onError: (error) => setOtherErrors(applyFieldErrors(form, error, numbersPaths, numbersAliases)) },
  });
  const problem = estimate.error ? problemOf(estimate.error) : null;

  return (
    <>
      <Typography.Paragraph type="secondary">{t('candidates.estimate.whatIfHelp')}</Typography.Paragraph>
      <Form<NumbersValues>
        form={form}
        name="what-if"
        layout="vertical"
        aria-label={t('candidates.estimate.whatIf')}
        initialValues={startingValues(candidate)}
        onFinish={(values) => {
          setOtherErrors([]);
          estimate.mutate({ body: toNumbersBody(values) });
        }}
      >
        {problem && (!problem.errors || otherErrors.length > 0) ? (
          <div style={{ marginBottom: 16 }}>
            <ProblemAlert error={estimate.error} extra={otherErrors} />
          </div>
        ) : null}
        <ProfitNumbersFields />
        <Flex justify="end">
          <Button type="primary" htmlType="submit" loading={estimate.isPending} autoInsertSpace={false}>
            {t('candidates.estimate.calculate')}
          </Button>
        </Flex>
      </Form>
      {estimate.data ? (
        <>
          <Typography.Title level={5}>{t('candidates.estimate.whatIfResult')}</Typography.Title>
          <ProfitEstimateView estimate={estimate.data} label={t('candidates.estimate.whatIfResult')} />
        </>
      ) : null}
    </>
  );
}
