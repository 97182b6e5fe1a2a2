import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../shared/api.ts';
import { errorMessage } from '../../shared/errors.ts';

/** Details shown at most: a refusal of a read names a few problems, never a whole list. */
const MAX_DETAILS = 10;

/**
 * A refused read (the report, the returns): the error in words, and under it what the API's
 * details say — "Khối DBSH chưa có thành viên của năm 2022." says more than the code alone.
 */
export function ApiErrorAlert({ error }: { error: unknown }) {
  const { t } = useTranslation('common');
  const title = errorMessage(t, error);
  const details =
    error instanceof ApiError
      ? [...new Set(error.details.map((d) => d.message))]
          .filter((m) => m && m !== title)
          .slice(0, MAX_DETAILS)
      : [];
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      style={{ marginBottom: 16 }}
      title={title}
      description={
        details.length > 0 ? (
          <ul style={{ margin: 0, paddingLeft: 20 }}>
            {details.map((m) => (
              <li key={m}>{m}</li>
            ))}
          </ul>
        ) : undefined
      }
    />
  );
}
