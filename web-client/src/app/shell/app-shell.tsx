import { LogoutOutlined, MenuFoldOutlined, MenuUnfoldOutlined, UserOutlined } from '@ant-design/icons';
import { Avatar, Breadcrumb, Button, Dropdown, Flex, Grid, Layout, Menu, Typography, theme } from 'antd';
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

/** The frame around every signed-in page: side menu, header (store, language, user), breadcrumbs. */
export function AppShell() {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const screens = Grid.useBreakpoint();
  const location = useLocation();
  const navigate = useNavigate();
  const { session } = useSession();
  const me = useMe();
  const logOut = useLogOut();
  // Below 992 px (tablets) the menu starts collapsed to icons; people may still open it.
  const narrow = screens.lg === false;
  const [collapsedByUser, setCollapsedByUser] = useState<boolean | null>(null);
  const collapsed = collapsedByUser ?? narrow;
  const [pageTitle, setPageTitle] = useState<string | null>(null);
  useEffect(() => {
    document.title = pageTitle ? `${pageTitle} · ${t('app.name')}` : t('app.name');
  }, [pageTitle, t]);

  const roles = me.data?.roles ?? [];
  const { selected, open } = selectedMenu(location.pathname);
  const name = me.data?.displayName ?? session?.displayName ?? '';

  return (
    <Layout style={{ minHeight: '100vh' }}>
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
          <Typography.Text strong style={{ fontSize: 18, color: token.colorPrimary }}>
            {t('app.name')}
          </Typography.Text>
          {collapsed ? null : <Typography.Text type="secondary">{t('app.tagline')}</Typography.Text>}
        </Flex>
        {me.isPending ? (
          <Loading />
        ) : (
          <nav aria-label={t('nav.menu')}>
            <Menu
              // Remounted on collapse: a collapsed menu must not pop its open submenu up by itself.
              key={collapsed ? 'collapsed' : 'expanded'}
              mode="inline"
              selectedKeys={[selected]}
              defaultOpenKeys={open && !collapsed ? [open] : []}
              items={menuItems(t, roles, collapsed)}
              onClick={({ key }) => {
                if (key.startsWith('/')) void navigate(key);
              }}
              style={{ borderInlineEnd: 'none' }}
            />
          </nav>
        )}
      </Layout.Sider>
      <Layout>
        <Layout.Header
          style={{
            background: token.colorBgContainer,
            paddingInline: 16,
            height: 56,
            lineHeight: '56px',
            borderBottom: `1px solid ${token.colorBorderSecondary}`,
          }}
        >
          <Flex justify="space-between" align="center" style={{ height: '100%' }}>
            <Button
              type="text"
              aria-label={collapsed ? t('nav.expand') : t('nav.collapse')}
              icon={collapsed ? <MenuUnfoldOutlined /> : <MenuFoldOutlined />}
              onClick={() => setCollapsedByUser(!collapsed)}
            />
            <Flex align="center" gap={8}>
              <StoreSwitch />
              <LanguageSwitch />
              <Dropdown
                trigger={['click']}
                menu={{
                  items: [
                    { key: 'email', label: me.data?.email ?? session?.email, disabled: true },
                    { type: 'divider' },
                    { key: 'logout', icon: <LogoutOutlined />, label: t('auth.signOut'), onClick: logOut },
                  ],
                }}
              >
                <Button type="text" aria-label={name} icon={<Avatar size="small" icon={<UserOutlined />} />}>
                  {screens.md ? name : null}
                </Button>
              </Dropdown>
            </Flex>
          </Flex>
        </Layout.Header>
        <Layout.Content style={{ padding: 24 }}>
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
