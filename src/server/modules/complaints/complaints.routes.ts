import type { z } from 'zod';
import { jsonOrDocument, sendDocument } from '../../kernel/documents/document-download.ts';
import { listOrWorkbook, sendListFile } from '../../kernel/documents/list-download.ts';
import { actorOf, type AppInstance } from '../../kernel/http.ts';
import { errorResponses } from '../../kernel/schemas.ts';
import type { ModuleContext } from '../index.ts';
import { complaintStatisticsFile } from './complaints-statistics.documents.ts';
import { complaintStatistics } from './complaints-statistics.service.ts';
import { downloadComplaints } from './complaints.download.ts';
import {
  AcceptBody,
  AssignBody,
  Complaint,
  ComplaintHandler,
  ComplaintList,
  ComplaintParams,
  ComplaintStatistics,
  ComplaintStatisticsQueryWithDocument,
  CreateComplaintBody,
  ExtendBody,
  HandlersQuery,
  ListComplaintsQuery,
  PublishBody,
  RefuseBody,
  Reporter,
  SettleBody,
  UpdateComplaintBody,
  UpdateReporterBody,
  WithdrawBody,
} from './complaints.schemas.ts';
import * as service from './complaints.service.ts';

type Step = 'assign' | 'accept' | 'refuse' | 'extend' | 'settle' | 'publish' | 'withdraw';

/** Complaints, denunciations and petitions (khiếu nại, tố cáo, kiến nghị, phản ánh). */
export function complaintsRoutes(_context: ModuleContext) {
  return async (app: AppInstance) => {
    const tags = ['complaints'];
    app.get(
      '/complaints',
      {
        schema: {
          tags,
          summary:
            'Complaints, denunciations and petitions of the boards whose complaints the user manages, newest first, each with its deadline state (never a reporter)',
          querystring: ListComplaintsQuery,
          response: { 200: listOrWorkbook(ComplaintList, 'A page of complaints'), ...errorResponses },
        },
      },
      async (request, reply) => {
        const actor = actorOf(request);
        if (request.query.format === 'xlsx')
          return sendListFile(reply, await downloadComplaints(app.db, actor, request.query));
        const { boards: _boards, ...page } = await service.listComplaints(app.db, actor, request.query);
        return page;
      },
    );
    app.post(
      '/complaints',
      {
        schema: {
          tags,
          summary:
            'Receive a complaint, denunciation or petition: its number in the board’s register of the kind and year (KN-2025-001), its deadline to accept; the reporter kept apart',
          body: CreateComplaintBody,
          response: { 201: Complaint, ...errorResponses },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await service.createComplaint(app.db, actorOf(request), request.body)),
    );
    app.get(
      '/complaints/handlers',
      {
        schema: {
          tags,
          summary: "Who may be assigned a board's complaints: its active staff, leaders and administrators",
          querystring: HandlersQuery,
          response: { 200: ComplaintHandler.array(), ...errorResponses },
        },
      },
      async (request) => service.listHandlers(app.db, actorOf(request), request.query.board),
    );
    app.get(
      '/complaints/statistics',
      {
        schema: {
          tags,
          summary:
            'The complaints received in a year: by kind, channel and field; accepted, refused, settled on time or late, pending and overdue, results — as JSON, Word or Excel',
          querystring: ComplaintStatisticsQueryWithDocument,
          response: {
            200: jsonOrDocument(ComplaintStatistics, 'The complaints statistics'),
            ...errorResponses,
          },
        },
      },
      async (request, reply) => {
        const actor = actorOf(request);
        const { year, board, format, number, date, signer, signerTitle } = request.query;
        const report = await complaintStatistics(app.db, actor, { year, board });
        if (format !== 'docx' && format !== 'xlsx') return report;
        return sendDocument(
          reply,
          await complaintStatisticsFile(app.db, actor, report, format, { number, date, signer, signerTitle }),
        );
      },
    );
    app.get(
      '/complaints/:id',
      {
        schema: {
          tags,
          summary: 'A complaint, its deadlines and their legal basis (never its reporter)',
          params: ComplaintParams,
          response: { 200: Complaint, ...errorResponses },
        },
      },
      async (request) => service.getComplaint(app.db, actorOf(request), request.params.id),
    );
    app.patch(
      '/complaints/:id',
      {
        schema: {
          tags,
          summary: 'Correct an open complaint’s channel, subject, content, field, respondent or department',
          params: ComplaintParams,
          body: UpdateComplaintBody,
          response: { 200: Complaint, ...errorResponses },
        },
      },
      async (request) => service.updateComplaint(app.db, actorOf(request), request.params.id, request.body),
    );

    const step = <B extends z.ZodType>(
      name: Step,
      summary: string,
      body: B,
      run: (id: string, actor: ReturnType<typeof actorOf>, body: z.infer<B>) => Promise<Complaint>,
    ) =>
      app.post(
        `/complaints/:id/${name}`,
        {
          schema: {
            tags,
            summary,
            params: ComplaintParams,
            body,
            response: { 200: Complaint, ...errorResponses },
          },
        },
        async (request) =>
          run((request.params as { id: string }).id, actorOf(request), request.body as z.infer<B>),
      );
    step(
      'assign',
      'Assign the complaint to a staff member of the board (and a department) to verify and settle it',
      AssignBody,
      (id, actor, body) => service.assignComplaint(app.db, actor, id, body),
    );
    step(
      'accept',
      'Accept it (thụ lý): its deadline to settle is counted from this date, in working days',
      AcceptBody,
      (id, actor, body) => service.acceptComplaint(app.db, actor, id, body),
    );
    step('refuse', 'Refuse to accept it (không thụ lý), with the reason', RefuseBody, (id, actor, body) =>
      service.refuseComplaint(app.db, actor, id, body),
    );
    step(
      'extend',
      'Extend the deadline to settle a complex case, within the limits of its kind (else a specific refusal)',
      ExtendBody,
      (id, actor, body) => service.extendComplaint(app.db, actor, id, body),
    );
    step(
      'settle',
      'Record the settlement: result (upheld, partly, not), summary, decision number and date',
      SettleBody,
      (id, actor, body) => service.settleComplaint(app.db, actor, id, body),
    );
    step(
      'publish',
      'Record the publication of the result (công khai): when and how',
      PublishBody,
      (id, actor, body) => service.publishComplaint(app.db, actor, id, body),
    );
    step(
      'withdraw',
      'Record that the reporter withdrew it (rút đơn), with the reason',
      WithdrawBody,
      (id, actor, body) => service.withdrawComplaint(app.db, actor, id, body),
    );

    app.get(
      '/complaints/:id/reporter',
      {
        schema: {
          tags,
          summary:
            "Who sent it: only for the board's leader and the assigned handler (else 403 COMPLAINT_REPORTER_FORBIDDEN); every read audited",
          params: ComplaintParams,
          response: { 200: Reporter, ...errorResponses },
        },
      },
      async (request) => service.readReporter(app.db, actorOf(request), request.params.id),
    );
    app.put(
      '/complaints/:id/reporter',
      {
        schema: {
          tags,
          summary:
            'Correct who sent it (the same people who may read it); audited by the fields changed, never their values',
          params: ComplaintParams,
          body: UpdateReporterBody,
          response: { 200: Reporter, ...errorResponses },
        },
      },
      async (request) => service.correctReporter(app.db, actorOf(request), request.params.id, request.body),
    );
  };
}
