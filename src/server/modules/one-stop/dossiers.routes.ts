import { can } from '../../kernel/actor.ts';
import { CommonErrors } from '../../kernel/errors.ts';
import { actorOf, type AppInstance } from '../../kernel/http.ts';
import { fileResponse } from '../../kernel/openapi.ts';
import { errorResponses } from '../../kernel/schemas.ts';
import type { ModuleContext } from '../index.ts';
import {
  ATTACHMENT_LIMIT_BYTES,
  ATTACHMENT_MEDIA_TYPES,
  attachFile,
  attachmentFile,
} from './dossier-attachments.service.ts';
import {
  ApologyBody,
  Attention,
  AttentionQuery,
  AttachmentParams,
  DossierAttachment,
  DossierDetail,
  DossierList,
  DossierParams,
  ListDossiersQuery,
  NotAcceptBody,
  ReceiveDossierBody,
  ResultBody,
  ReturnBody,
  StepCompleteBody,
  StepParams,
  StepUpdateBody,
  SubmitDossierBody,
  SuppliedBody,
  SupplementParams,
  SupplementRequestBody,
  UploadQuery,
  VersionBody,
} from './dossiers.schemas.ts';
import * as service from './dossiers.service.ts';
import { sendAttachment } from '../../kernel/documents/document-download.ts';

const detail = { 200: DossierDetail, ...errorResponses };

