import { LogoutOutlined, MenuFoldOutlined, MenuOutlined, MenuUnfoldOutlined, UserOutlined } from '@ant-design/icons';
import { Avatar, Breadcrumb, Button, Drawer, Dropdown, Flex, Layout, Menu, Typography, theme } from 'antd';
import type { ParseKeys } from 'i18next';
import { Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation, useMatches, useNavigate } from 'react-router';

import { LanguageSwitch } from '@/components/ui/language-switch';
import { Loading } from '@/components/ui/loading';
import { PageTitleContext } from '@/components/ui/page';
import { StoreSwitch } from '@/components/ui/store-switch';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { paths } from '@/config/paths';
import { useLogOut, useMe, useSession } from '@/lib/auth';
import { useViewport } from '@/lib/responsive';

import { menuItems, selectedMenu } from './navigation';

/** A route's breadcrumb: the translation key of its name. */
export type Crumb = { key: ParseKeys };

const hasCrumb = (handle: unknown): handle is { crumb: Crumb } =>
  typeof handle === 'object' && handle !== null && 'crumb' in handle;

/** The route's crumbs; the last one is the page's own title when it announced one (a supplier's name, a SKU). */
function Breadcrumbs({ pageTitle }: { pageTitle: string | null }) {
  const { t } = useTranslation();
  const matches = useMatches().filter((m) => hasCrumb(m.handle));
  const items = [
    { key: 'home', title: <Link to={paths.home.getHref()}>{t('nav.home')}</Link> },
    ...matches
      .filter((m) => m.pathname !== paths.home.path)
      .map((m, i, all) => {
        const title = t((m.handle as { crumb: Crumb }).crumb.key);
        return { key: m.id, title: i === all.length - 1 ? (pageTitle ?? title) : <span>{title}</span> };
      }),
  ];
  return <Breadcrumb items={items} />;
}

