import {
  ApartmentOutlined,
  AuditOutlined,
  BarChartOutlined,
  CloudUploadOutlined,
  DatabaseOutlined,
  FormOutlined,
  FileTextOutlined,
  LogoutOutlined,
  TeamOutlined,
  UnorderedListOutlined,
} from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Button, Layout, Menu, Segmented, Space, Spin, Typography } from 'antd';
import type { MenuProps } from 'antd';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, Outlet, useLocation, useNavigate } from 'react-router';
import type { Language } from '../../locales/resources.ts';
import { api } from '../shared/api.ts';
import { setLanguage } from './i18n.ts';
import { useSession } from './session.tsx';

/** The signed-in frame: navigation by module, the user's board, language, logout. */
export function Shell() {
  const { t, i18n } = useTranslation(['common', 'statistics']);
  const me = useSession();
  const location = useLocation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const can = (permission: string) => me.permissions.includes(permission as never);

  // An enterprise sees only its own filing.
  const enterprise = me.role === 'enterprise';
  const enterpriseItems: MenuProps['items'] = [
    { key: '/filing', icon: <FormOutlined />, label: <Link to="/filing">{t('statistics:nav.filing')}</Link> },
  ];
  const staffItems: MenuProps['items'] = [
    {
      key: 'reports',
      label: t('nav.reports'),
      icon: <BarChartOutlined />,
      children: [
        {
          key: '/reports/investment',
          label: <Link to="/reports/investment">{t('nav.investmentReport')}</Link>,
        },
        { key: '/reports/zones', label: <Link to="/reports/zones">{t('nav.zonesReport')}</Link> },
        {
          key: '/reports/production',
          label: <Link to="/reports/production">{t('statistics:nav.production')}</Link>,
        },
      ],
    },
    { key: '/projects', icon: <FileTextOutlined />, label: <Link to="/projects">{t('nav.projects')}</Link> },
    {
      key: '/licensing-events',
      icon: <UnorderedListOutlined />,
      label: <Link to="/licensing-events">{t('nav.licensingEvents')}</Link>,
    },
    { key: '/zones', icon: <ApartmentOutlined />, label: <Link to="/zones">{t('nav.zones')}</Link> },
    {
      key: 'statistics',
      label: t('statistics:nav.statistics'),
      icon: <DatabaseOutlined />,
      children: [
        {
          key: '/statistics/reports',
          label: <Link to="/statistics/reports">{t('statistics:nav.reports')}</Link>,
        },
        {
          key: '/statistics/completeness',
          label: <Link to="/statistics/completeness">{t('statistics:nav.completeness')}</Link>,
        },
        ...(can('statistics.review')
          ? [
              {
                key: '/statistics/review',
                label: <Link to="/statistics/review">{t('statistics:nav.review')}</Link>,
              },
            ]
          : []),
        ...(can('records.write')
          ? [
              {
                key: '/statistics/import',
                label: <Link to="/statistics/import">{t('statistics:nav.import')}</Link>,
              },
            ]
          : []),
      ],
    },
    ...(can('records.write')
      ? [
          {
            key: '/import',
            icon: <CloudUploadOutlined />,
            label: <Link to="/import">{t('nav.import')}</Link>,
          },
        ]
      : []),
    ...(can('users.manage') || can('audit.read')
      ? [
          {
            key: 'admin',
            label: t('nav.admin'),
            icon: <TeamOutlined />,
            children: [
              ...(can('users.manage')
                ? [{ key: '/admin/users', label: <Link to="/admin/users">{t('nav.users')}</Link> }]
                : []),
              ...(can('audit.read')
                ? [
                    {
                      key: '/admin/audit',
                      icon: <AuditOutlined />,
                      label: <Link to="/admin/audit">{t('nav.audit')}</Link>,
                    },
                  ]
                : []),
            ],
          },
        ]
      : []),
  ];
  const items = enterprise ? enterpriseItems : staffItems;
  const selected =
    '/' +
    location.pathname
      .split('/')
      .filter(Boolean)
      .slice(
        0,
        location.pathname.startsWith('/reports') ||
          location.pathname.startsWith('/admin') ||
          location.pathname.startsWith('/statistics')
          ? 2
          : 1,
      )
      .join('/');
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
          defaultOpenKeys={['reports', 'statistics', 'admin']}
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