/** Hồ sơ: receipt, online submission, the dossier's life, what needs doing, its files. */
export function dossiersRoutes(_context: ModuleContext) {
  return async (app: AppInstance) => {
    const tags = ['one-stop'];
    const parseBuffer = (_request: unknown, body: Buffer, done: (err: null, body: Buffer) => void) =>
      done(null, body);
    for (const mediaType of ATTACHMENT_MEDIA_TYPES)
      app.addContentTypeParser(
        mediaType,
        { parseAs: 'buffer', bodyLimit: ATTACHMENT_LIMIT_BYTES },
        parseBuffer,
      );

    app.get(
      '/dossiers',
      {
        config: { enterprise: true },
        schema: {
          tags,
          summary:
            'Dossiers with their due date, working days left and risk today (an enterprise account: its own)',
          querystring: ListDossiersQuery,
          response: { 200: DossierList, ...errorResponses },
        },
      },
      async (request) => service.listDossiers(app.db, actorOf(request), request.query),
    );

    app.get(
      '/dossiers/attention',
      {
        schema: {
          tags,
          summary:
            'What needs doing on a board: due in ≤ 2 working days, overdue, awaiting acceptance, and each department’s open steps',
          querystring: AttentionQuery,
          response: { 200: Attention, ...errorResponses },
        },
      },
      async (request) => service.dossierAttention(app.db, actorOf(request), request.query),
    );

    app.post(
      '/dossiers',
      {
        schema: {
          tags,
          summary: 'Receive a dossier at the counter or by post (tiếp nhận): its code, due date and steps',
          body: ReceiveDossierBody,
          response: { 201: DossierDetail, ...errorResponses },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await service.receiveDossier(app.db, actorOf(request), request.body)),
    );

    app.post(
      '/dossiers/submissions',
      {
        config: { enterprise: true },
        schema: {
          tags,
          summary: 'Submit a dossier online (an enterprise account): it awaits acceptance by the board',
          body: SubmitDossierBody,
          response: { 201: DossierDetail, ...errorResponses },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await service.submitDossier(app.db, actorOf(request), request.body)),
    );

    app.get(
      '/dossiers/:id',
      {
        config: { enterprise: true },
        schema: {
          tags,
          summary: 'A dossier with its procedure version, steps, supplements, events, files and flags',
          params: DossierParams,
          response: detail,
        },
      },
      async (request) => service.getDossier(app.db, actorOf(request), request.params.id),
    );

    app.post(
      '/dossiers/:id/accept',
      {
        schema: {
          tags,
          summary: 'Accept an online submission (tiếp nhận): the clock starts now',
          params: DossierParams,
          body: VersionBody,
          response: detail,
        },
      },
      async (request) => service.acceptDossier(app.db, actorOf(request), request.params.id, request.body),
    );

    app.post(
      '/dossiers/:id/not-accept',
      {
        schema: {
          tags,
          operationId: 'notAcceptDossier',
          summary: 'Refuse an online submission (form 03, không tiếp nhận), with the reason',
          params: DossierParams,
          body: NotAcceptBody,
          response: detail,
        },
      },
      async (request) => service.notAcceptDossier(app.db, actorOf(request), request.params.id, request.body),
    );

    app.post(
      '/dossiers/:id/supplement-requests',
      {
        schema: {
          tags,
          summary: 'Request a supplement (form 02): the clock stops; a second request is flagged (lateBy766)',
          params: DossierParams,
          body: SupplementRequestBody,
          response: detail,
        },
      },
      async (request) => service.requestSupplement(app.db, actorOf(request), request.params.id, request.body),
    );

    app.post(
      '/dossiers/:id/supplements/:supplementId/supplied',
      {
        config: { enterprise: true },
        schema: {
          tags,
          operationId: 'recordDossierSupplementSupplied',
          summary: 'The supplement arrived (staff, or the enterprise owner): the due date moves later',
          params: SupplementParams,
          body: SuppliedBody,
          response: detail,
        },
      },
      async (request) =>
        service.recordSupplied(
          app.db,
          actorOf(request),
          request.params.id,
          request.params.supplementId,
          request.body,
        ),
    );

    app.patch(
      '/dossiers/:id/steps/:stepId',
      {
        schema: {
          tags,
          summary: 'Assign a step to a person of the board (null: nobody)',
          params: StepParams,
          body: StepUpdateBody,
          response: detail,
        },
      },
      async (request) =>
        service.assignStep(app.db, actorOf(request), request.params.id, request.params.stepId, request.body),
    );

    app.post(
      '/dossiers/:id/steps/:stepId/complete',
      {
        schema: {
          tags,
          summary: 'Complete a step',
          params: StepParams,
          body: StepCompleteBody,
          response: detail,
        },
      },
      async (request) =>
        service.completeStep(
          app.db,
          actorOf(request),
          request.params.id,
          request.params.stepId,
          request.body,
        ),
    );

    app.post(
      '/dossiers/:id/result',
      {
        schema: {
          tags,
          operationId: 'recordDossierResult',
          summary:
            'Record the result (approved, refused, withdrawn, stopped); a late dossier needs its apology letter first',
          params: DossierParams,
          body: ResultBody,
          response: detail,
        },
      },
      async (request) => service.recordResult(app.db, actorOf(request), request.params.id, request.body),
    );

    app.post(
      '/dossiers/:id/apology',
      {
        schema: {
          tags,
          operationId: 'recordDossierApology',
          summary:
            'The apology letter of a late dossier with the new date promised (form 04); the legal due date stays',
          params: DossierParams,
          body: ApologyBody,
          response: detail,
        },
      },
      async (request) => service.recordApology(app.db, actorOf(request), request.params.id, request.body),
    );

    app.post(
      '/dossiers/:id/return',
      {
        schema: {
          tags,
          summary: 'Hand the result to the applicant (trả kết quả); a late dossier needs its apology letter',
          params: DossierParams,
          body: ReturnBody,
          response: detail,
        },
      },
      async (request) => service.returnDossier(app.db, actorOf(request), request.params.id, request.body),
    );

    app.post(
      '/dossiers/:id/attachments',
      {
        bodyLimit: ATTACHMENT_LIMIT_BYTES,
        config: { enterprise: true },
        // Nobody who may not attach a file gets the body read (a viewer's 10 MB is refused at once).
        onRequest: async (request) => {
          const actor = actorOf(request);
          if (!can(actor, 'onestop.process') && !can(actor, 'onestop.submit')) throw CommonErrors.FORBIDDEN();
        },
        schema: {
          tags,
          summary: 'Attach a file (PDF, JPEG, PNG, DOCX, XLSX; ≤ 10 MB) as the raw body',
          description:
            'Send the file as the raw body (≤ 10 MB). Its type is read from its first bytes: PDF, JPEG, PNG, or a Word/Excel file; anything else is refused with 415 DOSSIER_ATTACHMENT_TYPE. Staff of the dossier’s board, or the enterprise that owns it.',
          consumes: ATTACHMENT_MEDIA_TYPES,
          params: DossierParams,
          querystring: UploadQuery,
          response: { 201: DossierAttachment, ...errorResponses },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(await attachFile(app.db, actorOf(request), request.params.id, request.query, request.body)),
    );

    app.get(
      '/dossiers/:id/attachments/:attachmentId',
      {
        config: { enterprise: true },
        schema: {
          tags,
          summary: 'Download a file of a dossier, under its name',
          params: AttachmentParams,
          response: {
            200: fileResponse('application/octet-stream', 'The file as uploaded'),
            ...errorResponses,
          },
        },
      },
      async (request, reply) => {
        const file = await attachmentFile(
          app.db,
          actorOf(request),
          request.params.id,
          request.params.attachmentId,
        );
        return sendAttachment(reply, { ...file, contentType: file.mediaType });
      },
    );
  };
}
