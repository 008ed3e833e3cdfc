import { Button, Flex, Select, Space, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { PagedTable } from '@/components/ui/paged-table';
import { isLanguage } from '@/i18n';
import { useCan } from '@/lib/auth';
import { formatDateTime } from '@/lib/format';
import { SearchBox } from '@/components/ui/search-box';

import { useUsers, type User, type UsersQuery, type UserStatus } from '../api/get-users';

import { ChangeRolesDialog } from './change-roles-dialog';
import { DeactivateUserDialog } from './deactivate-user-dialog';
import { RoleTags, useRoleOptions } from './role-tags';

const statuses: readonly UserStatus[] = ['Active', 'Deactivated'];

type Dialog = { kind: 'roles' | 'deactivate'; user: User } | null;

/** Users, paged and filtered by the server (role, status, search in email and name). */
export function UsersList() {
  const { t, i18n } = useTranslation();
  const language = isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : 'en';
  const canWrite = useCan('users:write');
  const roleOptions = useRoleOptions();
  const [query, setQuery] = useState<UsersQuery>({ page: 1, pageSize: 20 });
  const [dialog, setDialog] = useState<Dialog>(null);
  const users = useUsers({ query });

  const filter = (change: Partial<UsersQuery>) => setQuery((q) => ({ ...q, ...change, page: 1 }));

  const columns: ColumnsType<User> = [
    { title: t('users.displayName'), dataIndex: 'displayName', key: 'displayName' },
    { title: t('users.email'), dataIndex: 'email', key: 'email' },
    { title: t('users.roles'), key: 'roles', render: (_, user) => <RoleTags roles={user.roles} /> },
    {
      title: t('users.status'),
      key: 'status',
      render: (_, user) => <Tag color={user.status === 'Active' ? 'green' : 'default'}>{t(`users.statuses.${user.status}`)}</Tag>,
    },
    {
      title: t('users.lastLogin'),
      key: 'lastLoginAt',
      responsive: ['lg'],
      render: (_, user) => formatDateTime(user.lastLoginAt, language) ?? t('common.noValue'),
    },
    {
      title: t('users.createdAt'),
      key: 'createdAt',
      responsive: ['xl'],
      render: (_, user) => formatDateTime(user.createdAt, language),
    },
    {
      title: t('common.actions'),
      key: 'actions',
      fixed: 'right',
      render: (_, user) => (
        <Space size={0} wrap>
          <Button
            type="link"
            size="small"
            disabled={!canWrite || user.status !== 'Active'}
            onClick={() => setDialog({ kind: 'roles', user })}
          >
            {t('users.changeRoles')}
          </Button>
          <Button
            type="link"
            size="small"
            danger
            disabled={!canWrite || user.status !== 'Active'}
            onClick={() => setDialog({ kind: 'deactivate', user })}
          >
            {t('users.deactivate')}
          </Button>
        </Space>
      ),
    },
  ];

  return (
    <Flex vertical gap={16}>
      <Flex gap={8} wrap role="search" aria-label={t('common.filters')}>
        <SearchBox
          label={t('users.searchPlaceholder')}
          onSearch={(value) => filter({ search: value })}
        />
        <Select
          allowClear
          aria-label={t('users.filterRole')}
          placeholder={t('users.filterRole')}
          style={{ width: 200 }}
          options={roleOptions}
          virtual={false}
          value={query.role ?? undefined}
          onChange={(role?: string) => filter({ role })}
        />
        <Select
          allowClear
          aria-label={t('users.filterStatus')}
          placeholder={t('users.filterStatus')}
          style={{ width: 160 }}
          options={statuses.map((s) => ({ value: s, label: t(`users.statuses.${s}`) }))}
          value={query.status ?? undefined}
          onChange={(status?: UserStatus) => filter({ status })}
        />
      </Flex>
      <PagedTable<User>
        columns={columns}
        result={users}
        paging={query}
        onPaging={(paging) => setQuery((q) => ({ ...q, ...paging }))}
        emptyText={t('users.empty')}
      />
      {dialog?.kind === 'roles' ? <ChangeRolesDialog user={dialog.user} onClose={() => setDialog(null)} /> : null}
      {dialog?.kind === 'deactivate' ? <DeactivateUserDialog user={dialog.user} onClose={() => setDialog(null)} /> : null}
    </Flex>
  );
}
