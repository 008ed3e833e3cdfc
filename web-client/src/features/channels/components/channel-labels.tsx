import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

import { currentLanguage } from '@/i18n';
import { formatNumber } from '@/lib/format';

import type { Channel } from '../api/get-channels';

export function ActiveTag({ active }: { active: boolean }) {
  const { t } = useTranslation();
  return <Tag color={active ? 'green' : 'default'}>{active ? t('channels.active') : t('channels.inactive')}</Tag>;
}

/** "5 + 2/kg + 0.5/unit USD": the amounts as stored, unrounded beyond four decimals. */
export function CostModelText({ channel }: { channel: Pick<Channel, 'costModel'> }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const { perShipment, perKg, perUnit, currency } = channel.costModel;
  return (
    <>
      {t('channels.costModelText', {
        perShipment: formatNumber(perShipment, language, 4), perKg: formatNumber(perKg, language, 4), perUnit: formatNumber(perUnit, language, 4), currency,
      })}
    </>
  );
}
