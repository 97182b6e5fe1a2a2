import { CopyOutlined } from '@ant-design/icons';
import { Alert, App, Button, Modal, Space, Typography } from 'antd';
import type { ReactNode } from 'react';

/** What a ShownOnceModal says, in the words of the thing shown (a password, an API token). */
export interface ShownOnceTexts {
  title: string;
  warning: string;
  label: string;
  copy: string;
  copied: string;
  copyFailed: string;
  done: string;
}

/**
 * A secret the API gives this one time (a generated password, a token): shown selectable, with a
 * copy button and a warning, closed only by saying it was kept — never by a stray click outside.
 */
export function ShownOnceModal({
  secret,
  texts,
  testId,
  onClose,
  children,
}: {
  /** Null: closed. */
  secret: string | null;
  texts: ShownOnceTexts | null;
  testId: string;
  onClose: () => void;
  /** What follows the copy button (how to use the secret). */
  children?: ReactNode;
}) {
  const { message } = App.useApp();

  async function copy() {
    if (secret === null || !texts) return;
    try {
      await navigator.clipboard.writeText(secret);
      void message.success(texts.copied);
    } catch {
      void message.warning(texts.copyFailed);
    }
  }

  return (
    <Modal
      open={secret !== null}
      title={texts?.title ?? null}
      maskClosable={false}
      keyboard={false}
      destroyOnHidden
      onCancel={onClose}
      footer={
        <Button type="primary" onClick={onClose}>
          {texts?.done}
        </Button>
      }
    >
      {secret !== null && texts ? (
        <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
          <Alert type="warning" showIcon title={texts.warning} />
          <div>
            <Typography.Text type="secondary">{texts.label}</Typography.Text>
            <Typography.Paragraph
              code
              strong
              data-testid={testId}
              style={{ fontSize: 17, margin: '4px 0 0', userSelect: 'all', wordBreak: 'break-all' }}
            >
              {secret}
            </Typography.Paragraph>
          </div>
          <Button icon={<CopyOutlined />} onClick={() => void copy()}>
            {texts.copy}
          </Button>
          {children}
        </Space>
      ) : null}
    </Modal>
  );
}
