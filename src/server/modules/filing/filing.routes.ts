import { z } from 'zod';
import { actorOf, type AppInstance } from '../../kernel/http.ts';
import { errorResponses, paged, Uuid } from '../../kernel/schemas.ts';
import { ListFormat, listOrWorkbook, sendListFile } from '../../kernel/documents/list-download.ts';
import { BoardQuery, PeriodString } from '../enterprises/index.ts';
import { completeness, reminders } from './completeness.service.ts';
import {
  AcceptBody,
  Completeness,
  EnterpriseReport,
  GrantBody,
  ListReportsQuery,
  ListUnlocksQuery,
  PeriodQuery,
  RefuseBody,
  Reminders,
  ReportDetail,
  ReportWithChecks,
  ReturnBody,
  Rule,
  SaveReportBody,
  SubmitBody,
  UnlockRequest,
  UnlockRequestBody,
  UpdateRuleBody,
} from './filing.schemas.ts';
import * as service from './filing.service.ts';
import * as rules from './statistics-rules.service.ts';
import * as unlocks from './unlock-requests.service.ts';
// Last: the download reaches other modules' faces, which need this module's schemas loaded first.
import { downloadCompleteness } from './completeness.download.ts';

/** Periodic reports and their life, unlock requests, completeness and the validation rules. */
export async function filingRoutes(app: AppInstance) {
  const tags = ['statistics'];
  const params = z.object({ id: Uuid });
  app.put(
    '/enterprises/:enterpriseId/reports/:period',
    {
      config: { enterprise: true },
      schema: {
        tags,
        summary: 'Save a draft of the enterprise’s report for a period; returns it with its checks',
        params: z.object({ enterpriseId: Uuid, period: PeriodString }),
        body: SaveReportBody,
        response: { 200: ReportWithChecks, ...errorResponses },
      },
    },
    async (request) =>
      service.saveReport(
        app.db,
        actorOf(request),
        request.params.enterpriseId,
        request.params.period,
        request.body,
      ),
  );
  app.get(
    '/enterprise-reports',
    {
      config: { enterprise: true },
      schema: {
        tags,
        summary: 'Periodic statistics reports (an enterprise user: its own)',
        querystring: ListReportsQuery,
        response: { 200: paged(EnterpriseReport), ...errorResponses },
      },
    },
    async (request) => service.listReports(app.db, actorOf(request), request.query),
  );
  app.get(
    '/enterprise-reports/:id',
    {
      config: { enterprise: true },
      schema: {
        tags,
        summary: 'One report with its checks and its history (audit entries)',
        params,
        response: { 200: ReportDetail, ...errorResponses },
      },
    },
    async (request) => service.getReport(app.db, actorOf(request), request.params.id),
  );
  app.post(
    '/enterprise-reports/:id/submit',
    {
      config: { enterprise: true },
      schema: {
        tags,
        summary: 'Submit (nộp) a draft or returned report; soft warnings need comments',
        params,
        body: SubmitBody,
        response: { 200: ReportWithChecks, ...errorResponses },
      },
    },
    async (request) => service.submitReport(app.db, actorOf(request), request.params.id, request.body),
  );
  app.post(
    '/enterprise-reports/:id/accept',
    {
      schema: {
        tags,
        summary: 'Accept (tiếp nhận) a submitted report; it is then locked',
        params,
        body: AcceptBody,
        response: { 200: EnterpriseReport, ...errorResponses },
      },
    },
    async (request) => service.acceptReport(app.db, actorOf(request), request.params.id, request.body),
  );
  app.post(
    '/enterprise-reports/:id/return',
    {
      schema: {
        tags,
        summary: 'Return (trả lại) a submitted report with a reason',
        params,
        body: ReturnBody,
        response: { 200: EnterpriseReport, ...errorResponses },
      },
    },
    async (request) => service.returnReport(app.db, actorOf(request), request.params.id, request.body),
  );
  app.post(
    '/enterprise-reports/:id/unlock-requests',
    {
      config: { enterprise: true },
      schema: {
        tags,
        summary: 'Ask to correct an accepted (locked) report',
        params,
        body: UnlockRequestBody,
        response: { 201: UnlockRequest, ...errorResponses },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await unlocks.requestUnlock(app.db, actorOf(request), request.params.id, request.body)),
  );
  app.get(
    '/unlock-requests',
    {
      config: { enterprise: true },
      schema: {
        tags,
        summary: 'Unlock requests (an enterprise user: its own)',
        querystring: ListUnlocksQuery,
        response: { 200: paged(UnlockRequest), ...errorResponses },
      },
    },
    async (request) => unlocks.listUnlockRequests(app.db, actorOf(request), request.query),
  );
  app.post(
    '/unlock-requests/:id/grant',
    {
      schema: {
        tags,
        summary: 'Grant an unlock request: the report goes back to returned (editable)',
        params,
        body: GrantBody,
        response: { 200: UnlockRequest, ...errorResponses },
      },
    },
    async (request) => unlocks.grantUnlock(app.db, actorOf(request), request.params.id, request.body),
  );
  app.post(
    '/unlock-requests/:id/refuse',
    {
      schema: {
        tags,
        summary: 'Refuse an unlock request: the report stays locked',
        params,
        body: RefuseBody,
        response: { 200: UnlockRequest, ...errorResponses },
      },
    },
    async (request) => unlocks.refuseUnlock(app.db, actorOf(request), request.params.id, request.body),
  );
  app.get(
    '/statistics/completeness',
    {
      schema: {
        tags,
        summary: 'Who has filed a period’s report: expected, submitted, on time, late, missing',
        querystring: PeriodQuery.extend({ format: ListFormat }),
        response: {
          200: listOrWorkbook(Completeness, 'The period’s completeness, every expected enterprise'),
          ...errorResponses,
        },
      },
    },
    async (request, reply) => {
      const { format, ...query } = request.query;
      if (format === 'xlsx')
        return sendListFile(reply, await downloadCompleteness(app.db, actorOf(request), query));
      return completeness(app.db, actorOf(request), query);
    },
  );
  app.get(
    '/statistics/reminders',
    {
      schema: {
        tags,
        summary: 'Expected enterprises still to file, with their accounts to remind',
        querystring: PeriodQuery,
        response: { 200: Reminders, ...errorResponses },
      },
    },
    async (request) => reminders(app.db, actorOf(request), request.query),
  );
  app.get(
    '/statistics/rules',
    {
      config: { enterprise: true },
      schema: {
        tags,
        summary: 'Validation rules with the board’s effective severity and parameters',
        querystring: BoardQuery,
        response: { 200: z.array(Rule), ...errorResponses },
      },
    },
    async (request) => rules.listRules(app.db, actorOf(request), request.query.boardId),
  );
  app.put(
    '/statistics/rules/:code',
    {
      schema: {
        tags,
        summary: 'Set a rule’s severity (hard, soft, off) and parameters for the board',
        params: z.object({ code: z.string().max(50) }),
        body: UpdateRuleBody,
        response: { 200: Rule, ...errorResponses },
      },
    },
    async (request) => rules.updateRule(app.db, actorOf(request), request.params.code, request.body),
  );
}
