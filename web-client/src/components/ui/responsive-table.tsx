import { Card, Empty, Flex, Pagination, Select, Spin, Table, theme, type TableProps } from 'antd';
import type { ColumnGroupType, ColumnType, SorterResult, SortOrder, TablePaginationConfig } from 'antd/es/table/interface';
import { isValidElement, useState, type Key, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import { useViewport } from '@/lib/responsive';

type Column<T> = ColumnType<T>;

/** A table's props; `aria-label` names the table, or on a phone the list of cards. */
export type ResponsiveTableProps<T> = TableProps<T> & { 'aria-label'?: string };

/** The leaf columns in display order (a column group's title is left out: each card row names its own column). */
function leafColumns<T>(columns: TableProps<T>['columns']): Column<T>[] {
  return (columns ?? []).flatMap((c) => ('children' in c ? leafColumns((c as ColumnGroupType<T>).children) : [c as Column<T>])).filter((c) => !c.hidden);
}

/** AntD's column key: its `key`, else its `dataIndex`. */
function columnKey<T>(column: Column<T>, index: number): Key {
  if (column.key !== undefined) return column.key;
  const { dataIndex } = column;
  if (Array.isArray(dataIndex)) return dataIndex.join('.');
  if (typeof dataIndex === 'string' || typeof dataIndex === 'number') return dataIndex;
  return index;
}

function valueAt(record: object, dataIndex: Column<object>['dataIndex']): unknown {
  if (dataIndex === undefined || dataIndex === null) return undefined;
  const path = Array.isArray(dataIndex) ? dataIndex : [dataIndex];
  return path.reduce<unknown>((value, step) => (value !== null && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[step as PropertyKey] : undefined), record);
}

/** A cell as the table would show it: the column's render, else the raw value. */
function cellOf<T extends object>(column: Column<T>, record: T, index: number): ReactNode {
  const value = valueAt(record, column.dataIndex as Column<object>['dataIndex']);
  if (!column.render) return value === null || value === undefined || typeof value === 'object' ? null : String(value);
  const rendered = column.render(value, record, index);
  // The old `{ children, props }` shape of a render function.
  if (rendered !== null && typeof rendered === 'object' && !isValidElement(rendered) && 'children' in rendered && 'props' in rendered) {
    return rendered.children as ReactNode;
  }
  return rendered as ReactNode;
}

const isBlank = (node: ReactNode) => node === null || node === undefined || node === false || node === '';

function titleOf<T>(column: Column<T>): ReactNode {
  return typeof column.title === 'function' ? column.title({}) : column.title;
}

function rowKeyOf<T extends object>(rowKey: TableProps<T>['rowKey'], record: T, index: number): Key {
  if (typeof rowKey === 'function') return rowKey(record, index);
  const key = (record as Record<PropertyKey, unknown>)[(rowKey ?? 'key') as PropertyKey];
  return typeof key === 'string' || typeof key === 'number' || typeof key === 'bigint' ? key : index;
}

function compareOf<T>(column: Column<T>) {
  const { sorter } = column;
  if (typeof sorter === 'function') return sorter;
  if (sorter && typeof sorter === 'object') return sorter.compare;
  return undefined;
}

type Sort<T> = { column: Column<T>; key: Key; order: Exclude<SortOrder, null> } | null;

/**
 * A table on a tablet or a desktop (scrolling sideways inside its own frame when wider than the page), and
 * on a phone a list of cards: one per record, headed by its first column, the other columns as label and
 * value beneath (all of them: a card has room for the ones a narrow table hides). Sortable columns become a
 * "Sort by" choice and the pagination stays, both reported through the same `onChange` and
 * `pagination.onChange` a table calls. Every list of records in the app is one of these, so the pages
 * themselves never ask how wide the screen is. (Not on cards: row selection, expandable rows, column filters.)
 */
export function ResponsiveTable<T extends object>(props: ResponsiveTableProps<T>) {
  const phone = useViewport() === 'phone';
  return phone ? <RecordCards {...props} /> : <Table<T> {...props} scroll={{ x: 'max-content', ...props.scroll }} />;
}

function RecordCards<T extends object>({
  columns: columnsProp,
  dataSource,
  rowKey,
  loading,
  locale,
  pagination,
  onChange,
  onRow,
  'aria-label': ariaLabel,
}: ResponsiveTableProps<T>) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const columns = leafColumns<T>(columnsProp);
  const data = [...(dataSource ?? [])];
  const [heading, ...fields] = columns;

  // Sorting: as the columns say (`sortOrder`) when the page keeps it, else here.
  const controlled = columns.some((c) => c.sortOrder !== undefined);
  const [ownSort, setOwnSort] = useState<Sort<T>>(() => {
    const index = columns.findIndex((c) => c.defaultSortOrder);
    const column = columns[index];
    return column?.defaultSortOrder ? { column, key: columnKey(column, index), order: column.defaultSortOrder } : null;
  });
  const sortable = columns.map((column, index) => ({ column, key: columnKey(column, index) })).filter(({ column }) => column.sorter);
  const controlledSort = sortable.find(({ column }) => column.sortOrder);
  const sort: Sort<T> = controlled
    ? controlledSort?.column.sortOrder
      ? { ...controlledSort, order: controlledSort.column.sortOrder }
      : null
    : ownSort;
  const sorterResult = (s: Sort<T>): SorterResult<T> =>
    s ? { column: s.column, columnKey: s.key, field: s.column.dataIndex as SorterResult<T>['field'], order: s.order } : {};
  const compare = sort ? compareOf(sort.column) : undefined;
  if (sort && compare) data.sort((a, b) => (sort.order === 'descend' ? -compare(a, b, sort.order) : compare(a, b, sort.order)));

  // Paging: the server's page when the page says how many there are in all, else this list cut into pages here.
  const config: TablePaginationConfig | null = pagination === false ? null : (pagination ?? {});
  const [ownPage, setOwnPage] = useState({ current: config?.defaultCurrent ?? 1, pageSize: config?.defaultPageSize ?? 10 });
  const paging = config
    ? { current: config.current ?? ownPage.current, pageSize: config.pageSize ?? ownPage.pageSize, total: config.total ?? data.length }
    : null;
  const shown = paging && config?.total === undefined ? data.slice((paging.current - 1) * paging.pageSize, paging.current * paging.pageSize) : data;

  const changeSort = (value: string | undefined) => {
    const [key, order] = value?.split('|') ?? [];
    const chosen = sortable.find((s) => String(s.key) === key);
    const next: Sort<T> = chosen && (order === 'ascend' || order === 'descend') ? { ...chosen, order } : null;
    if (!controlled) setOwnSort(next);
    onChange?.({ ...config, ...paging }, {}, sorterResult(next), { action: 'sort', currentDataSource: data });
  };
  const changePage = (current: number, pageSize: number) => {
    if (config?.current === undefined) setOwnPage({ current, pageSize });
    config?.onChange?.(current, pageSize);
    onChange?.({ ...config, current, pageSize, total: paging?.total }, {}, sorterResult(sort), { action: 'paginate', currentDataSource: data });
  };

  const spinning = typeof loading === 'object' ? !!loading.spinning : !!loading;
  const emptyText = typeof locale?.emptyText === 'function' ? locale.emptyText() : (locale?.emptyText ?? <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} />);
  const sortLabel = (column: Column<T>, key: Key) => (typeof column.title === 'string' ? column.title : String(key));

  return (
    <Flex vertical gap={12}>
      {sortable.length > 0 ? (
        <Select<string>
          allowClear
          aria-label={t('table.sortBy')}
          placeholder={t('table.sortBy')}
          style={{ width: '100%' }}
          virtual={false}
          value={sort ? `${sort.key}|${sort.order}` : undefined}
          onChange={changeSort}
          options={sortable.flatMap(({ column, key }) =>
            (column.sortDirections ?? ['ascend', 'descend']).flatMap((order) =>
              order ? [{ value: `${key}|${order}`, label: t(order === 'ascend' ? 'table.ascending' : 'table.descending', { column: sortLabel(column, key) }) }] : [],
            ),
          )}
        />
      ) : null}
      <Spin spinning={spinning}>
        {shown.length === 0 ? (
          <div style={{ paddingBlock: 16 }}>{emptyText}</div>
        ) : (
          <Flex vertical gap={8} role="list" aria-label={ariaLabel}>
            {shown.map((record, index) => {
              const { onClick, style, className } = onRow?.(record, index) ?? {};
              return (
                <Card key={rowKeyOf(rowKey, record, index)} size="small" role="listitem" onClick={onClick} style={style} className={className}>
                  {heading ? <div style={{ fontWeight: 600, overflowWrap: 'anywhere' }}>{cellOf(heading, record, index)}</div> : null}
                  <dl className="record-fields" style={{ display: 'grid', gridTemplateColumns: 'minmax(0, 2fr) minmax(0, 3fr)', gap: '4px 12px', margin: '8px 0 0' }}>
                    {fields.map((column, i) => {
                      const cell = cellOf(column, record, index);
                      if (isBlank(cell)) return null;
                      return (
                        <div key={String(columnKey(column, i + 1))} style={{ display: 'contents' }}>
                          <dt style={{ color: token.colorTextSecondary, overflowWrap: 'anywhere' }}>{titleOf(column)}</dt>
                          <dd style={{ margin: 0, minWidth: 0, overflowWrap: 'anywhere' }}>{cell}</dd>
                        </div>
                      );
                    })}
                  </dl>
                </Card>
              );
            })}
          </Flex>
        )}
      </Spin>
      {paging && paging.total > 0 ? (
        <Flex justify="end">
          <Pagination
            size="small"
            current={paging.current}
            pageSize={paging.pageSize}
            total={paging.total}
            showTotal={config?.showTotal}
            showSizeChanger={false}
            hideOnSinglePage={config?.hideOnSinglePage}
            onChange={changePage}
          />
        </Flex>
      ) : null}
    </Flex>
  );
}
