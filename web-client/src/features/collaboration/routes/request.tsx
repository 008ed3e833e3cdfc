import { Card, Descriptions, Flex, Rate, Tag, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';

import { Loading } from '@/components/ui/loading';
import { Page } from '@/components/ui/page';
import { HistorySection, RecordLoadFailure } from '@/components/ui/record-sections';
import { paths } from '@/config/paths';
import { currentLanguage } from '@/i18n';
import { formatDate, formatDateTime } from '@/lib/format';

import { useCollaborationHistory, useCollaborationRequest, type CollaborationRequestDetails } from '../api/get-collaboration-request';
import { CollaborationStatusTag, ResponseClockTag } from '../components/collaboration-labels';
import { RequestActions } from '../components/request-actions';

/**
 * One collaboration request (跨部门协作申请表): who asked whom for what and by when, the response clock, the manager's
 * answer, the owner's log of progress and results with the raiser's further requests, the assessment, the actions the
 * person looking may take, and its timeline.
 */
export function CollaborationRequestRoute() {
  const { t } = useTranslation();
  const { requestId = '' } = useParams();
  const request = useCollaborationRequest(requestId);
  const history = useCollaborationHistory(requestId);
  const language = currentLanguage();

  if (request.isPending) return <Loading />;
  if (request.isError)
    return (
      <RecordLoadFailure
        query={request}
        title={t('collaboration.detail')}
        notFound={t('collaboration.notFound')}
        backTo={paths.service.collaboration.getHref()}
        backLabel={t('collaboration.backToBoard')}
      />
    );

  const r = request.data;
  return (
    <Page title={t('collaboration.detail')} actions={<RequestActions request={r} />}>
      <Flex vertical gap={16}>
        <Descriptions bordered size="small" column={{ xs: 1, md: 2 }}>
          <Descriptions.Item label={t('collaboration.status')}>
            <CollaborationStatusTag status={r.status} />
          </Descriptions.Item>
          <Descriptions.Item label={t('collaboration.responseClock')}>
            <ResponseClockTag request={r} />
          </Descriptions.Item>
          <Descriptions.Item label={t('collaboration.raisingDepartment')}>{r.raisingDepartment}</Descriptions.Item>
          <Descriptions.Item label={t('collaboration.requestedDepartment')}>{r.requestedDepartment ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('collaboration.helpingDepartment')}>{r.helpingDepartment ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('collaboration.owner')}>{r.owner ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('collaboration.expectedResolutionDate')}>{formatDate(r.expectedResolutionDate, language)}</Descriptions.Item>
          <Descriptions.Item label={t('collaboration.raised')}>{`${r.raisedBy} · ${formatDateTime(r.raisedAt, language)} (${r.timeZone})`}</Descriptions.Item>
          {r.complaintId ? (
            <Descriptions.Item label={t('collaboration.complaint')} span="filled">
              <Link to={paths.service.complaint.getHref(r.complaintId)}>{t('collaboration.openComplaint')}</Link>
            </Descriptions.Item>
          ) : null}
          <Descriptions.Item label={t('collaboration.problem')} span="filled">
            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>{r.problem}</Typography.Paragraph>
          </Descriptions.Item>
          <Descriptions.Item label={t('collaboration.assistanceNeeded')} span="filled">
            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>{r.assistanceNeeded}</Typography.Paragraph>
          </Descriptions.Item>
        </Descriptions>
        <Answer request={r} />
        {r.entries.length > 0 ? (
          <Card size="small" title={t('collaboration.log')}>
            <Timeline
              items={r.entries.map((e) => ({
                key: `${e.at}-${e.kind}`,
                color: e.kind === 'Result' ? 'green' : e.kind === 'FurtherRequests' ? 'orange' : 'blue',
                content: (
                  <Flex vertical>
                    <Typography.Text strong>{t(`collaboration.entryKinds.${e.kind}`)}</Typography.Text>
                    <Typography.Text style={{ whiteSpace: 'pre-wrap' }}>{e.text}</Typography.Text>
                    <Typography.Text type="secondary">{`${e.by} · ${formatDateTime(e.at, language)}`}</Typography.Text>
                  </Flex>
                ),
              }))}
            />
          </Card>
        ) : null}
        {r.assessment ? (
          <Card size="small" title={t('collaboration.assessment')}>
            <Descriptions size="small" column={1}>
              <Descriptions.Item label={t('collaboration.timeliness')}>
                {t(r.assessment.respondedInTime ? 'collaboration.respondedInTime' : 'collaboration.respondedLate', { hours: r.assessment.responseHours })}
              </Descriptions.Item>
              <Descriptions.Item label={t('collaboration.cooperationRating')}>
                <Rate disabled value={r.assessment.cooperationRating} /> {`${r.assessment.cooperationRating} / 5`}
              </Descriptions.Item>
              <Descriptions.Item label={t('collaboration.effectRating')}>
                <Rate disabled value={r.assessment.effectRating} /> {`${r.assessment.effectRating} / 5`}
              </Descriptions.Item>
              {r.assessment.comment ? <Descriptions.Item label={t('collaboration.comment')}>{r.assessment.comment}</Descriptions.Item> : null}
            </Descriptions>
          </Card>
        ) : null}
        <HistorySection title={t('collaboration.timeline')} history={history} />
      </Flex>
    </Page>
  );
}

/** The manager's answer: approved or declined (why), in time or not, after how many business hours. */
function Answer({ request }: { request: CollaborationRequestDetails }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const answer = request.response;
  if (!answer) return null;
  return (
    <Card
      size="small"
      title={answer.approved ? t('collaboration.approvedBy', { by: answer.respondedBy }) : t('collaboration.declinedBy', { by: answer.respondedBy })}
      extra={<Typography.Text type="secondary">{formatDateTime(answer.respondedAt, language)}</Typography.Text>}
    >
      <Flex vertical gap={4}>
        {answer.reason ? <Typography.Text style={{ whiteSpace: 'pre-wrap' }}>{answer.reason}</Typography.Text> : null}
        <span>
          <Tag color={answer.inTime ? 'green' : 'red'}>
            {t(answer.inTime ? 'collaboration.respondedInTime' : 'collaboration.respondedLate', { hours: answer.businessHours })}
          </Tag>
        </span>
      </Flex>
    </Card>
  );
}
