import { sendAttachment } from '../../kernel/documents/document-download.ts';
import type { AppInstance } from '../../kernel/http.ts';
import { fileResponse } from '../../kernel/openapi.ts';
import { errorResponses } from '../../kernel/schemas.ts';
import { OpenFigures, OpenFiguresQuery } from './open-data.schemas.ts';
import { openFigures, openFiguresCsv } from './open-data.service.ts';

/** Requests per minute from one address: the figures are computed on each request. */
export const OPEN_FIGURES_RATE_LIMIT = 30;

export const CSV_CONTENT_TYPE = 'text/csv; charset=utf-8';

/** The open figures (E-Transactions Law 2023 Art. 43: free, open format, no identity required). */
export async function openDataRoutes(app: AppInstance) {
  const tags = ['open-data', 'public'];
  app.get(
    '/public/figures',
    {
      config: { public: true, rateLimit: { max: OPEN_FIGURES_RATE_LIMIT, timeWindow: 60_000 } },
      schema: {
        tags,
        summary:
          "A board's open figures for a complete year (no sign-in): new investment, projects by country and sector, zones by status — aggregates only, small cells suppressed; JSON or CSV, with the licence",
        querystring: OpenFiguresQuery,
        response: {
          200: {
            description:
              'The open figures; with format=csv one long CSV table (UTF-8 with BOM) as an attachment',
            content: {
              'application/json': { schema: OpenFigures },
              ...fileResponse(CSV_CONTENT_TYPE, 'The open figures as CSV').content,
            },
          },
          ...errorResponses,
        },
      },
    },
    async (request, reply) => {
      const figures = await openFigures(app.db, request.query);
      if (request.query.format !== 'csv') return figures;
      return sendAttachment(reply, {
        fileName: `so-lieu-mo-${figures.board.code}-${figures.year}.csv`,
        contentType: CSV_CONTENT_TYPE,
        content: Buffer.from(openFiguresCsv(figures), 'utf8'),
      });
    },
  );
}
