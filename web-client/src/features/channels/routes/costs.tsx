import { Button, Card, Empty, Flex, Form, Input, Modal, Select, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { useNotify } from '@/components/ui/notifications';
import { Page } from '@/components/ui/page';
import { ResponsiveTable } from '@/components/ui/responsive-table';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { currentLanguage } from '@/i18n';
import { newIdempotencyKey } from '@/lib/api/client';
import { useCan } from '@/lib/auth';
import { formatMoney, formatNumber } from '@/lib/format';
import { applyFieldErrors, problemOf } from '@/lib/problem';

import { useChannels } from '../api/get-channels';
import { useCosts, type MonthCosts } from '../api/get-costs';
import { useWriteCostNote } from '../api/write-cost-note';

type ChannelCost = MonthCosts['channels'][number];
type Total = MonthCosts['totals'][number];

/** Logistics cost by month: per channel (with how many costs were estimated), totals against sales, and the cost-saving notes. */
export function CostsRoute() {
  const { t } = useTranslation();
  const language = currentLanguage();
  const [fromText, setFromText] = useState('');
  const [toText, setToText] = useState('');
  const [range, setRange] = useState<{ from?: string; to?: string }>({});
  const costs = useCosts(range.from, range.to);
  const canWrite = useCan('channels:write');
  const [noteMonth, setNoteMonth] = useState<string | null>(null);
  const money = (value: Parameters<typeof formatMoney>[0]) => formatMoney(value, language);

  const channelColumns: ColumnsType<ChannelCost> = [
    { title: t('channels.costs.channel'), key: 'channel', render: (_, c) => (c.code ? `${c.code} · ${c.name}` : c.channelId) },
    { title: t('channels.costs.cost'), key: 'cost', align: 'right', render: (_, c) => money(c.cost) },
    { title: t('channels.costs.shipments'), key: 'shipments', align: 'right', dataIndex: 'shipments' },
    {
      title: <Tooltip title={t('channels.costs.estimatedHint')}>{t('channels.costs.estimated')}</Tooltip>,
      key: 'estimated',
      align: 'right',
      dataIndex: 'estimatedShipments',
    },
  ];
  const totalColumns: ColumnsType<Total> = [
    { title: t('channels.costs.totals'), key: 'currency', render: (_, c) => c.cost.currency },
    { title: t('channels.costs.cost'), key: 'cost', align: 'right', render: (_, c) => money(c.cost) },
    { title: <Tooltip title={t('channels.costs.salesHint')}>{t('channels.costs.sales')}</Tooltip>, key: 'sales', align: 'right', render: (_, c) => money(c.sales) },
    {
      title: t('channels.costs.costOfSales'),
      key: 'percent',
      align: 'right',
      render: (_, c) => (c.costOfSalesPercent === null || c.costOfSalesPercent === undefined ? '—' : `${formatNumber(c.costOfSalesPercent, language)} %`),
    },
  ];

  return (
    <Page title={t('channels.costs.title')}>
      <Flex vertical gap={16}>
        <Flex gap={8} wrap role="search" aria-label={t('common.filters')}>
          <Input aria-label={t('channels.costs.from')} placeholder="2030-06" style={{ width: 140 }} value={fromText} onChange={(e) => setFromText(e.target.value)} />
          <Input aria-label={t('channels.costs.to')} placeholder="2030-11" style={{ width: 140 }} value={toText} onChange={(e) => setToText(e.target.value)} />
          <Button onClick={() => setRange({ from: fromText.trim() || undefined, to: toText.trim() || undefined })}>{t('channels.costs.apply')}</Button>
        </Flex>
        <Typography.Text type="secondary">{t('channels.costs.salesHint')}</Typography.Text>
        {costs.isError ? <ProblemAlert error={costs.error} /> : null}
        {[...(costs.data?.months ?? [])].reverse().map((month) => (
          <Card
            key={month.month}
            size="small"
            title={month.month}
            extra={
              canWrite ? (
                <Button size="small" onClick={() => setNoteMonth(month.month)}>
                  {t('channels.costs.addNote')}
                </Button>
              ) : null
            }
          >
            <Flex vertical gap={12}>
              <ResponsiveTable<ChannelCost>
                rowKey={(c) => `${c.channelId}-${c.cost.currency}`}
                size="small"
                columns={channelColumns}
                dataSource={month.channels}
                pagination={false}
                locale={{ emptyText: <Empty description={t('channels.costs.noCosts')} /> }}
              />
              {month.totals.length > 0 ? (
                <ResponsiveTable<Total> rowKey={(c) => c.cost.currency} size="small" columns={totalColumns} dataSource={month.totals} pagination={false} />
              ) : null}
              <div>
                <Typography.Text strong>{t('channels.costs.notes')}</Typography.Text>
                {month.notes.length === 0 ? (
                  <div>
                    <Typography.Text type="secondary">{t('channels.costs.noNotes')}</Typography.Text>
                  </div>
                ) : (
                  <ul>
                    {month.notes.map((n) => (
                      <li key={n.id}>
                        {n.text} <Typography.Text type="secondary">— {n.writtenBy}</Typography.Text>
                      </li>
                    ))}
                  </ul>
                )}
              </div>
            </Flex>
          </Card>
        ))}
      </Flex>
      {noteMonth ? <NoteDialog month={noteMonth} onClose={() => setNoteMonth(null)} /> : null}
    </Page>
  );
}

function NoteDialog({ month, onClose }: { month: string; onClose: () => void }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const [form] = Form.useForm<{ channelId?: string; text?: string }>();
  const [idempotencyKey] = useState(newIdempotencyKey);
  const [refusal, setRefusal] = useState<unknown>(null);
  const channels = useChannels({ page: 1, pageSize: 200 });
  const write = useWriteCostNote();
  return (
    <Modal open title={`${t('channels.costs.noteTitle')} · ${month}`} okText={t('common.save')} confirmLoading={write.isPending} onOk={() => form.submit()} onCancel={onClose}>
      {refusal ? (
        <div style={{ marginBottom: 16 }}>
          <ProblemAlert error={refusal} />
        </div>
      ) : null}
      <Form
        form={form}
        layout="vertical"
        onFinish={async (v) => {
          setRefusal(null);
          try {
            await write.mutateAsync({ idempotencyKey, body: { channelId: v.channelId ?? '', month, text: (v.text ?? '').trim() } });
            notify.success(t('channels.costs.noteSaved'));
            onClose();
          } catch (error) {
            const other = applyFieldErrors(form, error, ['channelId', 'text']);
            if (!problemOf(error).errors || other.length > 0) setRefusal(error);
          }
        }}
      >
        <Form.Item name="channelId" label={t('channels.costs.channel')} rules={[{ required: true, message: t('channels.required') }]}>
          <Select virtual={false} options={(channels.data?.items ?? []).map((c) => ({ value: c.id, label: `${c.code} · ${c.name}` }))} loading={channels.isFetching} />
        </Form.Item>
        <Form.Item name="text" label={t('channels.costs.noteText')} rules={[{ required: true, whitespace: true, message: t('channels.required') }]}>
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
