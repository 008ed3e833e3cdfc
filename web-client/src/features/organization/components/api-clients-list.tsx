import { Button, Flex, Popconfirm, Select, Space, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { useNotify } from '@/components/ui/notifications';
import { PagedTable } from '@/components/ui/paged-table';
import { isLanguage } from '@/i18n';
import { useCan } from '@/lib/auth';
import { formatDateTime } from '@/lib/format';

import { useApiClients, type ApiClient, type ApiClientsQuery } from '../api/get-api-clients';
import type { ApiClientWithKey } from '../api/register-api-client';
import { useRotateApiClientKey } from '../api/rotate-api-client-key';

import { RevokeApiClientDialog } from './revoke-api-client-dialog';

type Status = ApiClient['status'];
const statuses: readonly Status[] = ['Active', 'Revoked'];

type Props = { onKeyIssued: (issued: ApiClientWithKey) => void };

/** Integrators' clients: scopes, status, key id (never the key), and revoke / rotate for admins. */
export function ApiClientsList({ onKeyIssued }: Props) {
  const { t, i18n } = useTranslation();
  const language = isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : 'en';
  const notify = useNotify();
  const canWrite = useCan('apiClients:write');
  // Newest first: the client just registered is on the first page.
  const [query, setQuery] = useState<ApiClientsQuery>({ page: 1, pageSize: 20, sort: '-registeredAt' });
  const [revoking, setRevoking] = useState<ApiClient | null>(null);
  const clients = useApiClients({ query });
  const rotate = useRotateApiClientKey({ mutationConfig: { onSuccess: onKeyIssued, onError: notify.problem } });

  const columns: ColumnsType<ApiClient> = [
    { title: t('apiClients.name'), dataIndex: 'name', key: 'name' },
    {
      title: t('apiClients.scopes'),
      key: 'scopes',
      render: (_, c) => (
        <Flex wrap gap={4}>
          {c.scopes.map((s) => (
            <Tag key={s}>{s}</Tag>
          ))}
        </Flex>
      ),
    },
    {
      title: t('apiClients.status'),
      key: 'status',
      render: (_, c) => <Tag color={c.status === 'Active' ? 'green' : 'default'}>{t(`apiClients.statuses.${c.status}`)}</Tag>,
    },
    { title: t('apiClients.keyId'), key: 'keyId', responsive: ['lg'], render: (_, c) => <Typography.Text code>{c.keyId}</Typography.Text> },
    { title: t('apiClients.registeredAt'), key: 'registeredAt', responsive: ['xl'], render: (_, c) => formatDateTime(c.registeredAt, language) },
    {
      title: t('apiClients.lastUsed'),
      key: 'lastUsedAt',
      responsive: ['xl'],
      render: (_, c) => formatDateTime(c.lastUsedAt, language) ?? t('common.noValue'),
    },
    {
      title: t('common.actions'),
      key: 'actions',
      fixed: 'right',
      render: (_, c) => (
        <Space size={0} wrap>
          <Popconfirm
            title={t('apiClients.rotateConfirm', { name: c.name })}
            okText={t('apiClients.rotate')}
            cancelText={t('common.cancel')}
            onConfirm={() => rotate.mutate({ id: c.id, version: c.version })}
            disabled={!canWrite || c.status !== 'Active'}
          >
            <Button type="link" size="small" disabled={!canWrite || c.status !== 'Active'} loading={rotate.isPending && rotate.variables.id === c.id}>
              {t('apiClients.rotate')}
            </Button>
          </Popconfirm>
          <Button type="link" size="small" danger disabled={!canWrite || c.status !== 'Active'} onClick={() => setRevoking(c)}>
            {t('apiClients.revoke')}
          </Button>
        </Space>
      ),
    },
  ];

  return (
    <Flex vertical gap={16}>
      <Flex gap={8} wrap role="search" aria-label={t('common.filters')}>
        <Select
          allowClear
          aria-label={t('apiClients.status')}
          placeholder={t('apiClients.status')}
          style={{ width: 160 }}
          options={statuses.map((s) => ({ value: s, label: t(`apiClients.statuses.${s}`) }))}
          value={query.status ?? undefined}
          onChange={(status?: Status) => setQuery((q) => ({ ...q, status, page: 1 }))}
        />
      </Flex>
      <PagedTable<ApiClient>
        columns={columns}
        result={clients}
        paging={query}
        onPaging={(paging) => setQuery((q) => ({ ...q, ...paging }))}
        emptyText={t('apiClients.empty')}
      />
      {revoking ? <RevokeApiClientDialog client={revoking} onClose={() => setRevoking(null)} /> : null}
    </Flex>
  );
}
