import { Alert, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { paths } from '@/config/paths';
import { currentLanguage } from '@/i18n';
import { formatDate } from '@/lib/format';

import { useDocumentWarnings } from '../api/get-document-warnings';

const shown = 5;

/** Qualification documents across suppliers that expire soon or have expired (soonest first), each linking to its supplier. */
export function DocumentWarnings() {
  const { t } = useTranslation();
  const language = currentLanguage();
  const warnings = useDocumentWarnings({ query: { page: 1, pageSize: shown, sort: 'expiresOn' } });
  const items = warnings.data?.items ?? [];
  if (items.length === 0) return null;
  const more = (warnings.data?.totalItems ?? items.length) - items.length;

  return (
    <Alert
      type={items.some((w) => w.expired) ? 'error' : 'warning'}
      showIcon
      role="region"
      aria-label={t('suppliers.warnings.title')}
      title={t('suppliers.warnings.title')}
      description={
        <Flex vertical gap={2}>
          {items.map((w) => (
            <Link key={w.documentId} to={paths.selection.supplier.getHref(w.supplierId)}>
              {t(w.expired ? 'suppliers.warnings.expired' : 'suppliers.warnings.expiring', {
                supplier: w.supplierName,
                document: w.name,
                number: w.number,
                date: formatDate(w.expiresOn, language) ?? w.expiresOn,
              })}
            </Link>
          ))}
          {more > 0 ? <Typography.Text type="secondary">{t('suppliers.warnings.more', { count: more })}</Typography.Text> : null}
        </Flex>
      }
    />
  );
}
