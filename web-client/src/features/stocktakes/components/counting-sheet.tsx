import { Alert, Button, Flex, Input, InputNumber, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ProblemAlert } from '@/components/ui/problem-alert';
import { ResponsiveTable } from '@/components/ui/responsive-table';
import { ReasonDialog } from '@/components/ui/reason-dialog';
import { useNotify } from '@/components/ui/notifications';
import { currentLanguage } from '@/i18n';
import { useCan } from '@/lib/auth';
import { formatNumber } from '@/lib/format';
import { problemOf } from '@/lib/problem';

import { useApproveStocktake } from '../api/approve-stocktake';
import { useEnterStocktakeCounts, type CountedLine } from '../api/enter-stocktake-counts';
import { useLogisticsSettings } from '../api/get-logistics-settings';
import type { StocktakeDetails } from '../api/get-stocktake';
import type { StocktakeLine } from '../api/get-stocktakes';
import { useRecountStocktake } from '../api/recount-stocktake';
import { useStartStocktake } from '../api/start-stocktake';
import { useSubmitStocktake } from '../api/submit-stocktake';

import { needsReason, variance } from './variance';

type Edit = { counted: number | null; reason: string };

/**
 * The counting sheet: while counting, a count and a reason per line, the variance and its share of the system quantity
 * shown as they are typed, and a reason asked for where the variance is over the review threshold; then submit,
 * approve or send lines back for a recount. Every refusal is shown above the sheet, and a line the server names beside it.
 */
