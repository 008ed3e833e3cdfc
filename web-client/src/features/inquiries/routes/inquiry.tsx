import { Card, Descriptions, Flex, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';

import { Loading } from '@/components/ui/loading';
import { Page } from '@/components/ui/page';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { HistorySection, RecordLoadFailure } from '@/components/ui/record-sections';
import { paths } from '@/config/paths';
import { currentLanguage } from '@/i18n';
import { useCan } from '@/lib/auth';
import { formatDateTime } from '@/lib/format';

import { useInquiry } from '../api/get-inquiry';
import { useInquiryHistory } from '../api/get-inquiry-history';
import { Conversation } from '../components/conversation';
import { InquiryActions } from '../components/inquiry-actions';
import { ClockTag, InquiryStatusTag } from '../components/inquiry-labels';
import { RespondForm } from '../components/respond-form';

/**
 * One inquiry: both clocks with the time left, the conversation, the form to answer (with a standard answer to cite) while
 * it is not resolved, the actions its status allows, and its timeline.
 */
export function InquiryRoute() {
  const { t } = useTranslation();
  const { inquiryId = '' } = useParams();
  const inquiry = useInquiry(inquiryId);
  const history = useInquiryHistory(inquiryId);
  const canWrite = useCan('inquiries:write');
  const [refusal, setRefusal] = useState<unknown>(null);
  const language = currentLanguage();

  if (inquiry.isPending) return <Loading />;
  if (inquiry.isError)
    return (
      <RecordLoadFailure query={inquiry} title={t('inquiries.detail')} notFound={t('inquiries.notFound')} backTo={paths.service.inquiries.getHref()} backLabel={t('inquiries.backToList')} />
    );

  const i = inquiry.data;
  const owed = i.status === 'Open';
  const answerable = i.status === 'Open' || i.status === 'Responded';
  return (
    <Page title={i.message.subject} actions={<InquiryActions inquiry={i} onRefused={setRefusal} />}>
      <Flex vertical gap={16}>
        {refusal ? <ProblemAlert error={refusal} /> : null}
        <Descriptions bordered size="small" column={{ xs: 1, md: 2 }}>
          <Descriptions.Item label={t('inquiries.status')}>
            <InquiryStatusTag status={i.status} />
            {i.shipmentExceptionId ? <Tag color="purple">{t('inquiries.proactive')}</Tag> : null}
          </Descriptions.Item>
          <Descriptions.Item label={t('inquiries.channel')}>{t(`inquiries.channels.${i.channel}`)}</Descriptions.Item>
          <Descriptions.Item label={t('inquiries.ourClock')}><ClockTag clock={i.ourDeadline} owed={owed} /></Descriptions.Item>
          <Descriptions.Item label={t('inquiries.amazonClock')}>
            {i.amazonDeadline ? <ClockTag clock={i.amazonDeadline} owed={owed} /> : <Typography.Text type="secondary">{t('inquiries.noAmazonClock')}</Typography.Text>}
          </Descriptions.Item>
          <Descriptions.Item label={t('inquiries.customer')}>{[i.customer.name, i.customer.email].filter(Boolean).join(' · ')}</Descriptions.Item>
          <Descriptions.Item label={t('inquiries.topic')}>{t(`inquiries.topics.${i.message.topic}`)}</Descriptions.Item>
          <Descriptions.Item label={t('inquiries.orderNumber')}>{i.message.orderNumber ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('inquiries.sku')}>{i.message.sku ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('inquiries.receivedAt')}>{`${formatDateTime(i.receivedAt, language)} (${i.timeZone})`}</Descriptions.Item>
          <Descriptions.Item label={t('inquiries.satisfaction')}>
            {i.satisfaction ? `${i.satisfaction.score} / 5${i.satisfaction.comment ? ` · ${i.satisfaction.comment}` : ''}` : '—'}
          </Descriptions.Item>
          {i.resolvedAt ? (
            <Descriptions.Item label={t('inquiries.resolvedAt')} span={2}>
              {`${formatDateTime(i.resolvedAt, language)} · ${i.resolvedBy ?? ''}${i.resolutionNote ? ` · ${i.resolutionNote}` : ''}`}
            </Descriptions.Item>
          ) : null}
        </Descriptions>
        <Conversation inquiry={i} />
        {canWrite && answerable ? (
          <Card size="small" title={t('inquiries.answerTitle')}>
            <RespondForm inquiry={i} />
          </Card>
        ) : null}
        <HistorySection title={t('inquiries.timeline')} history={history} />
      </Flex>
    </Page>
  );
}
