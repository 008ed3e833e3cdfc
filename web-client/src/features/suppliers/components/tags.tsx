import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

import type { components } from '@/lib/api/schema';

type SupplierStatus = components['schemas']['SupplierStatus'];
type SupplierGrade = components['schemas']['SupplierGrade'];
type DocumentStatus = components['schemas']['DocumentStatus'];

const statusColours: Record<SupplierStatus, string> = {
  Registered: 'default',
  Evaluated: 'blue',
  Approved: 'green',
  Conditional: 'gold',
  Rejected: 'red',
  Suspended: 'volcano',
};

const gradeColours: Record<SupplierGrade, string> = { A: 'green', B: 'cyan', C: 'orange', D: 'red' };

/** Expired red, expiring soon orange, valid green. */
export const documentColours: Record<DocumentStatus, string> = { Valid: 'green', Expiring: 'orange', Expired: 'red' };

export function StatusTag({ status }: { status: SupplierStatus }) {
  const { t } = useTranslation();
  return <Tag color={statusColours[status]}>{t(`suppliers.statuses.${status}`)}</Tag>;
}

export function GradeTag({ grade }: { grade: SupplierGrade | null | undefined }) {
  const { t } = useTranslation();
  if (!grade) return <Tag>{t('suppliers.noGrade')}</Tag>;
  return <Tag color={gradeColours[grade]}>{t('suppliers.gradeTag', { grade })}</Tag>;
}

export function DocumentStatusTag({ status }: { status: DocumentStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={documentColours[status]} data-status={status}>
      {t(`suppliers.documentsTab.statuses.${status}`)}
    </Tag>
  );
}
