/**
 * A list route that also answers its rows as an Excel workbook: `?format=xlsx` on the same URL,
 * the same filters and scoping, every matching row (page and pageSize ignored) up to
 * LIST_DOWNLOAD_MAX_ROWS. What the route declares (the query's `format`, a 200 that is JSON or an
 * .xlsx) and how it sends the file are here; each module lays out its own columns and words.
 */
import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import { toVietnamTimestamp } from '../../../domain/calendar-date.ts';
import { formatDate, formatNumber } from '../../../domain/number-format.ts';
import { defineErrors } from '../errors.ts';
import { fileResponse } from '../openapi.ts';
import { XLSX_CONTENT_TYPE } from './xlsx.ts';

/** The most rows one download holds; above it the download is refused (filter the list first). */
export const LIST_DOWNLOAD_MAX_ROWS = 50_000;

export const ListDownloadErrors = defineErrors({
  LIST_DOWNLOAD_TOO_LARGE: {
    status: 422,
    message: `Danh sách có quá nhiều dòng để tải một lần (tối đa ${formatNumber(LIST_DOWNLOAD_MAX_ROWS)} dòng). Hãy lọc bớt rồi tải lại.`,
  },
});

/** The query parameter that asks for the workbook: `format=xlsx`. */
export const ListFormat = z.enum(['xlsx']).optional().meta({
  description:
    'xlsx: every matching row as an Excel workbook (page and pageSize ignored; at most 50 000 rows, else 422 LIST_DOWNLOAD_TOO_LARGE)',
});

/** A list's 200: its JSON page, or with `format=xlsx` the workbook. */
export function listOrWorkbook<T extends z.ZodType>(json: T, description: string) {
  return {
    description: `${description}; with format=xlsx, an Excel workbook of every matching row`,
    content: {
      'application/json': { schema: json },
      ...fileResponse(XLSX_CONTENT_TYPE, 'The list as an Excel workbook (.xlsx)').content,
    },
  };
}

/** Refuses a download of more rows than one workbook holds. */
export function assertDownloadable(total: number): void {
  if (total > LIST_DOWNLOAD_MAX_ROWS)
    throw ListDownloadErrors.LIST_DOWNLOAD_TOO_LARGE([
      {
        path: 'query',
        message: `${formatNumber(total)} dòng, tối đa ${formatNumber(LIST_DOWNLOAD_MAX_ROWS)}`,
        reason: 'too_many_rows',
        rows: total,
        max: LIST_DOWNLOAD_MAX_ROWS,
      },
    ]);
}

export interface ListFile {
  /** ASCII only (listFileName). */
  fileName: string;
  content: Buffer;
}

/** Sends a workbook as an attachment, not to be cached. */
export function sendListFile(reply: FastifyReply, file: ListFile): FastifyReply {
  return reply
    .type(XLSX_CONTENT_TYPE)
    .header('content-disposition', `attachment; filename="${file.fileName}"`)
    .header('cache-control', 'no-store')
    .send(file.content);
}

/**
 * The title block's lines every list shares: the boards, the filters in words (none given: no
 * line), the list's own lines (`more`), then when it was exported and how many rows it has.
 */
export function titleLines(
  t: (key: string, params?: Record<string, unknown>) => string,
  input: {
    boards: readonly string[];
    filters?: readonly string[];
    more?: readonly string[];
    rows: number;
    now?: Date;
  },
): string[] {
  const stamp = toVietnamTimestamp(input.now ?? new Date());
  const filters = input.filters;
  return [
    t('common:listDownload.boards', { names: input.boards.join('; ') }),
    ...(filters === undefined
      ? []
      : [
          filters.length === 0
            ? t('common:listDownload.noFilters')
            : t('common:listDownload.filters', { filters: filters.join('; ') }),
        ]),
    ...(input.more ?? []),
    t('common:listDownload.exportedAt', {
      time: stamp.slice(11, 16),
      date: formatDate(stamp.slice(0, 10)),
      count: formatNumber(input.rows),
    }),
  ];
}
