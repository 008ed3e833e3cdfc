import {
  ApartmentOutlined,
  AlertOutlined,
  BarChartOutlined,
  BookOutlined,
  CarOutlined,
  CustomerServiceOutlined,
  DashboardOutlined,
  ShopOutlined,
  SearchOutlined,
  TrophyOutlined,
} from '@ant-design/icons';
import type { ItemType } from 'antd/es/menu/interface';
import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';

import { modules, type ModuleKey } from '@/config/modules';
import { paths } from '@/config/paths';
import { can, type Permission } from '@/lib/authorization';

const icons: Record<ModuleKey, ReactNode> = {
  organization: <ApartmentOutlined />,
  selection: <SearchOutlined />,
  listing: <ShopOutlined />,
  logistics: <CarOutlined />,
  service: <CustomerServiceOutlined />,
  data: <BarChartOutlined />,
  risk: <AlertOutlined />,
  performance: <TrophyOutlined />,
  training: <BookOutlined />,
};

/** The screens of the live modules, each behind the permission its list endpoint needs. */
type Screen = {
  href: string;
  label:
    | 'users.title' | 'apiClients.title' | 'employees.title' | 'suppliers.title' | 'candidates.title' | 'listings.title'
    | 'orders.title' | 'inventory.title' | 'stocktakes.title' | 'returns.title' | 'returns.reimbursements.title'
    | 'channels.title' | 'channels.recommend.nav' | 'channels.costs.title' | 'inquiries.title' | 'complaints.title' | 'collaboration.title'
    | 'customerReturns.title' | 'answers.title' | 'feedback.title' | 'followUps.title';
  permission: Permission;
};

const screens: Partial<Record<ModuleKey, Screen[]>> = {
  organization: [
    { href: paths.org.employees.getHref(), label: 'employees.title', permission: 'employees:read' },
    { href: paths.org.users.getHref(), label: 'users.title', permission: 'users:read' },
    { href: paths.org.apiClients.getHref(), label: 'apiClients.title', permission: 'apiClients:read' },
  ],
  selection: [
    { href: paths.selection.suppliers.getHref(), label: 'suppliers.title', permission: 'suppliers:read' },
    { href: paths.selection.candidates.getHref(), label: 'candidates.title', permission: 'candidates:read' },
  ],
  listing: [{ href: paths.listing.listings.getHref(), label: 'listings.title', permission: 'listings:read' }],
  logistics: [
    { href: paths.logistics.orders.getHref(), label: 'orders.title', permission: 'orders:read' },
    { href: paths.logistics.inventory.getHref(), label: 'inventory.title', permission: 'inventory:read' },
    { href: paths.logistics.stocktakes.getHref(), label: 'stocktakes.title', permission: 'stocktakes:read' },
    { href: paths.logistics.returns.getHref(), label: 'returns.title', permission: 'returns:read' },
    { href: paths.logistics.reimbursements.getHref(), label: 'returns.reimbursements.title', permission: 'returns:read' },
    { href: paths.logistics.channels.getHref(), label: 'channels.title', permission: 'channels:read' },
    { href: paths.logistics.recommend.getHref(), label: 'channels.recommend.nav', permission: 'channels:write' },
    { href: paths.logistics.costs.getHref(), label: 'channels.costs.title', permission: 'channels:read' },
  ],
  service: [
    { href: paths.service.inquiries.getHref(), label: 'inquiries.title', permission: 'inquiries:read' },
    { href: paths.service.complaints.getHref(), label: 'complaints.title', permission: 'complaints:read' },
    { href: paths.service.collaboration.getHref(), label: 'collaboration.title', permission: 'collaboration:read' },
    { href: paths.service.returns.getHref(), label: 'customerReturns.title', permission: 'customerReturns:read' },
    { href: paths.service.answers.getHref(), label: 'answers.title', permission: 'answers:read' },
    { href: paths.service.feedback.getHref(), label: 'feedback.title', permission: 'feedback:read' },
    { href: paths.service.followUps.getHref(), label: 'followUps.title', permission: 'followUps:read' },
  ],
};

/**
 * The side menu: the dashboard, then the nine modules. A live module shows the screens the
 * person's roles may open (and disappears when there are none); the modules still being built
 * follow under a "coming soon" heading, each leading to a page that says so.
 */
export function menuItems(t: TFunction, roles: readonly string[], collapsed = false): ItemType[] {
  const items: ItemType[] = [{ key: paths.home.getHref(), icon: <DashboardOutlined />, label: t('nav.dashboard') }];
  const comingSoon: ItemType[] = [];
  for (const module of modules) {
    const name = t(`modules.${module.key}`);
    if (module.live) {
      const children = (screens[module.key] ?? [])
        .filter((s) => can(roles, s.permission))
        .map((s) => ({ key: s.href, label: t(s.label) }));
      if (children.length > 0) items.push({ key: module.key, icon: icons[module.key], label: name, children });
    } else {
      comingSoon.push({
        key: paths.module.getHref(module.key),
        icon: icons[module.key],
        title: `${name} (${t('common.comingSoon')})`,
        label: <span style={{ opacity: 0.65 }}>{name}</span>,
      });
    }
  }
  if (comingSoon.length === 0) return items;
  // Collapsed to icons there is no room for the heading: a divider sets them apart, their tooltips say the rest.
  return collapsed
    ? [...items, { type: 'divider', key: 'coming-soon' }, ...comingSoon]
    : [...items, { type: 'group', key: 'coming-soon', label: t('common.comingSoon'), children: comingSoon }];
}

/** The menu entry to highlight, and the submenu to open, for a location. */
export function selectedMenu(pathname: string): { selected: string; open: string | null } {
  const roots = [
    [paths.org.root.path, 'organization'],
    [paths.selection.root.path, 'selection'],
    [paths.listing.root.path, 'listing'],
    [paths.logistics.root.path, 'logistics'],
    [paths.service.root.path, 'service'],
  ] as const;
  for (const [root, module] of roots) {
    if (pathname === root || pathname.startsWith(`${root}/`)) {
      // A detail page highlights the list it belongs to (/selection/suppliers/42 → /selection/suppliers).
      const screen = (screens[module] ?? []).find((s) => pathname === s.href || pathname.startsWith(`${s.href}/`));
      return { selected: screen?.href ?? pathname, open: module };
    }
  }
  return { selected: pathname, open: null };
}
