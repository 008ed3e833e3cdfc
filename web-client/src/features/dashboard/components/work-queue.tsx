import { Button, Card, Empty, Flex, List, Segmented, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { Loading } from '@/components/ui/loading';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { currentLanguage } from '@/i18n';
import { useCan } from '@/lib/auth';
import { formatDateTime } from '@/lib/format';

import { useWork, workPageSize, type WorkItem, type WorkScope } from '../api/get-work';

const stateColour: Record<WorkItem['state'], string> = { Breached: 'red', Warned: 'orange', Open: 'blue', Closed: 'default' };

/**
 * "My work": every open deadline the person owns or their roles watch, across modules, breached and warned first, each a
 * link to its record. Those who oversee the team may switch to everyone's.
 */
export function WorkQueue() {
  const { t, i18n } = useTranslation();
  const seeAll = useCan('work:all');
  const [scope, setScope] = useState<WorkScope>('Mine');
  const [page, setPage] = useState(1);
  const work = useWork(scope, page);
  const language = currentLanguage();

  const kindName = (item: WorkItem) => {
    const key = `dashboard.work.kinds.${item.module}.${item.kind}`;
    return i18n.exists(key) ? t(key as 'dashboard.title') : item.kind;
  };

  const body = () => {
    if (work.isPending) return <Loading />;
    if (work.isError) return <ProblemAlert error={work.error} action={<Button onClick={() => void work.refetch()}>{t('common.retry')}</Button>} />;
    if (work.data.totalItems === 0) return <Empty description={t('dashboard.work.empty')} />;
    return (
      <List
        dataSource={work.data.items}
        rowKey={(item) => item.key}
        pagination={
          work.data.totalItems > workPageSize
            ? { current: page, pageSize: workPageSize, total: work.data.totalItems, onChange: setPage, showSizeChanger: false, size: 'small' }
            : false
        }
        renderItem={(item) => (
          <List.Item data-testid={`work-${item.key}`}>
            <Flex vertical gap={2} style={{ minWidth: 0 }}>
              <Flex gap={8} align="center" wrap>
                <Tag color={stateColour[item.state]}>{t(`dashboard.work.states.${item.state}`)}</Tag>
                <Typography.Text strong>{kindName(item)}</Typography.Text>
                <Link to={item.link}>{item.recordName}</Link>
              </Flex>
              <Typography.Text type={item.state === 'Breached' ? 'danger' : 'secondary'}>
                {t(item.state === 'Breached' ? 'dashboard.work.wasDue' : 'dashboard.work.due', {
                  time: formatDateTime(item.dueAt, language) ?? '',
                })}
              </Typography.Text>
            </Flex>
          </List.Item>
        )}
      />
    );
  };

  return (
    <Card
      title={scope === 'Mine' ? t('dashboard.work.mine') : t('dashboard.work.everyone')}
      extra={
        seeAll ? (
          <Segmented<WorkScope>
            value={scope}
            onChange={(value) => {
              setScope(value);
              setPage(1);
            }}
            options={[
              { value: 'Mine', label: t('dashboard.work.scopeMine') },
              { value: 'All', label: t('dashboard.work.scopeAll') },
            ]}
          />
        ) : null
      }
    >
      {body()}
    </Card>
  );
}
