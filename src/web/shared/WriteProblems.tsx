import { Alert, Button } from 'antd';
import { useTranslation } from 'react-i18next';

/**
 * Above a form that writes: the record changed meanwhile (VERSION_CONFLICT, with "Tải lại" when the
 * form can read it again), and the API's problems that have no field of their own, one a line.
 */
export function WriteProblems({
  conflict,
  onReload,
  problems,
}: {
  conflict: boolean;
  onReload?: (() => void) | undefined;
  problems: readonly string[];
}) {
  const { t } = useTranslation('common');
  return (
    <>
      {conflict ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('errors.VERSION_CONFLICT')}
          action={
            onReload ? (
              <Button size="small" onClick={onReload}>
                {t('actions.reload')}
              </Button>
            ) : undefined
          }
        />
      ) : null}
      {problems.length > 0 ? (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 16 }}
          title={problems.map((p) => (
            <div key={p}>{p}</div>
          ))}
        />
      ) : null}
    </>
  );
}
