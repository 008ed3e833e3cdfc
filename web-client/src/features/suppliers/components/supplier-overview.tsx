import { Descriptions, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

import { currentLanguage } from '@/i18n';
import { formatDateTime, formatNumber } from '@/lib/format';
import { countryName } from '@/lib/iso-codes';

import type { SupplierDetails } from '../api/get-supplier';

import { formatScore } from './format';
import { GradeTag, StatusTag } from './tags';

/** Every field of the supplier's profile and standing. */
export function SupplierOverview({ supplier }: { supplier: SupplierDetails }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const none = t('common.noValue');
  const deliveries = supplier.deliveries;

  return (
    <Descriptions
      bordered
      size="small"
      column={{ xs: 1, sm: 1, md: 2, lg: 2, xl: 3, xxl: 3 }}
      items={[
        { key: 'name', label: t('suppliers.name'), children: supplier.name },
        { key: 'country', label: t('suppliers.country'), children: countryName(supplier.country, language) },
        { key: 'status', label: t('suppliers.status'), children: <StatusTag status={supplier.status} /> },
        { key: 'grade', label: t('suppliers.grade'), children: <GradeTag grade={supplier.grade} /> },
        { key: 'score', label: t('suppliers.weightedScore'), children: formatScore(supplier.weightedScore, language) ?? none },
        { key: 'review', label: t('suppliers.reviewRequired'), children: supplier.reviewRequired ? t('suppliers.yes') : t('suppliers.no') },
        { key: 'person', label: t('suppliers.contactPerson'), children: supplier.contact.person },
        {
          key: 'email',
          label: t('suppliers.contactEmail'),
          children: <Typography.Link href={`mailto:${supplier.contact.email}`}>{supplier.contact.email}</Typography.Link>,
        },
        { key: 'phone', label: t('suppliers.contactPhone'), children: supplier.contact.phone ?? none },
        {
          key: 'capacity',
          label: t('suppliers.monthlyCapacity'),
          children: formatNumber(supplier.monthlyCapacityUnits, language),
        },
        {
          key: 'deliveries',
          label: t('suppliers.deliveries'),
          children:
            deliveries.count > 0
              ? t('suppliers.deliveriesValue', {
                  onTime: deliveries.onTimeCount,
                  count: deliveries.count,
                  percent: `${formatScore(deliveries.onTimePercent, language) ?? none} %`,
                })
              : none,
        },
        { key: 'conditions', label: t('suppliers.conditions'), children: supplier.conditions ?? none },
        { key: 'rejectionReason', label: t('suppliers.rejectionReason'), children: supplier.rejectionReason ?? none },
        { key: 'suspensionReason', label: t('suppliers.suspensionReason'), children: supplier.suspensionReason ?? none },
        { key: 'registeredBy', label: t('suppliers.registeredBy'), children: supplier.registeredBy },
        { key: 'registeredAt', label: t('suppliers.registeredAt'), children: formatDateTime(supplier.registeredAt, language) },
      ]}
    />
  );
}
