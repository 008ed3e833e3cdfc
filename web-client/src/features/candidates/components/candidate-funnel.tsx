import { Alert, Button, Flex, Steps, Tooltip, Typography, type ButtonProps } from 'antd';
import { useId, type CSSProperties, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import { useViewport } from '@/lib/responsive';

import type { Candidate } from '../api/get-candidate';

import type { CandidateDialog } from './candidate-dialogs';

/** What the server says the signed-in person may do with the candidate now, and where it stands in the funnel. */
export type Guide = NonNullable<Candidate['guide']>;
export type ActionOption = Guide['actions'][number];
export type CandidateAction = ActionOption['action'];

/** The rules that refuse by role: the API answers 403 to these (CandidateRules, "Who may act"). */
const roleRules = ['candidate.only_product_ops_manager_or_admin_change_candidates', 'candidate.only_ops_manager_overrides_margin'];

export const refusedByRole = (option: ActionOption | undefined) => !!option && !option.allowed && roleRules.includes(option.reason?.code ?? '');

/** The option of an action; for a quote's or a sample's action, the one of that quote or sample. */
export const optionOf = (guide: Guide | null | undefined, action: CandidateAction, targetId?: string): ActionOption | undefined =>
  guide?.actions.find((a) => a.action === action && (targetId === undefined || a.targetId === targetId));

const closedStages: readonly Candidate['stage'][] = ['Approved', 'Rejected', 'Shelved'];

/** Off screen but read out: the reason a disabled button gives to a screen reader on a desktop (sighted people hover). */
const visuallyHidden: CSSProperties = {
  position: 'absolute', width: 1, height: 1, padding: 0, margin: -1, overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap', border: 0,
};

type ActionButtonProps = { option: ActionOption; label: string; onClick: () => void } & Pick<ButtonProps, 'type' | 'danger' | 'size'>;

/**
 * An action as the guide offers it: enabled when allowed; otherwise disabled, with the rule that stands in the way as
 * a tooltip, and on a phone (no hover) as a line under the button. Screen readers get the reason as its description.
 */
export function ActionButton({ option, label, onClick, type, danger, size }: ActionButtonProps) {
  const phone = useViewport() === 'phone';
  const reasonId = useId();
  if (option.allowed)
    return (
      <Button autoInsertSpace={false} type={type} danger={danger} size={size} onClick={onClick}>
        {label}
      </Button>
    );
  const reason = option.reason?.message ?? '';
  return (
    <Flex vertical gap={2} style={{ maxWidth: phone ? '100%' : 360 }}>
      <Tooltip title={reason}>
        {/* A disabled button fires no mouse events: the wrapper shows the tooltip. */}
        <span style={{ display: 'inline-block', cursor: 'not-allowed', width: 'fit-content' }}>
          <Button autoInsertSpace={false} type={type} danger={danger} size={size} disabled aria-describedby={reasonId} style={{ pointerEvents: 'none' }}>
            {label}
          </Button>
        </span>
      </Tooltip>
      <Typography.Text id={reasonId} type="secondary" style={phone ? { fontSize: 12 } : visuallyHidden}>
        {reason}
      </Typography.Text>
    </Flex>
  );
}

const stepStatus = (step: Guide['steps'][number], stage: Candidate['stage']) => {
  if (step.status === 'Done') return 'finish' as const;
  if (step.status === 'ToDo') return 'wait' as const;
  return stage === 'Rejected' ? ('error' as const) : stage === 'Shelved' ? ('wait' as const) : ('process' as const);
};

/**
 * The funnel (screening → quote chosen → sample passed → approval): each step done, current or to do, what the
 * current one still lacks as the server's rules say, and the actions that move it on — offered when the server would
 * accept them, otherwise shown disabled with why.
 */
export function CandidateFunnel({ candidate, open }: { candidate: Candidate; open: (dialog: CandidateDialog) => void }) {
  const { t } = useTranslation();
  const phone = useViewport() === 'phone';
  const guide = candidate.guide;
  if (!guide) return null;
  const current = guide.steps.find((s) => s.status === 'Current');
  const items = guide.steps.map((step) => ({
    title: t(`candidates.funnel.steps.${step.step}`),
    status: stepStatus(step, candidate.stage),
    content:
      step.status === 'Current' && step.missing.length > 0 ? (
        <ul aria-label={t('candidates.funnel.missing')} style={{ margin: 0, paddingInlineStart: 18 }}>
          {step.missing.map((m) => (
            <li key={m.code}>{m.message}</li>
          ))}
        </ul>
      ) : step.status === 'Done' ? (
        t('candidates.funnel.done')
      ) : null,
  }));

  return (
    <Flex vertical gap={16}>
      <Steps
        orientation={phone ? 'vertical' : 'horizontal'}
        size="small"
        current={Math.max(0, guide.steps.findIndex((s) => s.status === 'Current'))}
        items={items}
        aria-label={t('candidates.funnel.title')}
      />
      <FunnelActions candidate={candidate} guide={guide} currentStep={current?.step} open={open} />
    </Flex>
  );
}

type FunnelActionsProps = { candidate: Candidate; guide: Guide; currentStep: Guide['steps'][number]['step'] | undefined; open: (dialog: CandidateDialog) => void };

/**
 * The actions of the funnel: each one the server allows, the current step's even when refused (with why), and
 * approval always. A closed candidate has none (its steps say why); a person who may change no candidate is told so once.
 */
function FunnelActions({ candidate, guide, currentStep, open }: FunnelActionsProps) {
  const { t } = useTranslation();
  if (closedStages.includes(candidate.stage)) return null;
  const screen = optionOf(guide, 'Screen');
  if (guide.actions.every(refusedByRole))
    return screen?.reason ? <Alert type="info" showIcon role="note" title={screen.reason.message} /> : null;

  const openSample = candidate.samples.find((s) => s.status === 'Open');
  const shown: { option: ActionOption | undefined; show: boolean; button: (option: ActionOption) => ReactNode }[] = [
    {
      option: screen,
      show: currentStep === 'Screening',
      button: (o) => <ActionButton key="screen" option={o} type="primary" label={t('candidates.actions.screen')} onClick={() => open({ kind: 'screen' })} />,
    },
    {
      // Shown to whoever screens when a pass waits for the override, so they learn who may give it.
      option: optionOf(guide, 'OverrideScreeningMargin'),
      show: !!screen?.caveat,
      button: (o) => <ActionButton key="override" option={o} label={t('candidates.actions.override')} onClick={() => open({ kind: 'override' })} />,
    },
    {
      option: optionOf(guide, 'RecordQuote'),
      show: currentStep === 'QuoteChosen',
      button: (o) => <ActionButton key="recordQuote" option={o} label={t('candidates.actions.recordQuote')} onClick={() => open({ kind: 'recordQuote' })} />,
    },
    {
      option: optionOf(guide, 'RequestSample'),
      show: currentStep === 'SamplePassed',
      button: (o) => <ActionButton key="requestSample" option={o} label={t('candidates.actions.requestSample')} onClick={() => open({ kind: 'requestSample' })} />,
    },
    {
      option: openSample ? optionOf(guide, 'RecordSampleResults', openSample.sampleId) : undefined,
      show: true,
      button: (o) =>
        openSample ? (
          <ActionButton key="recordResults" option={o} type="primary" label={t('candidates.actions.recordResults')} onClick={() => open({ kind: 'recordResults', sample: openSample })} />
        ) : null,
    },
    {
      option: optionOf(guide, 'Approve'),
      show: true,
      button: (o) => <ActionButton key="approve" option={o} type="primary" label={t('candidates.actions.approve')} onClick={() => open({ kind: 'approve' })} />,
    },
  ];
  const buttons = shown
    .filter(({ option, show }) => option && (option.allowed || (show && !refusedByRole(option)) || (show && option.action === 'OverrideScreeningMargin')))
    .map(({ option, button }) => button(option as ActionOption));
  return (
    <section aria-label={t('candidates.funnel.actions')}>
      <Flex gap={8} wrap align="start">
        {buttons}
      </Flex>
    </section>
  );
}

/** The candidate's own transitions beside its title: reject, shelve, reopen, each when the server allows it. */
export function LifecycleActions({ candidate, open }: { candidate: Candidate; open: (dialog: CandidateDialog) => void }) {
  const { t } = useTranslation();
  return (['Reopen', 'Shelve', 'Reject'] as const)
    .map((action) => optionOf(candidate.guide, action))
    .filter((option): option is ActionOption => !!option?.allowed)
    .map((option) => {
      const kind = ({ Reopen: 'reopen', Shelve: 'shelve', Reject: 'reject' } as const)[option.action as 'Reopen' | 'Shelve' | 'Reject'];
      return <ActionButton key={kind} option={option} danger={kind === 'reject'} label={t(`candidates.actions.${kind}`)} onClick={() => open({ kind })} />;
    });
}
