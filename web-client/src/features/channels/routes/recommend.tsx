import { Alert, Button, Card, Col, Empty, Flex, Form, Row, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { CountrySelect } from '@/components/ui/country-select';
import { CurrencySelect } from '@/components/ui/currency-select';
import { DateInput } from '@/components/ui/date-input';
import { NumberField } from '@/components/ui/number-field';
import { Page } from '@/components/ui/page';
import { ResponsiveTable } from '@/components/ui/responsive-table';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { paths } from '@/config/paths';
import { currentLanguage } from '@/i18n';
import { formatMoney, formatNumber } from '@/lib/format';
import { applyFieldErrors, problemOf } from '@/lib/problem';

import { useRecommendChannels, type ExcludedChannel, type RankedChannel } from '../api/recommend-channels';

type Values = { destinationCountry: string; weightKg: number; units: number; deadlineDays?: number | null; deadlineDate?: Dayjs | null; costCurrency?: string };

const formFields = ['destinationCountry', 'weightKg', 'units', 'deadlineDays', 'deadlineDate', 'costCurrency'];

/**
 * A shipment profile in, the active channels ranked out: every component (cost and its score, transit and its score,
 * quality and its score), the weighted score and the weights used, and the excluded channels with their reasons.
 */
export function RecommendRoute() {
  const { t } = useTranslation();
  const language = currentLanguage();
  const [form] = Form.useForm<Values>();
  const [refusal, setRefusal] = useState<unknown>(null);
  const recommend = useRecommendChannels();
  const result = recommend.data;
  const score = (value: number) => formatNumber(value, language);

  const columns: ColumnsType<RankedChannel> = [
    { title: t('channels.recommend.rank'), key: 'rank', dataIndex: 'rank', width: 70 },
    {
      title: t('channels.recommend.channel'),
      key: 'channel',
      render: (_, r) => (
        <Link to={paths.logistics.channel.getHref(r.channelId)}>
          {r.code} · {r.name}
        </Link>
      ),
    },
    { title: t('channels.recommend.cost'), key: 'cost', align: 'right', render: (_, r) => formatMoney(r.cost.estimate, language, 4) },
    { title: t('channels.recommend.costScore'), key: 'costScore', align: 'right', render: (_, r) => score(r.cost.score) },
    { title: t('channels.recommend.transit'), key: 'transit', render: (_, r) => `${r.transit.daysMin}–${r.transit.daysMax}` },
    { title: t('channels.recommend.timeScore'), key: 'timeScore', align: 'right', render: (_, r) => score(r.transit.score) },
    {
      title: t('channels.recommend.quality'),
      key: 'quality',
      render: (_, r) =>
        r.quality.rated ? (
          `${formatNumber(r.quality.onTimePercent ?? 0, language)} % / ${formatNumber(r.quality.damagePercent ?? 0, language)} % (${r.quality.shipmentsCounted})`
        ) : (
          <Tag>{t('channels.recommend.unrated')}</Tag>
        ),
    },
    { title: t('channels.recommend.qualityScore'), key: 'qualityScore', align: 'right', render: (_, r) => score(r.quality.score) },
    { title: t('channels.recommend.total'), key: 'total', align: 'right', render: (_, r) => <strong>{score(r.weightedScore)}</strong> },
  ];
  const excludedColumns: ColumnsType<ExcludedChannel> = [
    { title: t('channels.recommend.channel'), key: 'channel', render: (_, e) => `${e.code} · ${e.name}` },
    { title: t('channels.recommend.reasons'), key: 'reasons', render: (_, e) => e.reasons.map((r) => r.message).join(' ') },
  ];

  return (
    <Page title={t('channels.recommend.title')}>
      <Flex vertical gap={16}>
        <Card size="small">
          {refusal ? (
            <div style={{ marginBottom: 16 }}>
              <ProblemAlert error={refusal} />
            </div>
          ) : null}
          <Form<Values>
            form={form}
            layout="vertical"
            disabled={recommend.isPending}
            onFinish={async (v) => {
              setRefusal(null);
              try {
                await recommend.mutateAsync({
                  destinationCountry: v.destinationCountry, weightKg: v.weightKg, units: v.units,
                  deadlineDays: v.deadlineDate ? null : (v.deadlineDays ?? null), deadlineDate: v.deadlineDate ? v.deadlineDate.format('YYYY-MM-DD') : null,
                  costCurrency: v.costCurrency || null,
                });
              } catch (error) {
                const other = applyFieldErrors(form, error, formFields);
                if (!problemOf(error).errors || other.length > 0) setRefusal(error);
              }
            }}
          >
            <Row gutter={12}>
              <Col xs={24} md={8}>
                <Form.Item name="destinationCountry" label={t('channels.recommend.destinationCountry')} rules={[{ required: true, message: t('channels.required') }]}>
                  <CountrySelect />
                </Form.Item>
              </Col>
              <Col xs={12} md={4}>
                <NumberField name="weightKg" label={t('channels.recommend.weightKg')} rules={[{ required: true, message: t('channels.required') }]} above={0} />
              </Col>
              <Col xs={12} md={4}>
                <NumberField name="units" label={t('channels.recommend.units')} rules={[{ required: true, message: t('channels.required') }]} min={1} integer />
              </Col>
              <Col xs={12} md={4}>
                <NumberField name="deadlineDays" label={t('channels.recommend.deadlineDays')} min={0} max={366} integer />
              </Col>
              <Col xs={12} md={4}>
                <Form.Item name="deadlineDate" label={t('channels.recommend.deadlineDate')}>
                  <DateInput />
                </Form.Item>
              </Col>
            </Row>
            <Row gutter={12} align="bottom">
              <Col xs={24} md={8}>
                <Form.Item name="costCurrency" label={t('channels.recommend.currency')}>
                  <CurrencySelect allowClear />
                </Form.Item>
              </Col>
              <Col>
                <Form.Item>
                  <Button type="primary" htmlType="submit" loading={recommend.isPending}>
                    {t('channels.recommend.submit')}
                  </Button>
                </Form.Item>
              </Col>
            </Row>
          </Form>
        </Card>
        {result ? (
          <>
            <Alert
              type="info"
              showIcon
              message={t('channels.recommend.weights', {
                cost: result.weights.cost, time: result.weights.time, quality: result.weights.quality, unrated: result.unratedQualityScore,
                days: result.deadlineDays, currency: result.costCurrency ?? '—',
              })}
              description={t('channels.recommend.normalisation')}
            />
            <Card size="small" title={t('channels.recommend.ranked')}>
              <ResponsiveTable<RankedChannel>
                rowKey="channelId"
                size="small"
                columns={columns}
                dataSource={result.ranked}
                pagination={false}
                scroll={{ x: true }}
                locale={{ emptyText: <Empty description={t('channels.recommend.noneRanked')} /> }}
              />
            </Card>
            {result.excluded.length > 0 ? (
              <Card size="small" title={t('channels.recommend.excluded')}>
                <ResponsiveTable<ExcludedChannel> rowKey="channelId" size="small" columns={excludedColumns} dataSource={result.excluded} pagination={false} />
              </Card>
            ) : null}
          </>
        ) : (
          <Typography.Text type="secondary">{t('channels.recommend.normalisation')}</Typography.Text>
        )}
      </Flex>
    </Page>
  );
}
