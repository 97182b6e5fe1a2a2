import { DownloadOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  announceUnauthenticated,
  ApiError,
  queryString,
  type ApiQuery,
  type ApiQueryParams,
  type ErrorDetail,
  type PathOf,
} from './api.ts';
import { errorMessage } from './errors.ts';

/** The lists the API answers as a workbook too (`format=xlsx`). */
export type DownloadableList = {
  [P in PathOf<'get'>]: [ApiQueryParams<P>] extends [never]
    ? never
    : 'format' extends keyof ApiQueryParams<P>
      ? P
      : never;
}[PathOf<'get'>];

/** The file name the server gives (Content-Disposition), else `fallback`. */
function fileNameOf(response: Response, fallback: string): string {
  const header = response.headers.get('content-disposition') ?? '';
  return /filename="([^"]+)"/.exec(header)?.[1] ?? fallback;
}

/** Saves a blob under a name, as a link the user clicked would. */
function save(blob: Blob, fileName: string) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // The download has its own copy once started.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

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
      const response = await fetch(
        `/api/v1${path}${queryString({ ...(filters as Parameters<typeof queryString>[0]), format: 'xlsx' })}`,
        { credentials: 'same-origin' },
      );
      if (!response.ok) {
        const body = (await response.json().catch(() => null)) as {
          error?: { code?: string; message?: string; details?: ErrorDetail[] };
        } | null;
        const { code = 'INTERNAL', message: text = response.statusText, details = [] } = body?.error ?? {};
        if (response.status === 401) announceUnauthenticated();
        throw new ApiError(response.status, code, text, details);
      }
      save(await response.blob(), fileNameOf(response, 'danh-sach.xlsx'));
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
