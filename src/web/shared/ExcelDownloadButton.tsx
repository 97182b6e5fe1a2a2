import { DownloadOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { queryString, type ApiQuery, type ApiQueryParams, type PathOf } from './api.ts';
import { downloadFile } from './download.ts';
import { errorMessage } from './errors.ts';

/** The lists the API answers as a workbook too (`format=xlsx`). */
export type DownloadableList = {
  [P in PathOf<'get'>]: [ApiQueryParams<P>] extends [never]
    ? never
    : 'format' extends keyof ApiQueryParams<P>
      ? P
      : never;
}[PathOf<'get'>];

/**
 * "Tải Excel": the list with the filters the page shows, every row (the page and page size are
 * left out), as the server's workbook. Fetched with the session cookie, so a refusal (too many
 * rows, session ended) is shown as a message instead of a file of JSON.
 */
export function ExcelDownloadButton<P extends DownloadableList>({
  path,
  query,
  disabled,
}: {
  path: P;
  query: ApiQuery<P>;
  disabled?: boolean;
}) {
  const { t } = useTranslation('common');
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);

  async function download() {
    setBusy(true);
    try {
      const { page: _page, pageSize: _pageSize, ...filters } = query as Record<string, unknown>;
      await downloadFile(
        `/api/v1${path}${queryString({ ...(filters as Parameters<typeof queryString>[0]), format: 'xlsx' })}`,
        'danh-sach.xlsx',
      );
    } catch (error) {
      void message.error(t('listDownload.failed', { message: errorMessage(t, error) }));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Button icon={<DownloadOutlined />} loading={busy} disabled={disabled} onClick={() => void download()}>
      {t('listDownload.button')}
    </Button>
  );
}
