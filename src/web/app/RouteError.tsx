import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { isRouteErrorResponse, Link, useRouteError } from 'react-router';

/**
 * What a page that failed shows instead of React Router's default screen (English, for developers):
 * a page of a version no longer on the server (a new one was installed while the tab was open), a
 * page that broke. The user can reload — which loads the new version — or go home.
 */
export function RouteError() {
  const { t } = useTranslation('common');
  const error = useRouteError();
  const notFound = isRouteErrorResponse(error) && error.status === 404;
  if (!notFound) console.error(error);
  return (
    <Result
      status={notFound ? '404' : 'warning'}
      title={notFound ? t('notFound.title') : t('routeError.title')}
      subTitle={notFound ? t('notFound.text') : t('routeError.text')}
      extra={[
        ...(notFound
          ? []
          : [
              <Button key="reload" type="primary" onClick={() => window.location.reload()}>
                {t('routeError.reload')}
              </Button>,
            ]),
        <Link key="home" to="/">
          <Button type={notFound ? 'primary' : 'default'}>{t('notFound.home')}</Button>
        </Link>,
      ]}
    />
  );
}
