import { CopyOutlined } from '@ant-design/icons';
import { Alert, App, Button, Modal, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

export interface OneTimePassword {
  username: string;
  password: string;
  /** Why it was made: a new account or a reset. */
  reason: 'created' | 'reset';
}

/** Shows a generated password the one time the API gives it, with a copy button and a warning. */
export function OneTimePasswordModal({
  value,
  onClose,
}: {
  value: OneTimePassword | null;
  onClose: () => void;
}) {
  const { t } = useTranslation('admin');
  const { message } = App.useApp();

  async function copy() {
    if (!value) return;
    try {
      await navigator.clipboard.writeText(value.password);
      void message.success(t('password.copied'));
    } catch {
      void message.warning(t('password.copyFailed'));
    }
  }

  return (
    <Modal
      open={value !== null}
      title={value ? t(`password.title.${value.reason}`, { username: value.username }) : null}
      maskClosable={false}
      keyboard={false}
      destroyOnHidden
      onCancel={onClose}
      footer={
        <Button type="primary" onClick={onClose}>
          {t('password.done')}
        </Button>
      }
    >
      {value ? (
        <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
          <Alert type="warning" showIcon title={t('password.warning')} />
          <div>
            <Typography.Text type="secondary">
              {t('password.label', { username: value.username })}
            </Typography.Text>
            <Typography.Paragraph
              code
              strong
              data-testid="one-time-password"
              style={{ fontSize: 18, margin: '4px 0 0', userSelect: 'all' }}
            >
              {value.password}
            </Typography.Paragraph>
          </div>
          <Button icon={<CopyOutlined />} onClick={() => void copy()}>
            {t('password.copy')}
          </Button>
        </Space>
      ) : null}
    </Modal>
  );
}
