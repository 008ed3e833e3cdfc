import { Alert, Card, Empty, Flex, Tag, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { Loading } from '@/components/ui/loading';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { paths } from '@/config/paths';
import { currentLanguage } from '@/i18n';
import { formatDateTime } from '@/lib/format';
import { problemOf } from '@/lib/problem';

import { useOrderTimeline, type TimelineEntry } from '../api/get-order-timeline';

const colours: Partial<Record<TimelineEntry['kind'], string>> = { Delivered: 'green', ReturnRejected: 'red', ReturnInspected: 'green', InquiryReceived: 'blue' };

/** Where an entry leads: an inquiry about the order, or another return of it. */
function recordLink(entry: TimelineEntry): string | null {
  if (!entry.recordId) return null;
  if (entry.kind.startsWith('Inquiry')) return paths.service.inquiry.getHref(entry.recordId);
  if (entry.kind.startsWith('Return')) return paths.service.return.getHref(entry.recordId);
  return null;
}

/**
 * The customer's order as service knows it: shipments, the delivery (on time, damaged), inquiries about it and its returns,
 * in time order. When service has heard nothing of the order, it says so.
 */
export function OrderTimeline({ storeId, marketplace, orderNumber }: { storeId: string; marketplace: string; orderNumber: string }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const timeline = useOrderTimeline({ storeId, marketplace, orderNumber });

  let body;
  if (timeline.isPending) body = <Loading />;
  else if (timeline.isError)
    body = problemOf(timeline.error).status === 404 ? <Alert type="info" showIcon title={t('customerReturns.orderUnknown')} /> : <ProblemAlert error={timeline.error} />;
  else {
    const o = timeline.data;
    body = (
      <Flex vertical gap={12}>
        <Flex gap={8} wrap>
          {o.delivery ? (
            <>
              <Tag color={o.delivery.onTime ? 'green' : 'orange'}>{o.delivery.onTime ? t('customerReturns.deliveredOnTime') : t('customerReturns.deliveredLate')}</Tag>
              {o.delivery.damaged ? <Tag color="red">{t('customerReturns.deliveredDamaged')}</Tag> : null}
            </>
          ) : (
            <Tag>{t('customerReturns.notDelivered')}</Tag>
          )}
          {o.shipments.map((s) => (
            <Tag key={`${s.carrier}-${s.trackingNumber}`}>{`${s.carrier} ${s.trackingNumber}`}</Tag>
          ))}
        </Flex>
        {o.entries.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} />
        ) : (
          <Timeline
            items={o.entries.map((e, i) => {
              const href = recordLink(e);
              return {
                key: `${e.kind}-${e.at}-${i}`,
                color: colours[e.kind] ?? 'gray',
                children: (
                  <Flex vertical>
                    <Typography.Text strong>{t(`customerReturns.entryKinds.${e.kind}`)}</Typography.Text>
                    <Typography.Text>{href ? <Link to={href}>{e.summary}</Link> : e.summary}</Typography.Text>
                    <Typography.Text type="secondary">{formatDateTime(e.at, language)}</Typography.Text>
                  </Flex>
                ),
              };
            })}
          />
        )}
      </Flex>
    );
  }
  return (
    <Card size="small" title={t('customerReturns.orderTimeline', { orderNumber })}>
      {body}
    </Card>
  );
}