export function CountingSheet({ stocktake }: { stocktake: StocktakeDetails }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const notify = useNotify();
  const canWrite = useCan('stocktakes:write');
  const canApprove = useCan('stocktakes:approve');
  const settings = useLogisticsSettings();
  const reviewPercent = settings.data?.varianceReviewPercent;
  const [edits, setEdits] = useState<Record<string, Edit>>({});
  const [refusal, setRefusal] = useState<unknown>(null);
  const [chosen, setChosen] = useState<string[]>([]);
  const [recounting, setRecounting] = useState(false);

  const onError = { onError: (error: unknown) => setRefusal(error) };
  const start = useStartStocktake({ mutationConfig: onError });
  const save = useEnterStocktakeCounts({ mutationConfig: onError });
  const submit = useSubmitStocktake({ mutationConfig: onError });
  const approve = useApproveStocktake({ mutationConfig: onError });
  const recount = useRecountStocktake();

  const counting = stocktake.status === 'Counting' && canWrite;
  const lineErrors = new Map(
    (refusal ? (problemOf(refusal).rules ?? []) : [])
      .filter((r) => r.field?.startsWith('lines['))
      .map((r) => [Number(/lines\[(\d+)\]/.exec(r.field ?? '')?.[1]), r.message] as const),
  );

  const current = (line: StocktakeLine): Edit => edits[line.sku] ?? { counted: line.countedQuantity ?? null, reason: line.reason ?? '' };
  const edit = (sku: string, change: Partial<Edit>, line: StocktakeLine) => setEdits((e) => ({ ...e, [sku]: { ...current(line), ...change } }));
  const changed: CountedLine[] = stocktake.lines
    .filter((l) => edits[l.sku] && edits[l.sku]?.counted != null)
    .map((l) => ({ sku: l.sku, countedQuantity: edits[l.sku]?.counted ?? 0, reason: edits[l.sku]?.reason.trim() || null }));

  /** Saves what was typed; answers the version the next change must name. */
  const saveEdits = async (): Promise<number> => {
    if (changed.length === 0) return stocktake.version;
    const saved = await save.mutateAsync({ id: stocktake.id, version: stocktake.version, lines: changed });
    setEdits({});
    return saved.version;
  };

  const run = async (action: () => Promise<unknown>, done: string) => {
    setRefusal(null);
    try {
      await action();
      notify.success(done);
    } catch {
      // shown by onError
    }
  };

  const columns: ColumnsType<StocktakeLine> = [
    { title: t('stocktakes.sku'), key: 'sku', dataIndex: 'sku' },
    { title: t('stocktakes.systemQuantity'), key: 'system', align: 'right', render: (_, l) => l.systemQuantity },
    {
      title: t('stocktakes.countedQuantity'),
      key: 'counted',
      render: (_, l) =>
        counting ? (
          <InputNumber
            aria-label={t('stocktakes.countOf', { sku: l.sku })}
            min={0}
            precision={0}
            value={current(l).counted}
            onChange={(value) => edit(l.sku, { counted: value ?? null }, l)}
          />
        ) : (
          (l.countedQuantity ?? t('common.noValue'))
        ),
    },
    {
      title: t('stocktakes.variance'),
      key: 'variance',
      align: 'right',
      render: (_, l) => {
        const v = variance(l.systemQuantity, current(l).counted);
        if (!v) return t('common.noValue');
        const text = `${v.units > 0 ? '+' : ''}${v.units} (${v.percent > 0 ? '+' : ''}${formatNumber(v.percent, language, 1)} %)`;
        return <Typography.Text type={v.units === 0 ? undefined : 'warning'}>{text}</Typography.Text>;
      },
    },
    {
      title: t('stocktakes.reason'),
      key: 'reason',
      render: (_, l, index) => {
        const required = needsReason(l.systemQuantity, current(l).counted, reviewPercent);
        const missing = required && !current(l).reason.trim();
        const error = lineErrors.get(index);
        return (
          <Flex vertical gap={4}>
            {counting ? (
              <Input
                aria-label={t('stocktakes.reasonFor', { sku: l.sku })}
                status={missing || error ? 'error' : undefined}
                placeholder={required ? t('stocktakes.reasonRequired') : undefined}
                value={current(l).reason}
                onChange={(e) => edit(l.sku, { reason: e.target.value }, l)}
              />
            ) : (
              (l.reason ?? (l.variance ? t('common.noValue') : null))
            )}
            {error ? <Typography.Text type="danger">{error}</Typography.Text> : missing ? <Typography.Text type="danger">{t('stocktakes.reasonRequired')}</Typography.Text> : null}
          </Flex>
        );
      },
    },
    ...(stocktake.status === 'Approved'
      ? [
          {
            title: t('stocktakes.onHandAdjusted'),
            key: 'adjusted',
            render: (_: unknown, l: StocktakeLine) => (l.onHandBefore != null ? `${l.onHandBefore} → ${l.onHandAfter}` : t('common.noValue')),
          },
        ]
      : []),
  ];

  return (
    <Flex vertical gap={16}>
      {refusal ? <ProblemAlert error={refusal} /> : null}
      {reviewPercent !== undefined && counting ? <Alert type="info" title={t('stocktakes.reviewThreshold', { percent: reviewPercent })} /> : null}
      <Flex gap={8} wrap>
        {stocktake.status === 'Planned' && canWrite ? (
          <Button type="primary" loading={start.isPending}
            onClick={() => void run(() => start.mutateAsync({ id: stocktake.id, version: stocktake.version }), t('stocktakes.started'))}>
            {t('stocktakes.start')}
          </Button>
        ) : null}
        {counting ? (
          <>
            <Button disabled={changed.length === 0} loading={save.isPending} onClick={() => void run(saveEdits, t('stocktakes.saved'))}>
              {t('stocktakes.saveCounts')}
            </Button>
            <Button type="primary" loading={submit.isPending}
              onClick={() => void run(async () => submit.mutateAsync({ id: stocktake.id, version: await saveEdits() }), t('stocktakes.submitted'))}>
              {t('stocktakes.submit')}
            </Button>
          </>
        ) : null}
        {stocktake.status === 'Submitted' && canApprove ? (
          <>
            <Button type="primary" loading={approve.isPending}
              onClick={() => void run(() => approve.mutateAsync({ id: stocktake.id, version: stocktake.version }), t('stocktakes.approved'))}>
              {t('stocktakes.approve')}
            </Button>
            <Button disabled={chosen.length === 0} onClick={() => setRecounting(true)}>
              {t('stocktakes.recount', { count: chosen.length })}
            </Button>
          </>
        ) : null}
      </Flex>
      <ResponsiveTable<StocktakeLine>
        rowKey="sku"
        size="small"
        aria-label={t('stocktakes.sheet')}
        pagination={false}
        dataSource={stocktake.lines}
        columns={columns}
        rowSelection={stocktake.status === 'Submitted' && canApprove ? { selectedRowKeys: chosen, onChange: (keys) => setChosen(keys.map(String)) } : undefined}
      />
      {recounting ? (
        <ReasonDialog
          title={t('stocktakes.recountTitle')}
          okText={t('stocktakes.recount', { count: chosen.length })}
          submit={async (reason) => {
            await recount.mutateAsync({ id: stocktake.id, version: stocktake.version, skus: chosen, reason });
            setChosen([]);
            setRecounting(false);
            notify.success(t('stocktakes.recountOrdered'));
          }}
          onClose={() => setRecounting(false)}
        />
      ) : null}
    </Flex>
  );
}
