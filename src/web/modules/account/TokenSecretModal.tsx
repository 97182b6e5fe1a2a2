import { CopyOutlined } from '@ant-design/icons';
import { Alert, App, Button, Modal, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

/** A token's secret the one time the API gives it, with a copy button and a warning. */
export function TokenSecretModal({
  value,
  onClose,
}: {
  value: { name: string; secret: string } | null;
  onClose: () => void;
}) {
  const { t } = useTranslation('account');
  const { message } = App.useApp();

  async function copy() {
    if (!value) return;
    try {
      await navigator.clipboard.writeText(value.secret);
      void message.success(t('secret.copied'));
    } catch {
      void message.warning(t('secret.copyFailed'));
    }
  }

  return (
    <Modal
      open={value !== null}
      title={value ? t('secret.title', { name: value.name }) : null}
      maskClosable={false}
      keyboard={false}
      destroyOnHidden
      onCancel={onClose}
      footer={
        <Button type="primary" onClick={onClose}>
          {t('secret.done')}
        </Button>
      }
    >
      {value ? (
        <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
          <Alert type="warning" showIcon title={t('secret.warning')} />
          <div>
            <Typography.Text type="secondary">{t('secret.label')}</Typography.Text>
            <Typography.Paragraph
              code
              strong
              data-testid="token-secret"
              style={{ fontSize: 16, margin: '4px 0 0', userSelect: 'all', wordBreak: 'break-all' }}
            >
              {value.secret}
            </Typography.Paragraph>
          </div>
          <Button icon={<CopyOutlined />} onClick={() => void copy()}>
            {t('secret.copy')}
          </Button>
          <div>
            <Typography.Text type="secondary">{t('secret.usage')}</Typography.Text>
            <Typography.Paragraph code style={{ margin: '4px 0 0' }}>
              {t('secret.header')}
            </Typography.Paragraph>
          </div>
        </Space>
      ) : null}
    </Modal>
  );
}
