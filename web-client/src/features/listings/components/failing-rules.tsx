import { Flex, Typography } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';

import { currentLanguage } from '@/i18n';

import type { QualityReport } from '../api/get-listing-quality';

import { fieldLabel, ruleLabel } from './listing-labels';

/** One rule that stops content going to the platform: its code, the content field it is about (none for the whole), why. */
export type FailingRule = { code: string; field?: string | null; message: string };

const scoreRule = 'listing.content_score_below_minimum';

/**
 * What the server's quality gate refuses in this report (its own check of the content): every error-level finding,
 * and a score below the minimum to submit, as a refusal names them.
 */
export function failingRules(report: QualityReport, minimum: number, t: TFunction): FailingRule[] {
  const language = currentLanguage();
  const rules: FailingRule[] = report.findings
    .filter((f) => f.severity === 'Error')
    .map((f) => ({ code: f.code, field: f.field, message: language === 'zh' ? f.chineseMessage : f.message }));
  if (report.score < minimum) rules.push({ code: scoreRule, field: null, message: t('listings.scoreBelowMinimum', { score: report.score, minimum }) });
  return rules;
}

/** Each failing rule by name, on its field, with the server's reason. */
export function FailingRules({ rules }: { rules: readonly FailingRule[] }) {
  const { t } = useTranslation();
  return (
    <Flex vertical gap={8} role="list" aria-label={t('listings.failingRules')} style={{ margin: 0 }}>
      {rules.map((rule, index) => (
        <Flex key={`${rule.code}-${rule.field ?? ''}-${index}`} vertical gap={2} role="listitem">
          <span>
            <Typography.Text strong>{ruleLabel(t, rule.code)}</Typography.Text>
            {rule.field ? <Typography.Text type="secondary"> · {fieldLabel(t, rule.field)}</Typography.Text> : null}
          </span>
          <Typography.Text>{rule.message}</Typography.Text>
        </Flex>
      ))}
    </Flex>
  );
}
