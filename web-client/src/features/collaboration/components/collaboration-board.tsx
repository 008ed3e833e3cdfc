import { Badge, Button, Card, Empty, Flex, Select, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { Loading } from '@/components/ui/loading';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { SearchBox } from '@/components/ui/search-box';
import { paths } from '@/config/paths';
import { useCurrentStoreId } from '@/lib/stores';

import { collaborationDeadlineStates, useBoard, type BoardColumn, type BoardQuery, type CollaborationDeadlineState } from '../api/get-board';

import { departmentsOf, ResponseClockTag } from './collaboration-labels';

const pageStep = 20;

/**
 * The collaboration board of the store in use: one column per status in the server's order (raised, approved, in
 * progress, reopened, resolved, confirmed, declined), each by time left; every card with its problem, departments, owner
 * and response clock. Filtered by department (raising or helping) and deadline state.
 */
export function CollaborationBoard() {
  const { t } = useTranslation();
  const storeId = useCurrentStoreId() ?? undefined;
  const [query, setQuery] = useState<BoardQuery>({ page: 1, pageSize: pageStep });
  const board = useBoard({ ...query, storeId });
  const more = board.data?.some((c) => c.requests.totalItems > c.requests.items.length) ?? false;

  return (
    <Flex vertical gap={16}>
      <Flex gap={8} wrap align="center" role="search" aria-label={t('common.filters')}>
        <SearchBox label={t('collaboration.department')} onSearch={(value) => setQuery((q) => ({ ...q, department: value || undefined }))} />
        <Select
          allowClear
          aria-label={t('collaboration.filterDeadline')}
          placeholder={t('collaboration.filterDeadline')}
          style={{ width: 170 }}
          virtual={false}
          options={collaborationDeadlineStates.map((s) => ({ value: s, label: t(`collaboration.deadlineStates.${s}`) }))}
          value={query.deadlineState}
          onChange={(deadlineState?: CollaborationDeadlineState) => setQuery((q) => ({ ...q, deadlineState }))}
        />
      </Flex>
      {board.isError ? (
        <ProblemAlert error={board.error} action={<Button onClick={() => void board.refetch()}>{t('common.retry')}</Button>} />
      ) : board.isPending ? (
        <Loading />
      ) : (
        <div style={{ display: 'flex', gap: 12, overflowX: 'auto', alignItems: 'flex-start', paddingBottom: 8 }}>
          {board.data.map((column) => (
            <Column key={column.status} column={column} />
          ))}
        </div>
      )}
      {more ? (
        <Button style={{ alignSelf: 'center' }} onClick={() => setQuery((q) => ({ ...q, pageSize: (q.pageSize ?? pageStep) + pageStep }))}>
          {t('collaboration.showMore')}
        </Button>
      ) : null}
    </Flex>
  );
}

function Column({ column }: { column: BoardColumn }) {
  const { t } = useTranslation();
  const name = t(`collaboration.statuses.${column.status}`);
  return (
    <section aria-label={name} style={{ flex: '0 0 260px', background: 'rgba(0,0,0,0.02)', borderRadius: 8, padding: 8 }}>
      <Flex justify="space-between" align="center" style={{ marginBottom: 8 }}>
        <Typography.Text strong>{name}</Typography.Text>
        <Badge count={column.requests.totalItems} showZero color="gray" />
      </Flex>
      {column.requests.items.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('collaboration.emptyColumn')} />
      ) : (
        <Flex vertical gap={8} role="list">
          {column.requests.items.map((r) => (
            <Card key={r.id} size="small" role="listitem">
              <Flex vertical gap={4}>
                <Link to={paths.service.collaborationRequest.getHref(r.id)}>
                  <Typography.Text ellipsis={{ tooltip: r.problem }} style={{ maxWidth: 230, color: 'inherit' }}>
                    {r.problem}
                  </Typography.Text>
                </Link>
                <Typography.Text type="secondary">{departmentsOf(r)}</Typography.Text>
                <Typography.Text type="secondary">{r.owner ? t('collaboration.ownedBy', { owner: r.owner }) : t('collaboration.noOwner')}</Typography.Text>
                <ResponseClockTag request={r} />
              </Flex>
            </Card>
          ))}
        </Flex>
      )}
    </section>
  );
}
