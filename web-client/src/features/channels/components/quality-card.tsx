import { Card, Descriptions, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

import { currentLanguage } from '@/i18n';
import { formatNumber } from '@/lib/format';

import type { ChannelQuality } from '../api/get-channel';

/** The channel's rating from its real shipments, with the counts it comes from. */
export function QualityCard({ quality }: { quality: ChannelQuality | null | undefined }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const percent = (value: number | null | undefined) => (value === null || value === undefined ? '—' : `${formatNumber(value, language)} %`);
  return (
    <Card title={t('channels.quality.title')} size="small">
      {!quality || quality.shipmentsCounted === 0 ? (
        <Typography.Text type="secondary">{t('channels.quality.none')}</Typography.Text>
      ) : (
        <Descriptions size="small" column={{ xs: 1, md: 3 }}>
          <Descriptions.Item label={t('channels.quality.score')}>{formatNumber(quality.score ?? 0, language)}</Descriptions.Item>
          <Descriptions.Item label={t('channels.quality.onTimePercent')}>{percent(quality.onTimePercent)}</Descriptions.Item>
          <Descriptions.Item label={t('channels.quality.damagePercent')}>{percent(quality.damagePercent)}</Descriptions.Item>
          <Descriptions.Item label={t('channels.quality.shipmentsCounted')}>{quality.shipmentsCounted}</Descriptions.Item>
          <Descriptions.Item label={t('channels.quality.onTime')}>{quality.onTime}</Descriptions.Item>
          <Descriptions.Item label={t('channels.quality.damaged')}>{quality.damaged}</Descriptions.Item>
          <Descriptions.Item label={t('channels.quality.withExceptions')}>{quality.shipmentsWithExceptions}</Descriptions.Item>
        </Descriptions>
      )}
    </Card>
  );
}
