import { jsonOrDocument, sendDocument } from '../../kernel/documents/document-download.ts';
import { actorOf, type AppInstance } from '../../kernel/http.ts';
import { errorResponses } from '../../kernel/schemas.ts';
import type { ModuleContext } from '../index.ts';
import { dossiersReportFile } from './dossiers-report.documents.ts';
import { DossiersReport, DossiersReportQueryWithDocument } from './dossiers-report.schemas.ts';
import { dossiersReport } from './dossiers-report.service.ts';

/** GET /reports/dossiers: the one-stop statistics report (one-stop-v1), or its Word / Excel file. */
export function dossiersReportRoutes(_context: ModuleContext) {
  return async (app: AppInstance) => {
    app.get(
      '/reports/dossiers',
      {
        schema: {
          tags: ['reports'],
          summary:
            'Administrative-procedure dossiers in a period: received, resolved early / on time / late, pending, by procedure, with the Decision 766 indicators (one-stop-v1)',
          querystring: DossiersReportQueryWithDocument,
          response: {
            200: jsonOrDocument(DossiersReport, 'The dossiers statistics report'),
            ...errorResponses,
          },
        },
      },
      async (request, reply) => {
        const actor = actorOf(request);
        const { board, from, to, format, number, date, signer, signerTitle } = request.query;
        const report = await dossiersReport(app.db, actor, { boards: board, from, to });
        if (format !== 'docx' && format !== 'xlsx') return report;
        return sendDocument(
          reply,
          await dossiersReportFile(app.db, actor, report, format, { number, date, signer, signerTitle }),
        );
      },
    );
  };
}
