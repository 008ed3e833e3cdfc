import { Button, Card, Empty, Flex, Segmented, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ResponsiveTable } from '@/components/ui/responsive-table';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { currentLanguage } from '@/i18n';
import { formatDateTime } from '@/lib/format';

import { useListingDiff, type FieldChange } from '../api/get-listing-diff';
import { useListingVersions, type ContentVersion } from '../api/get-listing-versions';

import { fieldLabel } from './listing-labels';

type Against = 'previous' | 'current';

const imageRoles = ['Main', 'Secondary', 'Lifestyle', 'Infographic'] as const;
const isImageRole = (value: string): value is (typeof imageRoles)[number] => (imageRoles as readonly string[]).includes(value);

/** Every content version; pick one to see, field by field, what it changed against the one before or the current one. */
export function VersionsPanel({ listingId, currentVersion }: { listingId: string; currentVersion: number }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const versions = useListingVersions(listingId);
  const [selected, setSelected] = useState<number | null>(null);
  const [against, setAgainst] = useState<Against>('previous');
  const againstVersion = against === 'current' ? currentVersion : undefined;
  const diff = useListingDiff(listingId, selected, againstVersion);

  const value = (change: FieldChange, side: 'before' | 'after') => {
    const text = change[side];
    if (text === null || text === undefined) return <Typography.Text type="secondary">{t('listings.absent')}</Typography.Text>;
    if (change.field.endsWith('.role') && isImageRole(text)) return t(`listings.imageRoles.${text}`);
    return <span style={{ whiteSpace: 'pre-wrap' }}>{text}</span>;
  };

  const columns: ColumnsType<ContentVersion> = [
    {
      title: t('listings.version'),
      key: 'version',
      render: (_, v) => (
        <span>
          {t('listings.versionN', { n: v.contentVersion })} {v.contentVersion === currentVersion ? <Tag color="blue">{t('listings.current')}</Tag> : null}
        </span>
      ),
    },
    { title: t('listings.changedBy'), dataIndex: 'changedBy', key: 'changedBy' },
    { title: t('listings.changedAt'), key: 'changedAt', render: (_, v) => formatDateTime(v.changedAt, language) },
    {
      title: t('common.actions'),
      key: 'actions',
      render: (_, v) => (
        <Button
          type={selected === v.contentVersion ? 'primary' : 'link'}
          size="small"
          aria-label={`${t('listings.showChanges')} · ${t('listings.versionN', { n: v.contentVersion })}`}
          onClick={() => setSelected(v.contentVersion)}
        >
          {t('listings.showChanges')}
        </Button>
      ),
    },
  ];

  const diffColumns: ColumnsType<FieldChange> = [
    { title: t('listings.field'), key: 'field', render: (_, c) => fieldLabel(t, c.field) },
    { title: t('listings.before'), key: 'before', render: (_, c) => value(c, 'before') },
    { title: t('listings.after'), key: 'after', render: (_, c) => value(c, 'after') },
  ];

  return (
    <Flex vertical gap={16}>
      {versions.isError ? <ProblemAlert error={versions.error} /> : null}
      <ResponsiveTable<ContentVersion>
        rowKey="contentVersion"
        size="small"
        columns={columns}
        dataSource={[...(versions.data ?? [])].reverse()}
        loading={versions.isFetching}
        pagination={false}
        aria-label={t('listings.versions')}
      />
      <Card
        size="small"
        title={selected === null ? t('listings.pickVersion') : t('listings.changesOf', { n: selected })}
        extra={
          selected === null ? null : (
            <Flex align="center" gap={8} wrap>
              <Typography.Text type="secondary">{t('listings.compareWith')}</Typography.Text>
              <Segmented<Against>
                size="small"
                value={against}
                onChange={setAgainst}
                options={[
                  { value: 'previous', label: t('listings.comparePrevious') },
                  { value: 'current', label: t('listings.compareCurrent') },
                ]}
              />
            </Flex>
          )
        }
      >
        {selected === null ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('listings.pickVersion')} />
        ) : diff.isError ? (
          <ProblemAlert error={diff.error} />
        ) : (
          <ResponsiveTable<FieldChange>
            rowKey="field"
            size="small"
            columns={diffColumns}
            dataSource={diff.data?.changes ?? []}
            loading={diff.isFetching}
            pagination={false}
            locale={{ emptyText: diff.isPending ? ' ' : <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('listings.noChanges')} /> }}
            aria-label={t('listings.changesOf', { n: selected })}
          />
        )}
      </Card>
    </Flex>
  );
}
