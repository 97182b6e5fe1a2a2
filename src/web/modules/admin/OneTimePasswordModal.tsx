import { useTranslation } from 'react-i18next';
import { ShownOnceModal } from '../../shared/ShownOnceModal.tsx';

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
  return (
    <ShownOnceModal
      secret={value?.password ?? null}
      testId="one-time-password"
      onClose={onClose}
      texts={
        value && {
          title: t(`password.title.${value.reason}`, { username: value.username }),
          warning: t('password.warning'),
          label: t('password.label', { username: value.username }),
          copy: t('password.copy'),
          copied: t('password.copied'),
          copyFailed: t('password.copyFailed'),
          done: t('password.done'),
        }
      }
    />
  );
}
