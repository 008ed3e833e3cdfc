import { Card, Descriptions, Flex, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';

import { Loading } from '@/components/ui/loading';
import { Page } from '@/components/ui/page';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { HistorySection, RecordLoadFailure } from '@/components/ui/record-sections';
import { paths } from '@/config/paths';
import { currentLanguage } from '@/i18n';
import { formatDateTime } from '@/lib/format';

import { useComplaint, type ComplaintDetails } from '../api/get-complaint';
import { useComplaintHistory } from '../api/get-complaint-history';
import { ComplaintActions } from '../components/complaint-actions';
import { ComplaintClockTag, ComplaintStatusTag, escalationOwed, resolutionOwed } from '../components/complaint-labels';

/**
 * One complaint: both clocks with the time left, who complained about which order, where it was escalated (linked to the
 * collaboration request it raised) and what the customer was told, their answer, the actions its status allows and its
 * timeline.
 */
export function ComplaintRoute() {
  const { t } = useTranslation();
  const { complaintId = '' } = useParams();
  const complaint = useComplaint(complaintId);
  const history = useComplaintHistory(complaintId);
  const [refusal, setRefusal] = useState<unknown>(null);
  const language = currentLanguage();

  if (complaint.isPending) return <Loading />;
  if (complaint.isError)
    return (
      <RecordLoadFailure query={complaint} title={t('complaints.detail')} notFound={t('complaints.notFound')} backTo={paths.service.complaints.getHref()} backLabel={t('complaints.backToList')} />
    );

  const c = complaint.data;
  return (
    <Page title={t('complaints.titleOf', { order: c.orderNumber, customer: c.customer.name })} actions={<ComplaintActions complaint={c} onRefused={setRefusal} />}>
      <Flex vertical gap={16}>
        {refusal ? <ProblemAlert error={refusal} /> : null}
        <Descriptions bordered size="small" column={{ xs: 1, md: 2 }}>
          <Descriptions.Item label={t('complaints.status')}>
            <ComplaintStatusTag status={c.status} />
            {c.handledInTime === true ? <Tag color="green">{t('complaints.handledInTime')}</Tag> : null}
            {c.handledInTime === false ? <Tag color="red">{t('complaints.handledLate')}</Tag> : null}
          </Descriptions.Item>
          <Descriptions.Item label={t('complaints.category')}>{c.category ? t(`complaints.categories.${c.category}`) : '—'}</Descriptions.Item>
          <Descriptions.Item label={t('complaints.escalationClock')}>
            <ComplaintClockTag clock={c.escalationDeadline} owed={escalationOwed(c.status)} />
          </Descriptions.Item>
          <Descriptions.Item label={t('complaints.resolutionClock')}>
            <ComplaintClockTag clock={c.resolutionDeadline} owed={resolutionOwed(c.status)} />
          </Descriptions.Item>
          <Descriptions.Item label={t('complaints.customer')}>{`${c.customer.name} · ${c.customer.contact}`}</Descriptions.Item>
          <Descriptions.Item label={t('complaints.orderNumber')}>{`${c.orderNumber} (${c.marketplace})`}</Descriptions.Item>
          <Descriptions.Item label={t('complaints.sku')}>{c.sku ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('complaints.receivedAt')}>{`${formatDateTime(c.receivedAt, language)} (${c.timeZone})`}</Descriptions.Item>
          <Descriptions.Item label={t('complaints.problem')} span="filled">
            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>{c.problem}</Typography.Paragraph>
          </Descriptions.Item>
          {c.acknowledgement ? (
            <Descriptions.Item label={t('complaints.acknowledged')} span="filled">
              {step(c.acknowledgement, language)}
            </Descriptions.Item>
          ) : null}
        </Descriptions>
        <Steps complaint={c} />
        <HistorySection title={t('complaints.timeline')} history={history} />
      </Flex>
    </Page>
  );
}

const step = (s: NonNullable<ComplaintDetails['acknowledgement']>, language: ReturnType<typeof currentLanguage>) =>
  [s.by, formatDateTime(s.at, language), s.note].filter(Boolean).join(' · ');

/** Where the complaint went (each escalation, linked to what it raised), what the customer was told, and what they answered. */
function Steps({ complaint: c }: { complaint: ComplaintDetails }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  if (c.escalations.length === 0 && c.resolutions.length === 0 && !c.customerAnswer && !c.closing) return null;
  return (
    <Flex vertical gap={8}>
      {c.escalations.map((e) => (
        <Card key={`${e.escalatedAt}-${e.target.id}`} size="small" title={t('complaints.escalatedTo', { department: e.department })}
          extra={<Typography.Text type="secondary">{`${e.escalatedBy} · ${formatDateTime(e.escalatedAt, language)}`}</Typography.Text>}
        >
          <Flex gap={8} wrap align="center">
            <Tag color={e.inTime ? 'green' : 'red'}>{e.inTime ? t('complaints.escalatedInTime') : t('complaints.escalatedLate')}</Tag>
            {e.target.kind === 'Collaboration' ? (
              <Link to={paths.service.collaborationRequest.getHref(e.target.id)}>{t('complaints.openCollaboration')}</Link>
            ) : (
              <Typography.Text>{t('complaints.returnRequest')}</Typography.Text>
            )}
          </Flex>
        </Card>
      ))}
      {c.resolutions.map((r) => (
        <Card key={r.round} size="small" title={t('complaints.resolutionRound', { round: r.round })}
          extra={<Typography.Text type="secondary">{`${r.resolvedBy} · ${formatDateTime(r.resolvedAt, language)}`}</Typography.Text>}
        >
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{r.result}</Typography.Paragraph>
          <Tag color={r.inTime ? 'green' : 'red'}>{r.inTime ? t('complaints.resolvedInTime') : t('complaints.resolvedLate')}</Tag>
        </Card>
      ))}
      {c.customerAnswer ? (
        <Card size="small" title={c.customerAnswer.satisfied ? t('complaints.customerSatisfied') : t('complaints.customerNotSatisfied')}
          extra={<Typography.Text type="secondary">{`${c.customerAnswer.recordedBy} · ${formatDateTime(c.customerAnswer.recordedAt, language)}`}</Typography.Text>}
        >
          {c.customerAnswer.comment ?? '—'}
        </Card>
      ) : null}
      {c.closing ? <Typography.Text type="secondary">{t('complaints.closedBy', { step: step(c.closing, language) })}</Typography.Text> : null}
    </Flex>
  );
}
