import { Button, Empty, Flex, Modal, Select, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';

import { useNotify } from '@/components/ui/notifications';
import { Page } from '@/components/ui/page';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { ResponsiveTable } from '@/components/ui/responsive-table';
import { SearchBox } from '@/components/ui/search-box';
import { paths } from '@/config/paths';
import { useCan } from '@/lib/auth';

import { channelTypes, useChannels, type Channel, type ChannelsQuery, type ChannelType } from '../api/get-channels';
import { useRegisterChannel } from '../api/register-channel';
import { ActiveTag, CostModelText } from '../components/channel-labels';
import { ChannelForm } from '../components/channel-form';
import { newIdempotencyKey } from '@/lib/api/client';

/** Channels, paged and filtered by the server (search in code and name, type, active or not, carrier); logistics registers them here. */
export function ChannelsRoute() {
  const { t } = useTranslation();
  const notify = useNotify();
  const navigate = useNavigate();
  const canWrite = useCan('channels:write');
  const [registering, setRegistering] = useState(false);
  const [idempotencyKey, setIdempotencyKey] = useState(newIdempotencyKey);
  const [query, setQuery] = useState<ChannelsQuery>({ page: 1, pageSize: 20 });
  const channels = useChannels(query);
  const register = useRegisterChannel();
  const filter = (change: Partial<ChannelsQuery>) => setQuery((q) => ({ ...q, ...change, page: 1 }));

  const columns: ColumnsType<Channel> = [
    { title: t('channels.fields.code'), key: 'code', render: (_, c) => <Link to={paths.logistics.channel.getHref(c.id)}>{c.code}</Link> },
    { title: t('channels.fields.name'), key: 'name', dataIndex: 'name' },
    { title: t('channels.fields.type'), key: 'type', render: (_, c) => t(`channels.types.${c.type}`) },
    { title: t('channels.fields.carrier'), key: 'carrier', dataIndex: 'carrier' },
    { title: t('channels.fields.costModel'), key: 'cost', render: (_, c) => <CostModelText channel={c} /> },
    { title: t('channels.fields.transit'), key: 'transit', render: (_, c) => t('channels.transitDays', { min: c.transitDaysMin, max: c.transitDaysMax }) },
    { title: t('channels.fields.state'), key: 'state', render: (_, c) => <ActiveTag active={c.active} /> },
  ];

  return (
    <Page
      title={t('channels.title')}
      actions={
        canWrite ? (
          <Button type="primary" onClick={() => setRegistering(true)}>
            {t('channels.register')}
          </Button>
        ) : null
      }
    >
      <Flex vertical gap={16}>
        <Flex gap={8} wrap role="search" aria-label={t('common.filters')}>
          <SearchBox label={t('channels.search')} onSearch={(search) => filter({ search })} />
          <Select
            allowClear
            aria-label={t('channels.filterType')}
            placeholder={t('channels.filterType')}
            style={{ width: 200 }}
            virtual={false}
            options={channelTypes.map((type) => ({ value: type, label: t(`channels.types.${type}`) }))}
            value={query.type ?? undefined}
            onChange={(type?: ChannelType) => filter({ type })}
          />
          <Select
            allowClear
            aria-label={t('channels.filterActive')}
            placeholder={t('channels.filterActive')}
            style={{ width: 140 }}
            virtual={false}
            options={[
              { value: 'true', label: t('channels.active') },
              { value: 'false', label: t('channels.inactive') },
            ]}
            value={query.active === undefined || query.active === null ? undefined : String(query.active)}
            onChange={(value?: string) => filter({ active: value === undefined ? undefined : value === 'true' })}
          />
          <SearchBox label={t('channels.filterCarrier')} width={180} onSearch={(carrier) => filter({ carrier })} />
        </Flex>
        {channels.isError ? (
          <ProblemAlert error={channels.error} action={<Button onClick={() => void channels.refetch()}>{t('common.retry')}</Button>} />
        ) : null}
        <ResponsiveTable<Channel>
          rowKey="id"
          columns={columns}
          dataSource={channels.data?.items ?? []}
          loading={channels.isFetching}
          locale={{ emptyText: channels.isPending ? ' ' : <Empty description={t('channels.empty')} /> }}
          pagination={{
            current: query.page,
            pageSize: query.pageSize,
            total: channels.data?.totalItems ?? 0,
            showTotal: (count) => <Typography.Text type="secondary">{t('common.total', { count })}</Typography.Text>,
            onChange: (page, pageSize) => setQuery((q) => ({ ...q, page: pageSize === q.pageSize ? page : 1, pageSize })),
          }}
        />
      </Flex>
      <Modal open={registering} title={t('channels.registerTitle')} footer={null} width={760} onCancel={() => setRegistering(false)} destroyOnHidden>
        <ChannelForm
          submitText={t('channels.register')}
          onCancel={() => setRegistering(false)}
          submit={async (fields, code) => {
            const channel = await register.mutateAsync({ idempotencyKey, body: { ...fields, code } });
            setRegistering(false);
            setIdempotencyKey(newIdempotencyKey());
            notify.success(t('channels.registered', { code: channel.code }));
            void navigate(paths.logistics.channel.getHref(channel.id));
          }}
        />
      </Modal>
    </Page>
  );
}
