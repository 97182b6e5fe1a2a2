import { sendDocument } from '../../kernel/documents/document-download.ts';
import { DOCX_CONTENT_TYPE } from '../../kernel/documents/official-report.ts';
import { actorOf, type AppInstance } from '../../kernel/http.ts';
import { fileResponse } from '../../kernel/openapi.ts';
import { errorResponses } from '../../kernel/schemas.ts';
import type { ModuleContext } from '../index.ts';
import { DossierFormParams } from './dossier-forms.schemas.ts';
import { dossierForm } from './dossier-forms.service.ts';

/** GET /dossiers/:id/forms/:form: a dossier's form 01–04 as a Word document. */
export function dossierFormsRoutes(_context: ModuleContext) {
  return async (app: AppInstance) => {
    app.get(
      '/dossiers/:id/forms/:form',
      {
        config: { enterprise: true },
        schema: {
          tags: ['one-stop'],
          summary:
            "A dossier's form (Circular 03/2025/TT-VPCP, Annex I) as a Word document in the Decree 30 layout: 01 receipt, 02 supplement request, 03 refusal, 04 apology",
          params: DossierFormParams,
          response: {
            200: fileResponse(DOCX_CONTENT_TYPE, 'The form as a Word document (.docx)'),
            ...errorResponses,
          },
        },
      },
      async (request, reply) =>
        sendDocument(
          reply,
          await dossierForm(app.db, actorOf(request), request.params.id, request.params.form),
        ),
    );
  };
}
