import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Form, Input, Segmented, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import type { Language } from '../../../locales/resources.ts';
import { setLanguage } from '../../app/i18n.ts';
import { useSignedIn } from '../../app/session.tsx';
import { api } from '../../shared/api.ts';
import { errorMessage } from '../../shared/errors.ts';

/** Sign in: errors in the user's language; back to the page that asked for it. */
export function Component() {
  const { t, i18n } = useTranslation('auth');
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const signedIn = useSignedIn();
  const [error, setError] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const next = params.get('next') ?? '/';

  async function submit(values: { username: string; password: string }) {
    setSubmitting(true);
    setError(null);
    try {
      const me = await api.post('/auth/login', { body: values });
      signedIn(me);
      await navigate(next.startsWith('/') && !next.startsWith('//') ? next : '/', { replace: true });
    } catch (caught) {
      setError(errorMessage(t, caught));
    } finally {
      setSubmitting(false);
    }
  }

  return (
    <div style={{ minHeight: '100vh', display: 'grid', placeItems: 'center', background: '#f0f4f8' }}>
      <Card style={{ width: 'min(380px, calc(100vw - 24px))' }}>
        <Space direction="vertical" size="large" style={{ width: '100%' }}>
          <div>
            <Typography.Title level={3} style={{ marginBottom: 4, color: '#0b5394' }}>
              KCN Hub
            </Typography.Title>
            <Typography.Text type="secondary">{t('subtitle')}</Typography.Text>
          </div>
          {params.get('expired') ? <Alert type="warning" showIcon message={t('expired')} /> : null}
          {error ? <Alert type="error" showIcon message={error} /> : null}
          <Form layout="vertical" onFinish={(values) => void submit(values)} requiredMark={false}>
            <Form.Item
              label={t('username')}
              name="username"
              rules={[{ required: true, message: t('usernameRequired') }]}
            >
              <Input prefix={<UserOutlined />} autoComplete="username" autoFocus />
            </Form.Item>
            <Form.Item
              label={t('password')}
              name="password"
              rules={[{ required: true, message: t('passwordRequired') }]}
            >
              <Input.Password prefix={<LockOutlined />} autoComplete="current-password" />
            </Form.Item>
            <Button type="primary" htmlType="submit" block loading={submitting}>
              {t('submit')}
            </Button>
          </Form>
          <Segmented
            size="small"
            value={i18n.language === 'en' ? 'en' : 'vi'}
            onChange={(value) => void setLanguage(value as Language)}
            options={[
              { label: 'Tiếng Việt', value: 'vi' },
              { label: 'English', value: 'en' },
            ]}
          />
        </Space>
      </Card>
    </div>
  );
}
