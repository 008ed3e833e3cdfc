import type { UseQueryResult } from '@tanstack/react-query';
import { Button, Empty, Typography, type TableProps } from 'antd';
import { useTranslation } from 'react-i18next';

import { ProblemAlert } from './problem-alert';
import { ResponsiveTable } from './responsive-table';

/** What every list endpoint answers (PageOf<T>). */
export type PageOf<T> = { items: T[]; totalItems: number };

/** The paging half of a list query: `page` and `pageSize` as the API takes them. */
export type Paging = { page?: number; pageSize?: number };

type PagedTableProps<T> = Omit<TableProps<T>, 'dataSource' | 'loading' | 'pagination'> & {
  /** The list query (TanStack): its page, its fetching state, its error. */
  result: UseQueryResult<PageOf<T>>;
  paging: Paging;
  /** A new page or page size; a new size goes back to the first page. */
  onPaging: (paging: Required<Paging>) => void;
  /** What an empty list says (the filters matched nothing, or there is nothing yet). */
  emptyText: string;
};

/**
 * A list paged on the server: its rows, a total, page-size choices, a loading state, an empty state that
 * says why, and the problem (with a retry) when the list cannot be loaded.
 */
export function PagedTable<T extends object>({ result, paging, onPaging, emptyText, ...table }: PagedTableProps<T>) {
  const { t } = useTranslation();
  const pageSize = paging.pageSize ?? 20;
  return (
    <>
      {result.isError ? <ProblemAlert error={result.error} action={<Button onClick={() => void result.refetch()}>{t('common.retry')}</Button>} /> : null}
      <ResponsiveTable<T>
        rowKey="id"
        {...table}
        dataSource={result.data?.items ?? []}
        loading={result.isFetching}
        locale={{ emptyText: result.isPending ? ' ' : <Empty description={emptyText} /> }}
        pagination={{
          current: paging.page ?? 1,
          pageSize,
          total: result.data?.totalItems ?? 0,
          showSizeChanger: true,
          pageSizeOptions: [10, 20, 50, 100],
          showTotal: (count) => <Typography.Text type="secondary">{t('common.total', { count })}</Typography.Text>,
          onChange: (page, size) => onPaging({ page: size === pageSize ? page : 1, pageSize: size }),
        }}
      />
    </>
  );
}
