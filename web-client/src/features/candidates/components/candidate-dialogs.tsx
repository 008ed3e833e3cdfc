import { Alert, Checkbox, Col, Form, Input, Radio, Row, Select, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { CurrencySelect } from '@/components/ui/currency-select';
import { DateInput } from '@/components/ui/date-input';
import { useNotify } from '@/components/ui/notifications';
import { NumberField } from '@/components/ui/number-field';
import { currentLanguage } from '@/i18n';
import { formatPercent } from '@/lib/format';

import { useApproveCandidate } from '../api/approve-candidate';
import { useChooseQuote } from '../api/choose-quote';
import type { Candidate, Quote, Sample } from '../api/get-candidate';
import { useProfitEstimate } from '../api/get-profit-estimate';
import { useSupplierOptions } from '../api/get-supplier-options';
import { useOverrideScreening } from '../api/override-screening';
import { useRecordQuote } from '../api/record-quote';
import { useRecordSampleResults } from '../api/record-sample-results';
import { useRejectCandidate } from '../api/reject-candidate';
import { useReopenCandidate } from '../api/reopen-candidate';
import { useRequestSample } from '../api/request-sample';
import { useScreenCandidate } from '../api/screen-candidate';
import { useShelveCandidate } from '../api/shelve-candidate';

import { optionOf } from './candidate-funnel';
import { TransitionDialog, useDialogForm } from './transition-dialog';

/** Which dialog is open on the detail page. */
export type CandidateDialog =
  | { kind: 'screen' | 'override' | 'recordQuote' | 'requestSample' | 'approve' | 'reject' | 'shelve' | 'reopen' }
  | { kind: 'chooseQuote'; quote: Quote }
  | { kind: 'recordResults'; sample: Sample };

type DialogProps = { candidate: Candidate; onClose: () => void };

/** Success: a short confirmation, and the dialog closes (the page already shows the candidate as the server answered). */
function useDone(onClose: () => void) {
  const notify = useNotify();
  return (text: string) => () => {
    notify.success(text);
    onClose();
  };
}

const lines = (text?: string) => (text ?? '').split('\n').map((l) => l.trim()).filter(Boolean);

const scoreNames = ['marketPotential', 'competition', 'qualityStability', 'differentiation', 'teamFit'] as const;
type ScreenValues = { scores: Record<(typeof scoreNames)[number], number>; verdict: 'Pass' | 'Fail'; notes?: string };

export function ScreenDialog({ candidate, onClose }: DialogProps) {
  const { t } = useTranslation();
  const done = useDone(onClose);
  const dialog = useDialogForm<ScreenValues>(['scores.marketPotential', 'scores.competition', 'scores.qualityStability',
    'scores.differentiation', 'scores.teamFit', 'scores', 'verdict', 'notes']);
  const screen = useScreenCandidate({ onSuccess: done(t('candidates.actions.done.screen')), onError: dialog.onError });
  return (
    <TransitionDialog<ScreenValues>
      title={t('candidates.actions.screenTitle', { name: candidate.name })}
      okText={t('candidates.actions.screen')}
      dialog={dialog}
      mutation={screen}
      onClose={onClose}
      onFinish={(v) => {
        screen.mutate({ id: candidate.id, version: candidate.version, body: { scores: v.scores, verdict: v.verdict, notes: v.notes?.trim() || null } });
      }}
    >
      <ScreeningRule candidate={candidate} />
      <Row gutter={12}>
        {scoreNames.map((name) => (
          <Col xs={24} sm={12} key={name}>
            <NumberField
              name={['scores', name]}
              label={t(`candidates.actions.${name}`)}
              extra={t('candidates.actions.scoreHelp')}
              rules={[{ required: true, message: t('candidates.fields.required', { field: t(`candidates.actions.${name}`) }) }]}
              min={1}
              max={5}
              integer
            />
          </Col>
        ))}
      </Row>
      <Form.Item name="verdict" label={t('candidates.actions.verdict')} rules={[{ required: true, message: t('candidates.actions.verdictRequired') }]}>
        <Radio.Group options={(['Pass', 'Fail'] as const).map((v) => ({ value: v, label: t(`candidates.verdicts.${v}`) }))} />
      </Form.Item>
      <Form.Item name="notes" label={t('candidates.actions.notes')}>
        <Input.TextArea rows={3} maxLength={2000} showCount />
      </Form.Item>
    </TransitionDialog>
  );
}

/**
 * selection.md, Screening: the scores inform the verdict but do not decide it; the verdict is the screener's; a pass
 * also needs the estimated margin at the minimum or above, or an ops-manager's override below it.
 */
function ScreeningRule({ candidate }: { candidate: Candidate }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const estimate = useProfitEstimate(candidate.id).data;
  const caveat = optionOf(candidate.guide, 'Screen')?.caveat;
  const percent = (value: number) => formatPercent(value / 100, language, 2) ?? '';
  return (
    <>
      <Alert
        type="info"
        role="note"
        showIcon
        title={t('candidates.screening.title')}
        description={
          <ul style={{ margin: 0, paddingInlineStart: 18 }}>
            <li>{t('candidates.screening.scores')}</li>
            <li>{t('candidates.screening.verdict')}</li>
            <li>
              {estimate
                ? t('candidates.screening.margin', { margin: percent(estimate.perUnit.marginPercent), minimum: percent(estimate.minMarginPercent) })
                : t('candidates.screening.marginRule')}
            </li>
          </ul>
        }
        style={{ marginBottom: 16 }}
      />
      {caveat ? <Alert type="warning" role="alert" showIcon title={caveat.message} style={{ marginBottom: 16 }} /> : null}
    </>
  );
}

type ReasonValues = { reason: string };

/** Override screening margin, reject and shelve: each a reason and nothing else. */
export function ReasonDialog({ candidate, onClose, kind }: DialogProps & { kind: 'override' | 'reject' | 'shelve' }) {
  const { t } = useTranslation();
  const done = useDone(onClose);
  const dialog = useDialogForm<ReasonValues>(['reason']);
  const options = { onSuccess: done(t(`candidates.actions.done.${kind}`)), onError: dialog.onError };
  const override = useOverrideScreening(options);
  const reject = useRejectCandidate(options);
  const shelve = useShelveCandidate(options);
  const mutation = { override, reject, shelve }[kind];
  const help = { override: t('candidates.actions.overrideHelp'), reject: t('candidates.actions.rejectHelp'), shelve: null }[kind];
  return (
    <TransitionDialog<ReasonValues>
      title={t(`candidates.actions.${kind}Title`, { name: candidate.name })}
      okText={t(`candidates.actions.${kind}`)}
      danger={kind === 'reject'}
      help={help}
      dialog={dialog}
      mutation={mutation}
      onClose={onClose}
      onFinish={(v) => {
        mutation.mutate({ id: candidate.id, version: candidate.version, body: { reason: v.reason.trim() } });
      }}
    >
      <Form.Item name="reason" label={t('candidates.actions.reason')} rules={[{ required: true, whitespace: true, message: t('candidates.actions.reasonRequired') }]}>
        <Input.TextArea rows={3} maxLength={2000} showCount />
      </Form.Item>
    </TransitionDialog>
  );
}

type QuoteValues = { supplierId: string; unitPrice: number; currency: string; moq: number; leadTimeDays: number; afterSalesTerms: string; validUntil: Dayjs };

export function RecordQuoteDialog({ candidate, onClose }: DialogProps) {
  const { t } = useTranslation();
  const done = useDone(onClose);
  const [search, setSearch] = useState('');
  const suppliers = useSupplierOptions(search);
  const dialog = useDialogForm<QuoteValues>(['supplierId', 'unitPrice', 'moq', 'leadTimeDays', 'afterSalesTerms', 'validUntil']);
  const record = useRecordQuote({ onSuccess: done(t('candidates.actions.done.recordQuote')), onError: dialog.onError });
  const required = (field: string) => [{ required: true, whitespace: true, message: t('candidates.fields.required', { field }) }];
  return (
    <TransitionDialog<QuoteValues>
      title={t('candidates.actions.recordQuoteTitle', { name: candidate.name })}
      okText={t('candidates.actions.recordQuote')}
      dialog={dialog}
      mutation={record}
      initialValues={{ currency: candidate.numbers.targetPrice.currency }}
      onClose={onClose}
      onFinish={(v) => {
        record.mutate({
          id: candidate.id,
          version: candidate.version,
          body: {
            supplierId: v.supplierId,
            unitPrice: { amount: v.unitPrice, currency: v.currency },
            moq: v.moq,
            leadTimeDays: v.leadTimeDays,
            afterSalesTerms: v.afterSalesTerms.trim(),
            validUntil: v.validUntil.format('YYYY-MM-DD'),
          },
        });
      }}
    >
      <Form.Item name="supplierId" label={t('candidates.quotes.supplier')} rules={required(t('candidates.quotes.supplier'))}>
        <Select
          showSearch={{ filterOption: false, onSearch: setSearch }}
          placeholder={t('candidates.quotes.supplierPlaceholder')}
          loading={suppliers.isFetching}
          virtual={false}
          options={(suppliers.data?.items ?? []).map((s) => ({ value: s.id, label: s.name }))}
        />
      </Form.Item>
      <Row gutter={12}>
        <Col xs={16}>
          <NumberField
            name="unitPrice"
            label={t('candidates.quotes.unitPrice')}
            rules={[{ required: true, message: t('candidates.fields.required', { field: t('candidates.quotes.unitPrice') }) }]}
            above={0}
            inputProps={{ step: 0.01 }}
          />
        </Col>
        <Col xs={8}>
          <Form.Item name="currency" label={t('candidates.fields.currency')} rules={[{ required: true, message: t('candidates.fields.required', { field: t('candidates.fields.currency') }) }]}>
            <CurrencySelect />
          </Form.Item>
        </Col>
        <Col xs={12}>
          <NumberField
            name="moq"
            label={t('candidates.quotes.moq')}
            rules={[{ required: true, message: t('candidates.fields.required', { field: t('candidates.quotes.moq') }) }]}
            min={1}
            integer
          />
        </Col>
        <Col xs={12}>
          <NumberField
            name="leadTimeDays"
            label={t('candidates.quotes.leadTimeDays')}
            rules={[{ required: true, message: t('candidates.fields.required', { field: t('candidates.quotes.leadTimeDays') }) }]}
            min={0}
            max={3650}
            integer
          />
        </Col>
      </Row>
      <Form.Item name="afterSalesTerms" label={t('candidates.quotes.afterSalesTerms')} rules={required(t('candidates.quotes.afterSalesTerms'))}>
        <Input.TextArea rows={2} maxLength={2000} />
      </Form.Item>
      <Form.Item name="validUntil" label={t('candidates.quotes.validUntil')} rules={[{ required: true, message: t('candidates.fields.required', { field: t('candidates.quotes.validUntil') }) }]}>
        <DateInput />
      </Form.Item>
    </TransitionDialog>
  );
}

export function ChooseQuoteDialog({ candidate, quote, onClose }: DialogProps & { quote: Quote }) {
  const { t } = useTranslation();
  const done = useDone(onClose);
  const dialog = useDialogForm<object>([]);
  const choose = useChooseQuote({ onSuccess: done(t('candidates.actions.done.chooseQuote')), onError: dialog.onError });
  return (
    <TransitionDialog<object>
      title={t('candidates.actions.chooseQuoteTitle', { supplier: quote.supplierName })}
      okText={t('candidates.actions.chooseQuote')}
      help={t('candidates.actions.chooseQuoteHelp')}
      dialog={dialog}
      mutation={choose}
      onClose={onClose}
      onFinish={() => choose.mutate({ id: candidate.id, version: candidate.version, quoteId: quote.quoteId })}
    />
  );
}

type NotesValues = { notes?: string };

export function RequestSampleDialog({ candidate, onClose }: DialogProps) {
  const { t } = useTranslation();
  const done = useDone(onClose);
  const dialog = useDialogForm<NotesValues>(['notes']);
  const request = useRequestSample({ onSuccess: done(t('candidates.actions.done.requestSample')), onError: dialog.onError });
  return (
    <TransitionDialog<NotesValues>
      title={t('candidates.actions.requestSampleTitle', { name: candidate.name })}
      okText={t('candidates.actions.requestSample')}
      dialog={dialog}
      mutation={request}
      onClose={onClose}
      onFinish={(v) => {
        request.mutate({ id: candidate.id, version: candidate.version, body: { notes: v.notes?.trim() || null } });
      }}
    >
      {candidate.chosenQuote ? <Typography.Paragraph>{candidate.chosenQuote.supplierName}</Typography.Paragraph> : null}
      <Form.Item name="notes" label={t('candidates.actions.notes')}>
        <Input.TextArea rows={3} maxLength={2000} showCount />
      </Form.Item>
    </TransitionDialog>
  );
}

type ResultsValues = {
  qualityPassed?: boolean;
  qualityNotes?: string;
  functionPassed?: boolean;
  functionNotes?: string;
  verdict: 'Pass' | 'Fail';
  defects?: string;
  improvementRequests?: string;
};

export function RecordResultsDialog({ candidate, sample, onClose }: DialogProps & { sample: Sample }) {
  const { t } = useTranslation();
  const done = useDone(onClose);
  const dialog = useDialogForm<ResultsValues>(['qualityPassed', 'verdict', 'defects', 'improvementRequests']);
  const record = useRecordSampleResults({ onSuccess: done(t('candidates.actions.done.recordResults')), onError: dialog.onError });
  // The server names the tests' members (qualityTest.notes); show them where the person typed them.
  const qualityError = record.error?.problem.errors?.['qualityTest.notes'] ?? record.error?.problem.errors?.qualityTest;
  const functionError = record.error?.problem.errors?.['functionTest.notes'] ?? record.error?.problem.errors?.functionTest;
  return (
    <TransitionDialog<ResultsValues>
      title={t('candidates.actions.recordResultsTitle')}
      okText={t('candidates.actions.recordResults')}
      dialog={dialog}
      mutation={record}
      otherErrors={dialog.otherErrors.filter((line) => !/^(quality|function)Test/.test(line))}
      initialValues={{ qualityPassed: false, functionPassed: false }}
      onClose={onClose}
      onFinish={(v) => {
        record.mutate({
          id: candidate.id,
          version: candidate.version,
          sampleId: sample.sampleId,
          body: {
            qualityTest: { passed: v.qualityPassed ?? false, notes: v.qualityNotes?.trim() || null },
            functionTest: { passed: v.functionPassed ?? false, notes: v.functionNotes?.trim() || null },
            verdict: v.verdict,
            defects: lines(v.defects),
            improvementRequests: lines(v.improvementRequests),
          },
        });
      }}
    >
      <Form.Item name="qualityPassed" valuePropName="checked" style={{ marginBottom: 8 }}>
        <Checkbox>{t('candidates.actions.qualityPassed')}</Checkbox>
      </Form.Item>
      <Form.Item
        name="qualityNotes"
        label={t('candidates.actions.qualityNotes')}
        validateStatus={qualityError ? 'error' : undefined}
        help={qualityError?.join(' ')}
      >
        <Input.TextArea rows={2} maxLength={2000} />
      </Form.Item>
      <Form.Item name="functionPassed" valuePropName="checked" style={{ marginBottom: 8 }}>
        <Checkbox>{t('candidates.actions.functionPassed')}</Checkbox>
      </Form.Item>
      <Form.Item
        name="functionNotes"
        label={t('candidates.actions.functionNotes')}
        validateStatus={functionError ? 'error' : undefined}
        help={functionError?.join(' ')}
      >
        <Input.TextArea rows={2} maxLength={2000} />
      </Form.Item>
      <Form.Item name="verdict" label={t('candidates.actions.verdict')} rules={[{ required: true, message: t('candidates.actions.verdictRequired') }]}>
        <Radio.Group options={(['Pass', 'Fail'] as const).map((v) => ({ value: v, label: t(`candidates.verdicts.${v}`) }))} />
      </Form.Item>
      <Form.Item name="defects" label={t('candidates.samples.defects')} extra={t('candidates.samples.onePerLine')}>
        <Input.TextArea rows={2} />
      </Form.Item>
      <Form.Item name="improvementRequests" label={t('candidates.samples.improvementRequests')} extra={t('candidates.samples.onePerLine')}>
        <Input.TextArea rows={2} />
      </Form.Item>
    </TransitionDialog>
  );
}

/** Approve and reopen: no fields, only the version the person saw. */
export function ConfirmDialog({ candidate, onClose, kind }: DialogProps & { kind: 'approve' | 'reopen' }) {
  const { t } = useTranslation();
  const done = useDone(onClose);
  const dialog = useDialogForm<object>([]);
  const options = { onSuccess: done(t(`candidates.actions.done.${kind}`)), onError: dialog.onError };
  const approve = useApproveCandidate(options);
  const reopen = useReopenCandidate(options);
  const mutation = kind === 'approve' ? approve : reopen;
  const help =
    kind === 'approve'
      ? t('candidates.actions.approveHelp')
      : t('candidates.actions.reopenHelp', { stage: candidate.shelvedFromStage ? t(`candidates.stages.${candidate.shelvedFromStage}`) : '' });
  return (
    <TransitionDialog<object>
      title={t(`candidates.actions.${kind}Title`, { name: candidate.name })}
      okText={t(`candidates.actions.${kind}`)}
      help={help}
      dialog={dialog}
      mutation={mutation}
      onClose={onClose}
      onFinish={() => mutation.mutate({ id: candidate.id, version: candidate.version })}
    />
  );
}

export function CandidateDialogs({ candidate, dialog, onClose }: { candidate: Candidate; dialog: CandidateDialog | null; onClose: () => void }) {
  if (!dialog) return null;
  switch (dialog.kind) {
    case 'screen':
      return <ScreenDialog candidate={candidate} onClose={onClose} />;
    case 'override':
    case 'reject':
    case 'shelve':
      return <ReasonDialog candidate={candidate} onClose={onClose} kind={dialog.kind} />;
    case 'recordQuote':
      return <RecordQuoteDialog candidate={candidate} onClose={onClose} />;
    case 'chooseQuote':
      return <ChooseQuoteDialog candidate={candidate} quote={dialog.quote} onClose={onClose} />;
    case 'requestSample':
      return <RequestSampleDialog candidate={candidate} onClose={onClose} />;
    case 'recordResults':
      return <RecordResultsDialog candidate={candidate} sample={dialog.sample} onClose={onClose} />;
    case 'approve':
    case 'reopen':
      return <ConfirmDialog candidate={candidate} onClose={onClose} kind={dialog.kind} />;
  }
}
