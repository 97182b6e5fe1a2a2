import { z } from 'zod';
import { jsonOrDocument, sendDocument } from '../../kernel/documents/document-download.ts';
import { DOCX_CONTENT_TYPE } from '../../kernel/documents/official-report.ts';
import { listOrWorkbook, sendListFile } from '../../kernel/documents/list-download.ts';
import { can } from '../../kernel/actor.ts';
import { sendAttachment } from '../../kernel/documents/document-download.ts';
import { CommonErrors } from '../../kernel/errors.ts';
import { actorOf, type AppInstance } from '../../kernel/http.ts';
import { fileResponse } from '../../kernel/openapi.ts';
import { errorResponses } from '../../kernel/schemas.ts';
import type { ModuleContext } from '../index.ts';
import { statisticsFile, inspectionConclusionFile, inspectionRecordFile } from './inspection.documents.ts';
import { downloadInspections } from './inspection.download.ts';
import { followUpFile, uploadFollowUpFile } from './inspection-evidence.service.ts';
import { EVIDENCE_LIMIT_BYTES, EVIDENCE_MEDIA_TYPES } from './inspection-files.ts';
import { InspectionErrors } from './inspection.errors.ts';
import {
  ApprovePlanBody,
  CloseFindingBody,
  ConcludeInspectionBody,
  CreateFindingBody,
  CreateFollowUpBody,
  CreateInspectionBody,
  CreatePlanBody,
  CreatePlanItemBody,
  FollowUpFileQuery,
  InspectionDetail,
  InspectionFindingDetail,
  InspectionFindingList,
  InspectionFollowUp,
  InspectionIdParams,
  InspectionList,
  InspectionPlanDetail,
  InspectionPlanItemAnswer,
  InspectionPlanList,
  InspectionStatistics,
  InspectionStatisticsQuery,
  InspectionVersionQuery,
  ListFindingsQuery,
  ListInspectionsQuery,
  ListPlansQuery,
  ReopenFindingBody,
  UpdateFindingBody,
  UpdateInspectionBody,
  UpdatePlanBody,
  UpdatePlanItemBody,
} from './inspection.schemas.ts';
import { inspectionStatistics } from './inspection-statistics.service.ts';
import * as service from './inspection.service.ts';

