import { Alert, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import { ClientProblemCodes, problemOf, type Problem } from '@/lib/problem';

/** What a person reads for a problem: the server's title and detail, or ours when it never answered. */
export function useProblemText(): (error: unknown) => { title: string; detail: string | null; problem: Problem } {
  const { t } = useTranslation();
  return (error) => {
    const problem = problemOf(error);
    if (problem.code === ClientProblemCodes.network) return { title: t('problems.network'), detail: null, problem };
    return { title: problem.title || t('problems.generic'), detail: problem.detail ?? null, problem };
  };
}

export function ProblemDetails({ problem }: { problem: Problem }): ReactNode {
  const { t } = useTranslation();
  return (
    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
      {t('common.errorCode', { code: problem.code })}
      {problem.correlationId ? ` · ${t('common.correlationId', { id: problem.correlationId })}` : null}
    </Typography.Text>
  );
}

type ProblemAlertProps = {
  error: unknown;
  /** Extra lines, e.g. field errors that belong to no field of the form. */
  extra?: readonly string[];
  action?: ReactNode;
  /** How to show the rules a refusal names (its `rules`), in place of its detail; by default each one's message. */
  rules?: ReactNode;
};

/**
 * A refusal or failure shown in place: title, detail, and the stable code for support. A refusal naming several rules
 * (a quality gate) shows every one of them instead of the detail, which only strings their messages together.
 */
export function ProblemAlert({ error, extra = [], action, rules }: ProblemAlertProps) {
  const describe = useProblemText();
  const { title, detail, problem } = describe(error);
  const named = problem.rules ?? [];
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      title={title}
      action={action}
      description={
        <>
          {named.length > 0 ? (
            (rules ?? (
              <ul style={{ margin: 0, paddingInlineStart: 20 }}>
                {named.map((rule, index) => (
                  <li key={`${rule.code}-${rule.field ?? ''}-${index}`}>{rule.message}</li>
                ))}
              </ul>
            ))
          ) : detail ? (
            <div>{detail}</div>
          ) : null}
          {extra.map((line) => (
            <div key={line}>{line}</div>
          ))}
          <ProblemDetails problem={problem} />
        </>
      }
    />
  );
}
