import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ShownOnceModal } from '../../shared/ShownOnceModal.tsx';

/** A token's secret the one time the API gives it, with a copy button, a warning and its use. */
export function TokenSecretModal({
  value,
  onClose,
}: {
  value: { name: string; secret: string } | null;
  onClose: () => void;
}) {
  const { t } = useTranslation('account');
  return (
    <ShownOnceModal
      secret={value?.secret ?? null}
      testId="token-secret"
      onClose={onClose}
      texts={
        value && {
          title: t('secret.title', { name: value.name }),
          warning: t('secret.warning'),
          label: t('secret.label'),
          copy: t('secret.copy'),
          copied: t('secret.copied'),
          copyFailed: t('secret.copyFailed'),
          done: t('secret.done'),
        }
      }
    >
      <div>
        <Typography.Text type="secondary">{t('secret.usage')}</Typography.Text>
        <Typography.Paragraph code style={{ margin: '4px 0 0' }}>
          {t('secret.header')}
        </Typography.Paragraph>
      </div>
    </ShownOnceModal>
  );
}