/** Plans, inspections, findings and their follow-up, the record and conclusion, the statistics. */
export function inspectionRoutes(_context: ModuleContext) {
  return async (app: AppInstance) => {
    const tags = ['inspection'];
    const params = InspectionIdParams;
    const plan = { 200: InspectionPlanDetail, ...errorResponses };
    const item = { 200: InspectionPlanItemAnswer, ...errorResponses };
    const inspection = { 200: InspectionDetail, ...errorResponses };
    const finding = { 200: InspectionFindingDetail, ...errorResponses };
    const deleted = { 204: z.null(), ...errorResponses };
    // A follow-up's evidence file comes as the raw body (its type read from its bytes).
    const parseBuffer = (_request: unknown, body: Buffer, done: (err: null, body: Buffer) => void) =>
      done(null, body);
    for (const mediaType of EVIDENCE_MEDIA_TYPES)
      app.addContentTypeParser(
        mediaType,
        { parseAs: 'buffer', bodyLimit: EVIDENCE_LIMIT_BYTES },
        parseBuffer,
      );

    // Plans ------------------------------------------------------------------------------------
    app.get(
      '/inspection/plans',
      {
        schema: {
          tags,
          summary: 'A board’s yearly inspection plans (kế hoạch kiểm tra), newest year first',
          querystring: ListPlansQuery,
          response: { 200: InspectionPlanList, ...errorResponses },
        },
      },
      async (request) => service.listPlans(app.db, actorOf(request), request.query),
    );
    app.post(
      '/inspection/plans',
      {
        schema: {
          tags,
          summary: 'Draft a yearly inspection plan',
          body: CreatePlanBody,
          response: { 201: InspectionPlanDetail, ...errorResponses },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await service.createPlan(app.db, actorOf(request), request.body)),
    );
    app.get(
      '/inspection/plans/:id',
      {
        schema: {
          tags,
          summary:
            'A plan with its items (enterprises, topics, month, agencies, inspections done) and the overlap warnings',
          params,
          response: plan,
        },
      },
      async (request) => service.getPlan(app.db, actorOf(request), request.params.id),
    );
    app.patch(
      '/inspection/plans/:id',
      {
        schema: {
          tags,
          summary: 'Edit a plan’s name, note (and year while a draft)',
          params,
          body: UpdatePlanBody,
          response: plan,
        },
      },
      async (request) => service.updatePlan(app.db, actorOf(request), request.params.id, request.body),
    );
    app.delete(
      '/inspection/plans/:id',
      {
        schema: {
          tags,
          summary: 'Delete a draft plan and its items',
          params,
          querystring: InspectionVersionQuery,
          response: deleted,
        },
      },
      async (request, reply) => {
        await service.deletePlan(app.db, actorOf(request), request.params.id, request.query.version);
        return reply.status(204).send(null);
      },
    );
    app.post(
      '/inspection/plans/:id/approve',
      {
        schema: {
          tags,
          summary:
            'Approve a draft plan by decision (number, date, signer); overlaps are listed, not refused',
          params,
          body: ApprovePlanBody,
          response: plan,
        },
      },
      async (request) => service.approvePlan(app.db, actorOf(request), request.params.id, request.body),
    );

    // Plan items -------------------------------------------------------------------------------
    app.post(
      '/inspection/plans/:id/items',
      {
        schema: {
          tags,
          summary: 'Add an enterprise and its topics to a draft plan; answers the plan’s overlaps',
          params,
          body: CreatePlanItemBody,
          response: { 201: InspectionPlanItemAnswer, ...errorResponses },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(await service.createPlanItem(app.db, actorOf(request), request.params.id, request.body)),
    );
    app.patch(
      '/inspection/plan-items/:id',
      {
        schema: {
          tags,
          summary: 'Edit a plan item (enterprise and topics only while the plan is a draft)',
          params,
          body: UpdatePlanItemBody,
          response: item,
        },
      },
      async (request) => service.updatePlanItem(app.db, actorOf(request), request.params.id, request.body),
    );
    app.delete(
      '/inspection/plan-items/:id',
      {
        schema: {
          tags,
          summary: 'Remove a plan item while its plan is a draft and nothing was inspected under it',
          params,
          querystring: InspectionVersionQuery,
          response: deleted,
        },
      },
      async (request, reply) => {
        await service.deletePlanItem(app.db, actorOf(request), request.params.id, request.query.version);
        return reply.status(204).send(null);
      },
    );

    // Inspections ------------------------------------------------------------------------------
    app.get(
      '/inspection/inspections',
      {
        schema: {
          tags,
          summary: 'A board’s inspections (year, status, enterprise, topic, kind), newest first',
          querystring: ListInspectionsQuery,
          response: { 200: listOrWorkbook(InspectionList, 'A page of inspections'), ...errorResponses },
        },
      },
      async (request, reply) => {
        if (request.query.format === 'xlsx')
          return sendListFile(reply, await downloadInspections(app.db, actorOf(request), request.query));
        return service.listInspections(app.db, actorOf(request), request.query);
      },
    );
    app.post(
      '/inspection/inspections',
      {
        schema: {
          tags,
          summary: 'Record an inspection: under an approved plan item, or out of plan at an enterprise',
          body: CreateInspectionBody,
          response: { 201: InspectionDetail, ...errorResponses },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await service.createInspection(app.db, actorOf(request), request.body)),
    );
    app.get(
      '/inspection/inspections/:id',
      {
        schema: {
          tags,
          summary: 'An inspection with its enterprise, plan item, findings (state, follow-ups) and overlaps',
          params,
          response: inspection,
        },
      },
      async (request) => service.getInspection(app.db, actorOf(request), request.params.id),
    );
    app.patch(
      '/inspection/inspections/:id',
      {
        schema: {
          tags,
          summary: 'Edit an inspection (once concluded, only the record’s number, date and summary)',
          params,
          body: UpdateInspectionBody,
          response: inspection,
        },
      },
      async (request) => service.updateInspection(app.db, actorOf(request), request.params.id, request.body),
    );
    app.post(
      '/inspection/inspections/:id/conclude',
      {
        schema: {
          tags,
          summary: 'Issue the inspection’s conclusion (kết luận kiểm tra)',
          params,
          body: ConcludeInspectionBody,
          response: inspection,
        },
      },
      async (request) =>
        service.concludeInspection(app.db, actorOf(request), request.params.id, request.body),
    );
    const wordFile = {
      200: fileResponse(DOCX_CONTENT_TYPE, 'The document as Word (.docx)'),
      ...errorResponses,
    };
    app.get(
      '/inspection/inspections/:id/documents/record',
      {
        schema: {
          tags,
          summary: 'The record of the inspection (biên bản kiểm tra) as Word, Decree 30 layout',
          params,
          response: wordFile,
        },
      },
      async (request, reply) => {
        const actor = actorOf(request);
        const detail = await service.getInspection(app.db, actor, request.params.id);
        return sendDocument(reply, await inspectionRecordFile(app.db, actor, detail));
      },
    );
    app.get(
      '/inspection/inspections/:id/documents/conclusion',
      {
        schema: {
          tags,
          summary:
            'The conclusion (kết luận kiểm tra) as Word, Decree 30 layout; refused before it is issued',
          params,
          response: wordFile,
        },
      },
      async (request, reply) => {
        const actor = actorOf(request);
        const detail = await service.getInspection(app.db, actor, request.params.id);
        if (detail.status !== 'concluded') throw InspectionErrors.INSPECTION_NOT_CONCLUDED();
        return sendDocument(reply, await inspectionConclusionFile(app.db, actor, detail));
      },
    );

    // Findings and follow-up -------------------------------------------------------------------
    app.post(
      '/inspection/inspections/:id/findings',
      {
        schema: {
          tags,
          summary: 'Record a finding: topic, description, legal basis, severity, fine, remedy and deadline',
          params,
          body: CreateFindingBody,
          response: { 201: InspectionFindingDetail, ...errorResponses },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(await service.createFinding(app.db, actorOf(request), request.params.id, request.body)),
    );
    app.patch(
      '/inspection/findings/:id',
      {
        schema: { tags, summary: 'Edit an open finding', params, body: UpdateFindingBody, response: finding },
      },
      async (request) => service.updateFinding(app.db, actorOf(request), request.params.id, request.body),
    );
    app.post(
      '/inspection/findings/:id/follow-ups',
      {
        schema: {
          tags,
          summary: 'Record a follow-up of a finding (what was remedied, its evidence); kept as written',
          params,
          body: CreateFollowUpBody,
          response: { 201: InspectionFollowUp, ...errorResponses },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(await service.addFollowUp(app.db, actorOf(request), request.params.id, request.body)),
    );
    app.put(
      '/inspection/follow-ups/:id/file',
      {
        bodyLimit: EVIDENCE_LIMIT_BYTES,
        // Nobody who may not keep inspections gets the body read (a viewer's 10 MB is refused at once).
        onRequest: async (request) => {
          if (!can(actorOf(request), 'inspection.manage')) throw CommonErrors.FORBIDDEN();
        },
        schema: {
          tags,
          summary: 'Attach the evidence file of a follow-up (PDF, JPEG, PNG; ≤ 10 MB) as the raw body, once',
          description:
            'Send the file as the raw body (≤ 10 MB), its name in `fileName`. Its type is read from its first bytes: PDF, JPEG or PNG; anything else is refused with 415 INSPECTION_FILE_TYPE. A follow-up is kept as written: its file is set once, a second one is refused with 409 INSPECTION_FOLLOW_UP_FILE_EXISTS (record a new follow-up instead). Refused on a closed finding.',
          consumes: EVIDENCE_MEDIA_TYPES,
          params,
          querystring: FollowUpFileQuery,
          response: { 200: InspectionFollowUp, ...errorResponses },
        },
      },
      async (request) =>
        uploadFollowUpFile(app.db, actorOf(request), request.params.id, request.query, request.body),
    );
    app.get(
      '/inspection/follow-ups/:id/file',
      {
        schema: {
          tags,
          summary: 'Download the evidence file of a follow-up, under its name',
          params,
          response: {
            200: fileResponse('application/octet-stream', 'The file as uploaded'),
            ...errorResponses,
          },
        },
      },
      async (request, reply) =>
        sendAttachment(reply, await followUpFile(app.db, actorOf(request), request.params.id)),
    );
    app.post(
      '/inspection/findings/:id/close',
      {
        schema: {
          tags,
          summary: 'Close a finding as remedied (needs a follow-up with evidence)',
          params,
          body: CloseFindingBody,
          response: finding,
        },
      },
      async (request) => service.closeFinding(app.db, actorOf(request), request.params.id, request.body),
    );
    app.post(
      '/inspection/findings/:id/reopen',
      {
        schema: {
          tags,
          summary: 'Reopen a closed finding, with the reason',
          params,
          body: ReopenFindingBody,
          response: finding,
        },
      },
      async (request) => service.reopenFinding(app.db, actorOf(request), request.params.id, request.body),
    );
    app.get(
      '/inspection/findings',
      {
        schema: {
          tags,
          summary: 'The follow-up list across inspections: findings by state on a day, by remedy deadline',
          querystring: ListFindingsQuery,
          response: { 200: InspectionFindingList, ...errorResponses },
        },
      },
      async (request) => service.listFindings(app.db, actorOf(request), request.query),
    );

    // Statistics -------------------------------------------------------------------------------
    app.get(
      '/inspection/statistics',
      {
        schema: {
          tags,
          summary:
            'A year’s inspections against plan, findings by topic (fines, closed, open, overdue), enterprises inspected',
          querystring: InspectionStatisticsQuery,
          response: {
            200: jsonOrDocument(InspectionStatistics, 'The inspection statistics'),
            ...errorResponses,
          },
        },
      },
      async (request, reply) => {
        const actor = actorOf(request);
        const { board, year, asOf, format, number, date, signer, signerTitle } = request.query;
        const report = await inspectionStatistics(app.db, actor, { board, year, asOf });
        if (format !== 'docx' && format !== 'xlsx') return report;
        return sendDocument(
          reply,
          await statisticsFile(app.db, actor, report, format, { number, date, signer, signerTitle }),
        );
      },
    );
  };
}
