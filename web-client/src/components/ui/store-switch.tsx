import { ShopOutlined } from '@ant-design/icons';
import { Select } from 'antd';
import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';

import { currentStore, storeLabel, useCurrentStoreId, useStores } from '@/lib/stores';

const all = '';

/** The header's store choice: lists that can be narrowed to a store start with it. `style` for a narrow header. */
export function StoreSwitch({ style }: { style?: CSSProperties }) {
  const { t } = useTranslation();
  const stores = useStores();
  const current = useCurrentStoreId();
  // A remembered store that no longer exists (or is not visible) falls back to all stores.
  const known = stores.data?.some((s) => s.id === current) ? current : null;
  return (
    <Select
      aria-label={t('stores.label')}
      value={known ?? all}
      loading={stores.isPending}
      suffixIcon={<ShopOutlined />}
      popupMatchSelectWidth={false}
      style={{ minWidth: 160, maxWidth: 260, ...style }}
      variant="borderless"
      options={[{ value: all, label: t('stores.all') }, ...(stores.data ?? []).map((s) => ({ value: s.id, label: storeLabel(s) }))]}
      onChange={(value: string) => currentStore.set(value === all ? null : value)}
    />
  );
}
