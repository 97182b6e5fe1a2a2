import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** What a user sees on a page their role does not open (the API answered 403 or would). */
export function Forbidden() {
  const { t } = useTranslation(['admin', 'common']);
  return (
    <Result
      status="403"
      title={t('admin:forbidden.title')}
      subTitle={t('admin:forbidden.text')}
      extra={
        <Link to="/">
          <Button type="primary">{t('common:notFound.home')}</Button>
        </Link>
      }
    />
  );
}
