import { Button, Descriptions, Flex, Modal, Progress, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';

import { HistorySection, RecordLoadFailure } from '@/components/ui/record-sections';
import { Loading } from '@/components/ui/loading';
import { useNotify } from '@/components/ui/notifications';
import { Page } from '@/components/ui/page';
import { ResponsiveTable } from '@/components/ui/responsive-table';
import { paths } from '@/config/paths';
import { currentLanguage } from '@/i18n';
import { useCan } from '@/lib/auth';
import { formatDateTime, formatNumber } from '@/lib/format';

import { usePlan, usePlanHistory } from '../api/get-plan';
import type { FollowUp } from '../api/get-plans';
import { FollowUpForm } from '../components/follow-up-form';

/** One agent's month: target, completion and average satisfaction, each follow-up (a suggestion marked as feedback), recording one, the history. */
export function FollowUpPlanRoute() {
  const { t } = useTranslation();
  const notify = useNotify();
  const { planId = '' } = useParams();
  const plan = usePlan(planId);
  const history = usePlanHistory(planId);
  const canWrite = useCan('followUps:write');
  const [recording, setRecording] = useState(false);
  const language = currentLanguage();

  if (plan.isPending) return <Loading />;
  if (plan.isError)
    return (
      <RecordLoadFailure
        query={plan}
        title={t('followUps.detail')}
        notFound={t('followUps.notFound')}
        backTo={paths.service.followUps.getHref()}
        backLabel={t('followUps.backToList')}
      />
    );

  const p = plan.data;
  return (
    <Page
      title={t('followUps.planTitle', { agent: p.agent, month: p.month })}
      actions={
        canWrite ? (
          <Button type="primary" onClick={() => setRecording(true)}>
            {t('followUps.recordButton')}
          </Button>
        ) : null
      }
    >
      <Flex vertical gap={16}>
        <Descriptions bordered size="small" column={{ xs: 1, md: 3 }}>
          <Descriptions.Item label={t('followUps.progress')}>{t('followUps.doneOf', { done: p.done, target: p.targetCustomers })}</Descriptions.Item>
          <Descriptions.Item label={t('followUps.completion')}>
            <Progress percent={p.completionPercent} size="small" style={{ width: 160 }} format={(v) => `${formatNumber(v ?? 0, language, 1)} %`} />
          </Descriptions.Item>
          <Descriptions.Item label={t('followUps.averageSatisfaction')}>
            {p.averageSatisfaction === null || p.averageSatisfaction === undefined ? '—' : `${formatNumber(p.averageSatisfaction, language, 1)} / 5`}
          </Descriptions.Item>
        </Descriptions>
        <ResponsiveTable<FollowUp>
          size="small"
          rowKey="id"
          pagination={false}
          dataSource={p.followUps}
          locale={{ emptyText: t('followUps.noFollowUps') }}
          columns={[
            { title: t('followUps.customer'), key: 'customer', render: (_, f) => [f.customer, f.orderNumber, f.sku].filter(Boolean).join(' · ') },
            { title: t('followUps.method'), key: 'method', render: (_, f) => t(`followUps.methods.${f.method}`) },
            { title: t('followUps.productExperience'), key: 'experience', dataIndex: 'productExperience' },
            { title: t('followUps.serviceSatisfaction'), key: 'satisfaction', render: (_, f) => `${f.serviceSatisfaction} / 5` },
            {
              title: t('followUps.suggestion'),
              key: 'suggestion',
              render: (_, f) =>
                f.suggestion ? (
                  <Flex vertical gap={2}>
                    <span>{f.suggestion.text}</span>
                    <span>
                      <Tag>{t(`followUps.categories.${f.suggestion.category}`)}</Tag>
                      {f.feedbackId ? <Link to={paths.service.feedback.getHref()}>{t('followUps.becameFeedback')}</Link> : null}
                    </span>
                  </Flex>
                ) : (
                  f.otherNeeds ?? '—'
                ),
            },
            { title: t('followUps.recordedAt'), key: 'recordedAt', render: (_, f) => `${formatDateTime(f.recordedAt, language)} · ${f.recordedBy}` },
          ]}
        />
        <HistorySection title={t('followUps.history')} history={history} />
      </Flex>
      {recording ? (
        <Modal open title={t('followUps.recordTitle')} footer={null} onCancel={() => setRecording(false)} destroyOnHidden width={720}>
          <FollowUpForm
            plan={p}
            onCancel={() => setRecording(false)}
            onRecorded={() => {
              setRecording(false);
              notify.success(t('followUps.recorded'));
            }}
          />
        </Modal>
      ) : null}
    </Page>
  );
}
