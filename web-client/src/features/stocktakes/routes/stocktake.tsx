import { Button, Descriptions, Result, Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';

import { HistoryTimeline } from '@/components/ui/history-timeline';
import { Loading } from '@/components/ui/loading';
import { Page } from '@/components/ui/page';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { paths } from '@/config/paths';
import { currentLanguage } from '@/i18n';
import { formatDate, formatDateTime } from '@/lib/format';
import { problemOf } from '@/lib/problem';

import { useStocktake } from '../api/get-stocktake';
import { useStocktakeHistory } from '../api/get-stocktake-history';
import { useWarehouses } from '../api/get-warehouses';
import { CountingSheet } from '../components/counting-sheet';
import { StocktakeStatusTag } from '../components/stocktake-labels';

/** A stocktake: what it covers and where it stands, its counting sheet, its history. */
export function StocktakeRoute() {
  const { t } = useTranslation();
  const language = currentLanguage();
  const { stocktakeId = '' } = useParams();
  const stocktake = useStocktake(stocktakeId);
  const history = useStocktakeHistory(stocktakeId);
  const warehouses = useWarehouses();

  if (stocktake.isPending) return <Loading />;
  if (stocktake.isError) {
    if (problemOf(stocktake.error).status === 404)
      return (
        <Result status="404" title={t('stocktakes.notFound')}
          extra={<Link to={paths.logistics.stocktakes.getHref()}><Button>{t('stocktakes.backToList')}</Button></Link>} />
      );
    return (
      <Page title={t('stocktakes.detail')}>
        <ProblemAlert error={stocktake.error} action={<Button onClick={() => void stocktake.refetch()}>{t('common.retry')}</Button>} />
      </Page>
    );
  }

  const s = stocktake.data;
  const warehouse = warehouses.data?.find((w) => w.id === s.warehouseId);
  return (
    <Page title={t('stocktakes.detailTitle', { warehouse: warehouse?.code ?? '', date: formatDate(s.plannedOn, language) })}>
      <Descriptions size="small" column={{ xs: 1, md: 3 }}>
        <Descriptions.Item label={t('stocktakes.status')}><StocktakeStatusTag status={s.status} /></Descriptions.Item>
        <Descriptions.Item label={t('stocktakes.warehouse')}>{warehouse ? `${warehouse.code} · ${warehouse.name}` : s.warehouseId}</Descriptions.Item>
        <Descriptions.Item label={t('stocktakes.scope')}>{s.skus ? s.skus.join(', ') : t('stocktakes.allSkus')}</Descriptions.Item>
        <Descriptions.Item label={t('stocktakes.startedAt')}>{formatDateTime(s.startedAt, language) ?? t('common.noValue')}</Descriptions.Item>
        <Descriptions.Item label={t('stocktakes.recounts')}>{s.recounts}</Descriptions.Item>
        <Descriptions.Item label={t('stocktakes.approvedAt')}>{formatDateTime(s.approvedAt, language) ?? t('common.noValue')}</Descriptions.Item>
      </Descriptions>
      <Tabs
        items={[
          { key: 'sheet', label: t('stocktakes.sheet'), children: <CountingSheet stocktake={s} /> },
          {
            key: 'history',
            label: t('stocktakes.history'),
            children: history.isError ? <ProblemAlert error={history.error} /> : history.isPending ? <Loading /> : <HistoryTimeline entries={history.data} />,
          },
        ]}
      />
    </Page>
  );
}
