import { z } from 'zod';
import { actorOf, type AppInstance } from '../../kernel/http.ts';
import { XLSX_CONTENT_TYPE } from '../../kernel/documents/xlsx.ts';
import { fileResponse } from '../../kernel/openapi.ts';
import { errorResponses, Uuid } from '../../kernel/schemas.ts';
import { excelExport, excelTemplate, importExcel } from './statistics-excel.service.ts';
import { sendWorkbook } from '../../kernel/documents/document-download.ts';

const IMPORT_BODY_LIMIT = 20 * 1024 * 1024;
/** What the import takes as its raw body (and what a 415 names). */
const IMPORT_MEDIA_TYPES = [XLSX_CONTENT_TYPE, 'application/octet-stream'];

const Period = z
  .string()
  .max(16)
  .meta({ description: 'Kỳ báo cáo: "2019", "2019-H1", "2019-Q3" or "2019-11"', example: '2019-Q3' });
const BoardQuery = Uuid.optional().meta({
  description: "The board; defaults to the actor's board when the actor sees one board",
});

const ImportResult = z
  .object({
    dryRun: z.boolean(),
    boardId: z.string(),
    period: z.string(),
    rows: z.number().int().meta({ description: 'Data rows read (header and blank rows excluded)' }),
    added: z.number().int(),
    changed: z.number().int(),
    unchanged: z.number().int(),
    skipped: z.number().int().meta({ description: 'Rows whose figure cells are all empty' }),
  })
  .meta({ id: 'StatisticsExcelImportResult' });

/** Staff Excel exchange of enterprise periodic reports: template, import, export. */
export async function statisticsExcelRoutes(app: AppInstance) {
  const tags = ['statistics'];
  const parseBuffer = (_request: unknown, body: Buffer, done: (err: null, body: Buffer) => void) =>
    done(null, body);
  for (const mediaType of IMPORT_MEDIA_TYPES)
    app.addContentTypeParser(mediaType, { parseAs: 'buffer', bodyLimit: IMPORT_BODY_LIMIT }, parseBuffer);

  app.get(
    '/statistics/excel/template',
    {
      schema: {
        tags,
        summary: 'Excel template of a period: one row per operating enterprise, accepted figures prefilled',
        description: `Answers an .xlsx (${XLSX_CONTENT_TYPE}) with the sheets "Báo cáo" and "Hướng dẫn".`,
        querystring: z.strictObject({ period: Period, boardId: BoardQuery }),
        response: { 200: fileResponse(XLSX_CONTENT_TYPE, 'The template (.xlsx)'), ...errorResponses },
      },
    },
    async (request, reply) => sendWorkbook(reply, excelTemplate(app.db, actorOf(request), request.query)),
  );

  app.post(
    '/statistics/excel/import',
    {
      bodyLimit: IMPORT_BODY_LIMIT,
      // A reader's 20 MB upload is refused before it is read.
      config: { permission: 'records.write' },
      schema: {
        tags,
        summary: 'Import a filled template (.xlsx as the raw body): all-or-nothing, every bad row listed',
        consumes: IMPORT_MEDIA_TYPES,
        description:
          'Send the workbook as the raw body with content-type application/vnd.openxmlformats-officedocument.spreadsheetml.sheet (≤ 20 MB). On any problem nothing is written and the 422 STATISTICS_IMPORT_INVALID envelope lists each one as { row, taxCode, column, code, reason }. Otherwise each row becomes the accepted report of the period, in one transaction. `dryRun=true` checks and counts without writing.',
        querystring: z.strictObject({
          period: Period,
          boardId: BoardQuery,
          dryRun: z
            .enum(['true', 'false'])
            .default('false')
            .transform((v) => v === 'true'),
        }),
        response: { 200: ImportResult, ...errorResponses },
      },
    },
    async (request) =>
      importExcel(app.db, actorOf(request), request.body, {
        period: request.query.period,
        boardId: request.query.boardId,
        dryRun: request.query.dryRun,
      }),
  );

  app.get(
    '/statistics/excel/export',
    {
      schema: {
        tags,
        operationId: 'exportStatisticsExcel',
        summary: "Excel of a period's reports (every status, with a Trạng thái column), importable again",
        description: `Answers an .xlsx (${XLSX_CONTENT_TYPE}).`,
        querystring: z.strictObject({ period: Period, boardId: BoardQuery }),
        response: { 200: fileResponse(XLSX_CONTENT_TYPE, 'The reports (.xlsx)'), ...errorResponses },
      },
    },
    async (request, reply) => sendWorkbook(reply, excelExport(app.db, actorOf(request), request.query)),
  );
}
