import { Button, Card, Col, Descriptions, Flex, Modal, Row, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';

import { HistorySection, RecordLoadFailure } from '@/components/ui/record-sections';
import { Loading } from '@/components/ui/loading';
import { Page } from '@/components/ui/page';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { ReasonDialog } from '@/components/ui/reason-dialog';
import { paths } from '@/config/paths';
import { currentLanguage } from '@/i18n';
import { useCan } from '@/lib/auth';
import { formatDateTime } from '@/lib/format';

import { useApproveAnswer, useEditAnswer, useRetireAnswer } from '../api/answer-actions';
import { useAnswer, useAnswerHistory, type StandardAnswerDetails } from '../api/get-answer';
import { AnswerForm } from '../components/answer-form';
import { AnswerStatusTag } from '../components/answer-labels';

type Words = Pick<StandardAnswerDetails, 'question' | 'category' | 'englishText' | 'chineseText'>;

function WordsCard({ title, words, extra }: { title: string; words: Words; extra?: string }) {
  const { t } = useTranslation();
  return (
    <Card size="small" title={title} extra={extra ? <Typography.Text type="secondary">{extra}</Typography.Text> : null}>
      <Descriptions size="small" column={1}>
        <Descriptions.Item label={t('answers.question')}>{words.question}</Descriptions.Item>
        <Descriptions.Item label={t('answers.category')}>{t(`answers.categories.${words.category}`)}</Descriptions.Item>
        <Descriptions.Item label={t('answers.englishText')}>
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>{words.englishText}</Typography.Paragraph>
        </Descriptions.Item>
        <Descriptions.Item label={t('answers.chineseText')}>
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>{words.chineseText}</Typography.Paragraph>
        </Descriptions.Item>
      </Descriptions>
    </Card>
  );
}

/**
 * One standard answer: its words, and beside them the pending draft when an approved answer was edited (both shown, the
 * approved one still citable); edit while not retired, approve the draft and retire (operations manager), its history.
 */
export function AnswerRoute() {
  const { t } = useTranslation();
  const { answerId = '' } = useParams();
  const answer = useAnswer(answerId);
  const history = useAnswerHistory(answerId);
  const language = currentLanguage();
  const canWrite = useCan('answers:write');
  const canApprove = useCan('answers:approve');
  const [dialog, setDialog] = useState<'edit' | 'retire' | null>(null);
  const [refusal, setRefusal] = useState<unknown>(null);
  const edit = useEditAnswer();
  const approve = useApproveAnswer({ mutationConfig: { onError: setRefusal, onSuccess: () => setRefusal(null) } });
  const retire = useRetireAnswer();

  if (answer.isPending) return <Loading />;
  if (answer.isError)
    return (
      <RecordLoadFailure
        query={answer}
        title={t('answers.detail')}
        notFound={t('answers.notFound')}
        backTo={paths.service.answers.getHref()}
        backLabel={t('answers.backToList')}
      />
    );

  const a = answer.data;
  const on = { id: a.id, version: a.version };
  const approvable = a.status === 'Draft' || !!a.pendingDraft;
  const draft = a.pendingDraft;
  const actions = (
    <>
      {canWrite && a.status !== 'Retired' ? <Button onClick={() => setDialog('edit')}>{t('answers.edit')}</Button> : null}
      {canApprove && approvable ? (
        <Button type="primary" loading={approve.isPending} onClick={() => approve.mutate(on)}>
          {t('answers.approve')}
        </Button>
      ) : null}
      {canApprove && a.status === 'Approved' ? (
        <Button danger onClick={() => setDialog('retire')}>
          {t('answers.retire')}
        </Button>
      ) : null}
    </>
  );

  return (
    <Page title={a.question} actions={actions}>
      <Flex vertical gap={16}>
        {refusal ? <ProblemAlert error={refusal} /> : null}
        <Descriptions bordered size="small" column={{ xs: 1, md: 2 }}>
          <Descriptions.Item label={t('answers.status')}>
            <AnswerStatusTag status={a.status} />
          </Descriptions.Item>
          <Descriptions.Item label={t('answers.answerVersion')}>{a.answerVersion}</Descriptions.Item>
          <Descriptions.Item label={t('answers.draftedBy')}>{`${a.draftedBy} · ${formatDateTime(a.draftedAt, language)}`}</Descriptions.Item>
          <Descriptions.Item label={t('answers.approvedBy')}>
            {a.approvedBy ? `${a.approvedBy} · ${formatDateTime(a.approvedAt, language)}` : '—'}
          </Descriptions.Item>
          {a.retiredAt ? (
            <Descriptions.Item label={t('answers.retiredBy')} span={2}>
              {`${a.retiredBy ?? ''} · ${formatDateTime(a.retiredAt, language)}${a.retirementReason ? ` · ${a.retirementReason}` : ''}`}
            </Descriptions.Item>
          ) : null}
        </Descriptions>
        {draft ? (
          <Row gutter={16}>
            <Col xs={24} md={12}>
              <WordsCard title={t('answers.approvedWords', { version: a.answerVersion })} words={a} />
            </Col>
            <Col xs={24} md={12}>
              <WordsCard
                title={t('answers.pendingWords', { version: draft.answerVersion })}
                words={draft}
                extra={`${draft.editedBy} · ${formatDateTime(draft.editedAt, language)}`}
              />
            </Col>
          </Row>
        ) : (
          <WordsCard title={t('answers.words', { version: a.answerVersion })} words={a} />
        )}
        <HistorySection title={t('answers.history')} history={history} />
      </Flex>
      {dialog === 'edit' ? (
        <Modal open title={t('answers.editTitle')} footer={null} onCancel={() => setDialog(null)} destroyOnHidden width={720}>
          {a.status === 'Approved' ? <Typography.Paragraph type="secondary">{t('answers.editApprovedHint')}</Typography.Paragraph> : null}
          <AnswerForm
            initial={{ question: (draft ?? a).question, category: (draft ?? a).category, englishText: (draft ?? a).englishText, chineseText: (draft ?? a).chineseText }}
            okText={t('common.save')}
            onCancel={() => setDialog(null)}
            save={async (body) => {
              await edit.mutateAsync({ ...on, body });
              setDialog(null);
            }}
          />
        </Modal>
      ) : null}
      {dialog === 'retire' ? (
        <ReasonDialog
          title={t('answers.retireTitle')}
          okText={t('answers.retire')}
          danger
          submit={async (reason) => {
            await retire.mutateAsync({ ...on, reason });
            setDialog(null);
          }}
          onClose={() => setDialog(null)}
        />
      ) : null}
    </Page>
  );
}
