import { Button, Dropdown, Flex, Select, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { PagedTable } from '@/components/ui/paged-table';
import { currentLanguage } from '@/i18n';
import { useCan } from '@/lib/auth';
import { formatDateTime } from '@/lib/format';
import { storeLabel, useCurrentStoreId, useStores } from '@/lib/stores';
import { SearchBox } from '@/components/ui/search-box';

import type { EmployeeStatusChange } from '../api/change-employee-status';
import { useEmployees, type Employee, type EmployeesQuery, type EmployeeStatus } from '../api/get-employees';
import { usePositions } from '../api/get-positions';

const statuses: readonly EmployeeStatus[] = ['Active', 'OnLeave', 'Left'];
const statusColours: Record<EmployeeStatus, string> = { Active: 'green', OnLeave: 'gold', Left: 'default' };

/** Moves offered from each status (the server accepts repeats, but offering them would only confuse). */
const movesFrom: Record<EmployeeStatus, EmployeeStatusChange[]> = {
  Active: ['start-leave', 'leave-company'],
  OnLeave: ['return-from-leave', 'leave-company'],
  Left: [],
};

type EmployeesListProps = { onEdit: (employee: Employee) => void; onMove: (employee: Employee, change: EmployeeStatusChange) => void };

/** Employees, paged and filtered by the server; the header's store narrows the list until another store is picked here. */
export function EmployeesList({ onEdit, onMove }: EmployeesListProps) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const canWrite = useCan('employees:write');
  const headerStore = useCurrentStoreId();
  const positions = usePositions();
  const stores = useStores();
  const [query, setQuery] = useState<EmployeesQuery>({ page: 1, pageSize: 20 });
  // Until someone picks a store filter here, the header's store applies.
  const [storeFilter, setStoreFilter] = useState<string | null | undefined>(undefined);
  const storeId = storeFilter === undefined ? headerStore : storeFilter;
  const employees = useEmployees({ ...query, storeId: storeId ?? undefined });

  const filter = (change: Partial<EmployeesQuery>) => setQuery((q) => ({ ...q, ...change, page: 1 }));
  const positionTitle = (id: string) => positions.data?.find((p) => p.id === id)?.title ?? t('common.noValue');
  const storeName = (id: string) => {
    const store = stores.data?.find((s) => s.id === id);
    return store ? storeLabel(store) : id.slice(0, 8);
  };

  const columns: ColumnsType<Employee> = [
    { title: t('employees.name'), dataIndex: 'name', key: 'name' },
    { title: t('employees.email'), dataIndex: 'email', key: 'email', responsive: ['md'] },
    { title: t('employees.position'), key: 'position', render: (_, e) => positionTitle(e.positionId) },
    {
      title: t('employees.stores'),
      key: 'stores',
      responsive: ['lg'],
      render: (_, e) => (e.storeIds.length === 0 ? t('common.noValue') : e.storeIds.map((id) => <Tag key={id}>{storeName(id)}</Tag>)),
    },
    {
      title: t('employees.status'),
      key: 'status',
      render: (_, e) => <Tag color={statusColours[e.status]}>{t(`employees.statuses.${e.status}`)}</Tag>,
    },
    { title: t('employees.hiredAt'), key: 'hiredAt', responsive: ['xl'], render: (_, e) => formatDateTime(e.hiredAt, language) },
    {
      title: t('employees.account'),
      key: 'account',
      responsive: ['xl'],
      render: (_, e) => (e.userAccountId ? t('employees.hasAccount') : t('employees.noAccount')),
    },
    {
      title: t('common.actions'),
      key: 'actions',
      fixed: 'right',
      render: (_, e) =>
        canWrite && e.status !== 'Left' ? (
          <Flex gap={0} wrap>
            <Button type="link" size="small" onClick={() => onEdit(e)}>
              {t('employees.edit')}
            </Button>
            <Dropdown
              trigger={['click']}
              menu={{
                items: movesFrom[e.status].map((change) => ({
                  key: change,
                  danger: change === 'leave-company',
                  label: t(`employees.moves.${change}.action`),
                  onClick: () => onMove(e, change),
                })),
              }}
            >
              <Button type="link" size="small" aria-label={`${t('employees.status')}: ${e.name}`}>
                {t('employees.status')} ▾
              </Button>
            </Dropdown>
          </Flex>
        ) : null,
    },
  ];

  return (
    <Flex vertical gap={16}>
      <Flex gap={8} wrap role="search" aria-label={t('common.filters')}>
        <SearchBox
          label={t('employees.searchPlaceholder')}
          onSearch={(value) => filter({ search: value })}
        />
        <Select
          allowClear
          aria-label={t('employees.filterStatus')}
          placeholder={t('employees.filterStatus')}
          style={{ width: 160 }}
          options={statuses.map((s) => ({ value: s, label: t(`employees.statuses.${s}`) }))}
          value={query.status ?? undefined}
          onChange={(status?: EmployeeStatus) => filter({ status })}
        />
        <Select
          allowClear
          aria-label={t('employees.filterPosition')}
          placeholder={t('employees.filterPosition')}
          style={{ width: 220 }}
          virtual={false}
          options={(positions.data ?? []).map((p) => ({ value: p.id, label: p.title }))}
          value={query.positionId ?? undefined}
          onChange={(positionId?: string) => filter({ positionId })}
        />
        <Select
          allowClear
          aria-label={t('employees.filterStore')}
          placeholder={t('employees.filterStore')}
          style={{ width: 220 }}
          virtual={false}
          options={(stores.data ?? []).map((s) => ({ value: s.id, label: storeLabel(s) }))}
          value={storeId ?? undefined}
          onChange={(value?: string) => {
            setStoreFilter(value ?? null);
            setQuery((q) => ({ ...q, page: 1 }));
          }}
        />
      </Flex>
      <PagedTable<Employee>
        columns={columns}
        result={employees}
        paging={query}
        onPaging={(paging) => setQuery((q) => ({ ...q, ...paging }))}
        emptyText={t('employees.empty')}
      />
    </Flex>
  );
}