/** The person's menu in the header: their name (cut short when long) and email, and signing out. */
function UserMenu({ compact }: { compact: boolean }) {
  const { t } = useTranslation();
  const { session } = useSession();
  const me = useMe();
  const logOut = useLogOut();
  const name = me.data?.displayName ?? session?.displayName ?? '';
  const email = me.data?.email ?? session?.email;
  return (
    <Dropdown
      trigger={['click']}
      menu={{
        items: [
          {
            key: 'who',
            disabled: true,
            label: (
              <Flex vertical style={{ maxWidth: 240 }}>
                <Typography.Text strong ellipsis>
                  {name}
                </Typography.Text>
                <Typography.Text type="secondary" ellipsis>
                  {email}
                </Typography.Text>
              </Flex>
            ),
          },
          { type: 'divider' },
          { key: 'logout', icon: <LogoutOutlined />, label: t('auth.signOut'), onClick: logOut },
        ],
      }}
    >
      <Button type="text" aria-label={name} title={name} icon={<Avatar size="small" icon={<UserOutlined />} />} style={{ maxWidth: compact ? 40 : 240, flex: 'none' }}>
        {compact ? null : <span style={{ overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>{name}</span>}
      </Button>
    </Dropdown>
  );
}

/** The dashboard and the modules: in the side menu, or in the drawer on a phone. */
function NavigationMenu({ collapsed, onNavigate }: { collapsed: boolean; onNavigate?: () => void }) {
  const { t } = useTranslation();
  const location = useLocation();
  const navigate = useNavigate();
  const me = useMe();
  if (me.isPending) return <Loading />;
  const { selected, open } = selectedMenu(location.pathname);
  return (
    <nav aria-label={t('nav.menu')}>
      <Menu
        // Remounted on collapse: a collapsed menu must not pop its open submenu up by itself.
        key={collapsed ? 'collapsed' : 'expanded'}
        mode="inline"
        selectedKeys={[selected]}
        defaultOpenKeys={open && !collapsed ? [open] : []}
        items={menuItems(t, me.data?.roles ?? [], collapsed)}
        onClick={({ key }) => {
          if (!key.startsWith('/')) return;
          void navigate(key);
          onNavigate?.();
        }}
        style={{ borderInlineEnd: 'none' }}
      />
    </nav>
  );
}

/**
 * The frame around every signed-in page: side menu, header (store, language, user), breadcrumbs. On a phone
 * the menu lives in a drawer the header's menu button opens (the language choice with it, for room), and
 * choosing a page closes it.
 */
export function AppShell() {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const viewport = useViewport();
  const phone = viewport === 'phone';
  const location = useLocation();
  const me = useMe();
  // Below 992 px (tablets) the menu starts collapsed to icons; people may still open it.
  const [collapsedByUser, setCollapsedByUser] = useState<boolean | null>(null);
  const collapsed = collapsedByUser ?? viewport !== 'desktop';
  const [drawerOpen, setDrawerOpen] = useState(false);
  // A new page (from the menu, a link, or the browser's back button) closes the drawer.
  const [drawerPath, setDrawerPath] = useState(location.pathname);
  if (drawerPath !== location.pathname) {
    setDrawerPath(location.pathname);
    setDrawerOpen(false);
  }
  const [pageTitle, setPageTitle] = useState<string | null>(null);
  useEffect(() => {
    document.title = pageTitle ? `${pageTitle} · ${t('app.name')}` : t('app.name');
  }, [pageTitle, t]);

  const brand = (
    <Typography.Text strong style={{ fontSize: 18, color: token.colorPrimary }}>
      {t('app.name')}
    </Typography.Text>
  );

  return (
    <Layout style={{ minHeight: '100vh' }}>
      {phone ? (
        <Drawer
          open={drawerOpen}
          onClose={() => setDrawerOpen(false)}
          placement="left"
          size={280}
          title={brand}
          styles={{ body: { padding: 0 } }}
          footer={<LanguageSwitch />}
          // Built afresh on each opening: the open submenu is the current page's.
          destroyOnHidden
        >
          <NavigationMenu collapsed={false} onNavigate={() => setDrawerOpen(false)} />
        </Drawer>
      ) : (
        <Layout.Sider
          collapsible
          collapsed={collapsed}
          onCollapse={(value) => setCollapsedByUser(value)}
          trigger={null}
          width={240}
          collapsedWidth={64}
          theme="light"
          style={{ borderInlineEnd: `1px solid ${token.colorBorderSecondary}` }}
        >
          <Flex align="center" justify={collapsed ? 'center' : 'start'} gap={8} style={{ height: 56, paddingInline: collapsed ? 0 : 20, whiteSpace: 'nowrap' }}>
            {brand}
            {collapsed ? null : <Typography.Text type="secondary">{t('app.tagline')}</Typography.Text>}
          </Flex>
          <NavigationMenu collapsed={collapsed} />
        </Layout.Sider>
      )}
      {/* minWidth 0: a wide table scrolls inside its frame instead of widening the page. */}
      <Layout style={{ minWidth: 0 }}>
        <Layout.Header
          style={{
            background: token.colorBgContainer,
            paddingInline: phone ? 8 : 16,
            height: 56,
            lineHeight: '56px',
            borderBottom: `1px solid ${token.colorBorderSecondary}`,
          }}
        >
          <Flex justify="space-between" align="center" gap={8} style={{ height: '100%' }}>
            {phone ? (
              <Flex align="center" gap={4} style={{ flex: 'none' }}>
                <Button type="text" aria-label={t('nav.open')} aria-expanded={drawerOpen} icon={<MenuOutlined />} onClick={() => setDrawerOpen(true)} />
                {brand}
              </Flex>
            ) : (
              <Button
                type="text"
                aria-label={collapsed ? t('nav.expand') : t('nav.collapse')}
                icon={collapsed ? <MenuUnfoldOutlined /> : <MenuFoldOutlined />}
                onClick={() => setCollapsedByUser(!collapsed)}
              />
            )}
            <Flex align="center" justify="end" gap={phone ? 4 : 8} style={{ minWidth: 0 }}>
              <StoreSwitch style={phone ? { minWidth: 0, width: '100%' } : undefined} />
              {phone ? null : <LanguageSwitch />}
              <UserMenu compact={phone} />
            </Flex>
          </Flex>
        </Layout.Header>
        <Layout.Content style={{ padding: phone ? 12 : 24 }}>
          <Flex vertical gap={16}>
            <Breadcrumbs pageTitle={pageTitle} />
            {me.isError ? (
              <ProblemAlert error={me.error} action={<Button onClick={() => void me.refetch()}>{t('common.retry')}</Button>} />
            ) : (
              <PageTitleContext value={setPageTitle}>
                <Suspense fallback={<Loading />}>
                  <Outlet />
                </Suspense>
              </PageTitleContext>
            )}
          </Flex>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
