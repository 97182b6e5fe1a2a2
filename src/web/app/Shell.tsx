import { LogoutOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Button, Layout, Menu, Segmented, Space, Spin, Typography } from 'antd';
import type { MenuProps } from 'antd';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, Outlet, useLocation, useNavigate } from 'react-router';
import type { Language } from '../../locales/resources.ts';
import { WEB_MODULES } from '../modules/index.ts';
import { api } from '../shared/api.ts';
import { setLanguage } from './i18n.ts';
import { useSession, type Permission } from './session.tsx';
import type { MenuEntry } from './web-module.ts';

/** Every module's menu entries (modules/index.ts), in the modules' order. */
const MENU: readonly MenuEntry[] = WEB_MODULES.flatMap((module) => module.menu ?? []);
/** The groups, open from the start. */
const GROUPS = MENU.filter((entry) => entry.children).map((entry) => entry.key);
/** Every page the menu names, longest first: the one a path is under is selected. */
const PAGES = MENU.flatMap((entry) => entry.children ?? [entry])
  .map((entry) => entry.key)
  .sort((a, b) => b.length - a.length);

/** The signed-in frame: navigation by module, the user's board, language, logout. */
export function Shell() {
  const { t, i18n } = useTranslation(['common', 'statistics']);
  const me = useSession();
  const location = useLocation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const can = (permission: Permission) => me.permissions.includes(permission);

  // An enterprise sees only its own filing.
  const enterprise = me.role === 'enterprise';
  const audience = enterprise ? 'enterprise' : 'staff';
  const menuItems = (entries: readonly MenuEntry[]): NonNullable<MenuProps['items']> =>
    entries.flatMap((entry): NonNullable<MenuProps['items']> => {
      if (entry.permission && !can(entry.permission)) return [];
      const icon = entry.icon ? <entry.icon /> : undefined;
      if (!entry.children)
        return [{ key: entry.key, icon, label: <Link to={entry.key}>{t(entry.label)}</Link> }];
      const children = menuItems(entry.children);
      return children.length > 0 ? [{ key: entry.key, label: t(entry.label), icon, children }] : [];
    });
  const items = menuItems(MENU.filter((entry) => (entry.audience ?? 'staff') === audience));
  const selected =
    PAGES.find((page) => location.pathname === page || location.pathname.startsWith(`${page}/`)) ?? '';
  const boardLabel = me.board ? me.board.name : t('shell.boards', { count: me.visibleBoards.length });

  if (enterprise && !location.pathname.startsWith('/filing')) return <Navigate to="/filing" replace />;

  async function logout() {
    await api.post('/auth/logout').catch(() => undefined);
    queryClient.clear();
    await navigate('/login');
  }

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Sider
        width={232}
        theme="light"
        breakpoint="lg"
        collapsedWidth={0}
        style={{ borderRight: '1px solid #f0f0f0' }}
      >
        <div style={{ padding: '16px 20px' }}>
          <Typography.Title level={4} style={{ margin: 0, color: '#0b5394' }}>
            KCN Hub
          </Typography.Title>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('shell.tagline')}
          </Typography.Text>
        </div>
        <Menu
          mode="inline"
          items={items}
          selectedKeys={[selected]}
          defaultOpenKeys={GROUPS}
          aria-label={t('nav.label')}
        />
      </Layout.Sider>
      <Layout>
        <Layout.Header
          style={{
            background: '#fff',
            padding: '0 24px',
            display: 'flex',
            alignItems: 'center',
            justifyContent: 'space-between',
            borderBottom: '1px solid #f0f0f0',
          }}
        >
          <Typography.Text strong data-testid="board-name">
            {boardLabel}
          </Typography.Text>
          <Space size="middle">
            <Segmented
              size="small"
              value={i18n.language === 'en' ? 'en' : 'vi'}
              onChange={(value) => setLanguage(value as Language)}
              options={[
                { label: 'VI', value: 'vi' },
                { label: 'EN', value: 'en' },
              ]}
              aria-label={t('shell.language')}
            />
            <Typography.Text>
              {me.fullName} · {t(`roles.${me.role}`)}
            </Typography.Text>
            <Button icon={<LogoutOutlined />} onClick={() => void logout()}>
              {t('shell.logout')}
            </Button>
          </Space>
        </Layout.Header>
        <Layout.Content style={{ padding: 24 }}>
          <Suspense fallback={<Spin />}>
            <Outlet />
          </Suspense>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
