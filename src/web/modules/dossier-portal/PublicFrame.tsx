import { Card, Flex, Segmented, Space, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Language } from '../../../locales/resources.ts';
import { setLanguage } from '../../app/i18n.ts';

/**
 * A public page (no sign-in): the portal's name, the language switch, links to the look-up, the
 * submission and signing in, and the page's own card. Narrow enough for a 390 px phone.
 */
export function PublicFrame({
  title,
  subtitle,
  children,
}: {
  title: string;
  subtitle?: string;
  children: ReactNode;
}) {
  const { t, i18n } = useTranslation('dossierPortal');
  return (
    <div style={{ minHeight: '100vh', background: '#f0f4f8', padding: '24px 12px' }}>
      <main style={{ maxWidth: 760, margin: '0 auto' }}>
        <Flex justify="space-between" align="flex-start" gap={12} wrap style={{ marginBottom: 16 }}>
          <div style={{ minWidth: 0 }}>
            <Typography.Text strong style={{ fontSize: 20, color: '#0b5394' }}>
              {t('public.brand')}
            </Typography.Text>
            <br />
            <Typography.Text type="secondary">{t('public.subtitle')}</Typography.Text>
          </div>
          <Segmented
            size="small"
            value={i18n.language === 'en' ? 'en' : 'vi'}
            onChange={(value) => void setLanguage(value as Language)}
            aria-label={t('public.language')}
            options={[
              { label: 'Tiếng Việt', value: 'vi' },
              { label: 'English', value: 'en' },
            ]}
          />
        </Flex>
        <Card>
          <Typography.Title level={2} style={{ marginTop: 0, fontSize: 24 }}>
            {title}
          </Typography.Title>
          {subtitle ? (
            <Typography.Paragraph type="secondary" style={{ marginTop: -8 }}>
              {subtitle}
            </Typography.Paragraph>
          ) : null}
          {children}
        </Card>
        <nav aria-label={t('public.links')} style={{ marginTop: 16 }}>
          <Space wrap size="middle">
            <Link to="/tra-cuu-ho-so">{t('public.lookup')}</Link>
            <Link to="/nop-ho-so">{t('public.submit')}</Link>
            <Link to="/login">{t('public.signIn')}</Link>
          </Space>
        </nav>
      </main>
    </div>
  );
}
