import { Card, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

import { Page } from '@/components/ui/page';
import { paths } from '@/config/paths';
import { useCan } from '@/lib/auth';

import { ImportOrdersForm } from '../components/import-orders-form';
import { ImportsList } from '../components/imports-list';

/** Orders in bulk: upload a file into a store (logistics, the operations manager), and the imports made so far (every reader). */
export function OrderImportsRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const canWrite = useCan('orders:write');
  return (
    <Page title={t('orders.imports.title')}>
      <Flex vertical gap={24}>
        {canWrite ? (
          <Card title={t('orders.imports.newImport')}>
            <ImportOrdersForm onStarted={(job) => void navigate(paths.logistics.orderImport.getHref(job.id))} />
          </Card>
        ) : null}
        <section aria-label={t('orders.imports.past')}>
          <Typography.Title level={4}>{t('orders.imports.past')}</Typography.Title>
          <ImportsList />
        </section>
      </Flex>
    </Page>
  );
}
