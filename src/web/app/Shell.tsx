import { LogoutOutlined, MenuOutlined, UserOutlined } from '@ant-design/icons';
import { Button, Drawer, Layout, Menu, Popover, Segmented, Space, Spin, Typography } from 'antd';
import type { MenuProps } from 'antd';
import { Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, Outlet, useLocation } from 'react-router';
import type { Language } from '../../locales/resources.ts';
import { ACCOUNT_PATH } from '../modules/account/index.ts';
import { WEB_MODULES } from '../modules/index.ts';
import { useWideScreen } from '../shared/screen.ts';
import { setLanguage } from './i18n.ts';
import { useSession, useSignOut, type Permission } from './session.tsx';
import type { MenuEntry } from './web-module.ts';
import './shell.css';

/** Every module's menu entries (modules/index.ts), in the modules' order. */
const MENU: readonly MenuEntry[] = WEB_MODULES.flatMap((module) => module.menu ?? []);
/** The groups, open from the start. */
const GROUPS = MENU.filter((entry) => entry.children).map((entry) => entry.key);
/** Every page the menu names, longest first: the one a path is under is selected. */
const PAGES = MENU.flatMap((entry) => entry.children ?? [entry])
  .map((entry) => entry.key)
  .sort((a, b) => b.length - a.length);
/** The pages an enterprise account may open: its menu's (its filing, its dossiers), and below them. */
const ENTERPRISE_PAGES = MENU.filter((entry) => entry.audience === 'enterprise')
  .flatMap((entry) => entry.children ?? [entry])
  .map((entry) => entry.key);
const underOneOf = (pages: readonly string[], path: string) =>
  pages.some((page) => path === page || path.startsWith(`${page}/`));

/**
 * The signed-in frame: navigation by module, the user's board, language, logout. On a desk the
 * menu is a side bar and the header shows who is signed in; below 992 px (a tablet, a phone) the
 * menu is a drawer, the header keeps the board and language, and the user's name and logout are
 * behind the account button (shell.css holds the widths).
 */
export function Shell() {
  const { t, i18n } = useTranslation(['common', 'statistics']);
  const me = useSession();
  const location = useLocation();
  const signOut = useSignOut();
  const wide = useWideScreen();
  const [menuOpen, setMenuOpen] = useState(false);
  const [accountOpen, setAccountOpen] = useState(false);
  const can = (permission: Permission) => me.permissions.includes(permission);

  // An enterprise sees only its own filing and dossiers.
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
  const selected = PAGES.find((page) => underOneOf([page], location.pathname)) ?? '';
  const boardLabel = me.board ? me.board.name : t('shell.boards', { count: me.visibleBoards.length });

  // …and its own account (password).
  if (enterprise && !underOneOf(ENTERPRISE_PAGES, location.pathname) && location.pathname !== ACCOUNT_PATH)
    return <Navigate to="/filing" replace />;

  const navigation = (
    <>
      <div className="kcn-brand">
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
        onClick={() => setMenuOpen(false)}
      />
    </>
  );
  const user = (
    <Typography.Text strong className="kcn-user" data-testid="user-name">
      <Link to={ACCOUNT_PATH} title={t('account:menu')}>
        {me.fullName}
      </Link>{' '}
      · {t(`roles.${me.role}`)}
    </Typography.Text>
  );
  const logoutButton = (
    <Button icon={<LogoutOutlined />} onClick={() => void signOut()}>
      {t('shell.logout')}
    </Button>
  );

  return (
    <Layout className="kcn-shell">
      {wide ? (
        <Layout.Sider width={232} theme="light" className="kcn-sider">
          {navigation}
        </Layout.Sider>
      ) : (
        <Drawer
          placement="left"
          size={264}
          open={menuOpen}
          onClose={() => setMenuOpen(false)}
          closable={false}
          styles={{ body: { padding: 0 } }}
        >
          {navigation}
        </Drawer>
      )}
      <Layout className="kcn-main">
        <Layout.Header className="kcn-header">
          {wide ? null : (
            <Button
              type="text"
              icon={<MenuOutlined />}
              aria-label={t('shell.openMenu')}
              aria-expanded={menuOpen}
              onClick={() => setMenuOpen(true)}
            />
          )}
          <Typography.Text strong data-testid="board-name" className="kcn-board" title={boardLabel}>
            {boardLabel}
          </Typography.Text>
          <Space size={wide ? 'middle' : 'small'} className="kcn-header-tools">
            <Segmented
              size="small"
              value={i18n.language === 'en' ? 'en' : 'vi'}
              onChange={(value) => void setLanguage(value as Language)}
              options={[
                { label: 'VI', value: 'vi' },
                { label: 'EN', value: 'en' },
              ]}
              aria-label={t('shell.language')}
            />
            {wide ? (
              <>
                {user}
                {logoutButton}
              </>
            ) : (
              <Popover
                trigger="click"
                placement="bottomRight"
                open={accountOpen}
                onOpenChange={setAccountOpen}
                content={
                  // Closed by what is chosen in it (the account page, logout).
                  <Space orientation="vertical" className="kcn-account" onClick={() => setAccountOpen(false)}>
                    {user}
                    <Typography.Text type="secondary">{boardLabel}</Typography.Text>
                    {logoutButton}
                  </Space>
                }
              >
                <Button type="text" icon={<UserOutlined />} aria-label={t('shell.userMenu')} />
              </Popover>
            )}
          </Space>
        </Layout.Header>
        <Layout.Content className="kcn-content">
          <Suspense fallback={<Spin />}>
            <Outlet />
          </Suspense>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
