import { Card, Col, Row, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

import { BarChart } from '@/components/ui/bar-chart';
import { Loading } from '@/components/ui/loading';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { ResponsiveTable } from '@/components/ui/responsive-table';
import { currentLanguage } from '@/i18n';
import { formatDate } from '@/lib/format';

import type { FeedbackCategory } from '../api/get-feedback';
import { useVoice, type VoiceOfCustomer } from '../api/get-voice';

type SkuRow = VoiceOfCustomer['bySku'][number];

/**
 * The voice of the customer: feedback of the last 30 days counted by category (a bar chart) and by SKU (a table with each
 * SKU's categories), for data and selection. Dismissed feedback still counts: the customer said it.
 */
export function VoicePanel() {
  const { t } = useTranslation();
  const language = currentLanguage();
  const voice = useVoice();
  // One array per answer, not per render: the chart is drawn again only when the counts change.
  const bars = useMemo(
    () => (voice.data?.byCategory ?? []).map((c) => ({ key: c.category, label: t(`feedback.categories.${c.category}`), value: c.count })),
    [voice.data, t],
  );

  let body;
  if (voice.isPending) body = <Loading />;
  else if (voice.isError) body = <ProblemAlert error={voice.error} />;
  else {
    const v = voice.data;
    body = (
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={12}>
          <BarChart
            name={t('feedback.byCategory')}
            emptyText={t('feedback.voiceEmpty')}
            bars={bars}
          />
        </Col>
        <Col xs={24} lg={12}>
          <ResponsiveTable<SkuRow>
            size="small"
            rowKey="sku"
            pagination={false}
            aria-label={t('feedback.bySku')}
            dataSource={v.bySku}
            locale={{ emptyText: t('feedback.voiceEmpty') }}
            columns={[
              { title: t('feedback.sku'), key: 'sku', dataIndex: 'sku' },
              { title: t('feedback.count'), key: 'count', dataIndex: 'count' },
              {
                title: t('feedback.categoriesColumn'),
                key: 'categories',
                render: (_, s) =>
                  Object.entries(s.byCategory)
                    .map(([c, n]) => `${t(`feedback.categories.${c as FeedbackCategory}`)} ${String(n)}`)
                    .join(', '),
              },
            ]}
          />
        </Col>
      </Row>
    );
  }
  return (
    <Card
      size="small"
      title={t('feedback.voice')}
      extra={
        voice.data ? (
          <Typography.Text type="secondary">
            {t('feedback.voicePeriod', { from: formatDate(voice.data.period.from.slice(0, 10), language) ?? '', to: formatDate(voice.data.period.to.slice(0, 10), language) ?? '', total: voice.data.total })}
          </Typography.Text>
        ) : null
      }
    >
      {body}
    </Card>
  );
}
