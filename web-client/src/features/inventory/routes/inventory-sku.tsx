import { Button, Card, Col, Descriptions, Empty, Flex, Row, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';

import { Loading } from '@/components/ui/loading';
import { Page } from '@/components/ui/page';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { ResponsiveTable } from '@/components/ui/responsive-table';
import { isLanguage } from '@/i18n';
import { formatDate, formatDateTime, formatMoney, formatNumber } from '@/lib/format';
import { problemOf } from '@/lib/problem';

import { useInventorySku, useMovements, type InventorySku, type Movement } from '../api/get-inventory-sku';
import { AlertTags } from '../components/alert-tags';

type WarehouseStock = InventorySku['warehouses'][number];

/** One warehouse's stock of the SKU with every figure written out with its inputs. */
function WarehouseFigures({ entry }: { entry: WarehouseStock }) {
  const { t, i18n } = useTranslation();
  const language = isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : 'en';
  const n = (value: number) => formatNumber(value, language);
  const { stock, age } = entry;
  const f = stock.figures;
  return (
    <Card
      size="small"
      title={`${stock.warehouseCode} · ${stock.country}`}
      extra={<AlertTags alerts={stock.alerts} />}
      aria-label={stock.warehouseCode}
    >
      <Descriptions size="small" column={{ xs: 2, sm: 4 }}>
        <Descriptions.Item label={t('inventory.onHand')}>{n(stock.onHand)}</Descriptions.Item>
        <Descriptions.Item label={t('inventory.reserved')}>{n(stock.reserved)}</Descriptions.Item>
        <Descriptions.Item label={t('inventory.inbound')}>{n(stock.inbound)}</Descriptions.Item>
        <Descriptions.Item label={t('inventory.available')}>{n(stock.available)}</Descriptions.Item>
      </Descriptions>
      <Typography.Title level={5}>{t('inventory.figures')}</Typography.Title>
      <ul style={{ margin: 0, paddingInlineStart: 20 }}>
        <li>{t('inventory.figureVelocity', { units: n(f.velocity.unitsShipped), window: f.velocity.windowDays, value: n(f.velocity.perDay) })}</li>
        <li>{t('inventory.figureSafety', { safetyDays: f.safetyStock.safetyDays, velocity: n(f.safetyStock.velocity), value: n(f.safetyStock.units) })}</li>
        <li>
          {t('inventory.figureReorder', {
            velocity: n(f.reorderPoint.velocity),
            leadTime: f.reorderPoint.leadTimeDays,
            safety: n(f.reorderPoint.safetyStock),
            value: n(f.reorderPoint.units),
          })}
        </li>
        <li>
          {f.replenishment.suggested ? t('inventory.figureReplenish', { quantity: n(f.replenishment.quantity) }) : t('inventory.figureNoReplenish')}
          {' — '}
          {t('inventory.replenishmentInputs', {
            velocity: n(f.replenishment.velocity),
            targetCoverDays: f.replenishment.targetCoverDays,
            available: n(f.replenishment.available),
            inbound: n(f.replenishment.inbound),
            needed: n(f.replenishment.needed),
            moq: n(f.replenishment.minimumOrderQuantity),
            reorderPoint: n(f.replenishment.reorderPoint),
          })}
        </li>
        <li>
          {f.stockout.stockoutOn
            ? t('inventory.figureStockout', { date: formatDate(f.stockout.stockoutOn, language) ?? '', cover: n(f.stockout.daysOfCover ?? 0) })
            : t('inventory.figureNoStockout')}
        </li>
        {f.excess.excess ? <li>{t('inventory.figureExcess', { supply: f.excess.daysOfSupply === null || f.excess.daysOfSupply === undefined ? '∞' : n(f.excess.daysOfSupply), limit: f.excess.excessCoverDays })}</li> : null}
      </ul>
      <Flex gap={8} align="center" wrap style={{ marginTop: 8 }}>
        <Typography.Text type="secondary">{t('inventory.age')}:</Typography.Text>
        <Typography.Text>{t('inventory.ageParts', { young: n(age.upTo180Days), aged: n(age.from181To365Days), old: n(age.over365Days) })}</Typography.Text>
        {entry.agedFeeRisk ? <Tag color="purple">{t('inventory.agedFeeRisk')}</Tag> : null}
      </Flex>
    </Card>
  );
}

function Movements({ sku }: { sku: string }) {
  const { t, i18n } = useTranslation();
  const language = isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : 'en';
  const [query, setQuery] = useState({ page: 1, pageSize: 20 });
  const movements = useMovements(sku, query);
  const columns: ColumnsType<Movement> = [
    { title: t('inventory.movementAt'), key: 'at', render: (_, m) => formatDateTime(m.at, language) },
    { title: t('inventory.movementKind'), key: 'kind', render: (_, m) => t(`inventory.movementKinds.${m.kind}`) },
    { title: t('inventory.movementQuantity'), key: 'quantity', align: 'right', render: (_, m) => formatNumber(m.quantity, language) },
    { title: t('inventory.onHand'), key: 'onHandChange', align: 'right', render: (_, m) => (m.onHandChange > 0 ? `+${m.onHandChange}` : m.onHandChange) },
    { title: t('inventory.movementBy'), key: 'by', render: (_, m) => m.recordedBy },
  ];
  return (
    <ResponsiveTable<Movement>
      aria-label={t('inventory.movements')}
      rowKey="id"
      columns={columns}
      dataSource={movements.data?.items ?? []}
      loading={movements.isFetching}
      locale={{ emptyText: movements.isPending ? ' ' : <Empty description={t('inventory.noMovements')} /> }}
      pagination={{
        current: query.page,
        pageSize: query.pageSize,
        total: movements.data?.totalItems ?? 0,
        onChange: (page, pageSize) => setQuery({ page, pageSize }),
      }}
    />
  );
}

/** A SKU's stock: product facts, per warehouse with its figures and their inputs, totals, per country, turnover and movements. */
export function InventorySkuRoute() {
  const { t, i18n } = useTranslation();
  const language = isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : 'en';
  const n = (value: number) => formatNumber(value, language);
  const { sku = '' } = useParams();
  const stock = useInventorySku(sku);

  if (stock.isPending) return <Loading />;
  if (stock.isError) {
    const notFound = problemOf(stock.error).status === 404;
    return (
      <Page title={t('inventory.detailTitle', { sku })}>
        {notFound ? <Empty description={t('inventory.notFound')} /> : <ProblemAlert error={stock.error} action={<Button onClick={() => void stock.refetch()}>{t('common.retry')}</Button>} />}
      </Page>
    );
  }
  const s = stock.data;
  const turnover = s.turnover;
  const totalsColumns: ColumnsType<InventorySku['byCountry'][number]> = [
    { title: t('inventory.country'), key: 'country', render: (_, c) => c.country },
    { title: t('inventory.onHand'), key: 'onHand', align: 'right', render: (_, c) => n(c.onHand) },
    { title: t('inventory.reserved'), key: 'reserved', align: 'right', render: (_, c) => n(c.reserved) },
    { title: t('inventory.inbound'), key: 'inbound', align: 'right', render: (_, c) => n(c.inbound) },
    { title: t('inventory.available'), key: 'available', align: 'right', render: (_, c) => n(c.available) },
  ];

  return (
    <Page title={t('inventory.detailTitle', { sku: s.sku })}>
      <Descriptions size="small" bordered column={{ xs: 1, sm: 2, lg: 3 }}>
        <Descriptions.Item label={t('inventory.product')}>{s.name ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={t('inventory.supplier')}>{s.supplierName ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={t('inventory.leadTime')}>{s.leadTimeDays === null || s.leadTimeDays === undefined ? '—' : t('inventory.days', { count: s.leadTimeDays })}</Descriptions.Item>
        <Descriptions.Item label={t('inventory.moq')}>{s.minimumOrderQuantity ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={t('inventory.unitCost')}>{formatMoney(s.unitCost, language, 4) ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={t('inventory.storageType')}>{t(`inventory.storageTypes.${s.storageType}`)}</Descriptions.Item>
        <Descriptions.Item label={t('inventory.turnover')}>
          {turnover.turnover === null || turnover.turnover === undefined
            ? t('inventory.noTurnover')
            : `${n(turnover.turnover)} — ${t('inventory.turnoverInputs', { cogs: formatMoney(turnover.cogs, language) ?? '—', average: formatMoney(turnover.averageInventoryValue, language) ?? '—', days: turnover.periodDays })}`}
        </Descriptions.Item>
      </Descriptions>
      <Typography.Title level={4} style={{ margin: 0 }}>
        {t('inventory.byCountry')}
      </Typography.Title>
      <ResponsiveTable<InventorySku['byCountry'][number]>
        aria-label={t('inventory.byCountry')}
        size="small"
        rowKey="country"
        columns={totalsColumns}
        dataSource={[...s.byCountry, { ...s.totals, country: t('inventory.totals') }]}
        pagination={false}
      />
      <Row gutter={[16, 16]}>
        {s.warehouses.map((w) => (
          <Col key={w.stock.itemId} xs={24} xl={12}>
            <WarehouseFigures entry={w} />
          </Col>
        ))}
      </Row>
      <Typography.Title level={4} style={{ margin: 0 }}>
        {t('inventory.movements')}
      </Typography.Title>
      <Movements sku={s.sku} />
    </Page>
  );
}
