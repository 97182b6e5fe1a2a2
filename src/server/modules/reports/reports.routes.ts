import type { FastifyReply } from 'fastify';
import type { Actor } from '../../kernel/actor.ts';
import { jsonOrDocument, sendDocument } from '../../kernel/documents/document-download.ts';
import { actorOf, type AppInstance } from '../../kernel/http.ts';
import { errorResponses } from '../../kernel/schemas.ts';
import { blocReportFile } from './bloc-report-document.ts';
import { BlocReport, BlocReportQuery } from './bloc-report.schemas.ts';
import { blocReport } from './bloc-report.service.ts';
import { reportFile, type AnyReport, type DocumentOptions } from './report-documents.ts';
import { investmentByMonth, investmentReport } from './investment-report.service.ts';
import { periodicReportFile } from './periodic-report-document.ts';
import { PeriodicReport, PeriodicReportQuery } from './periodic-report.schemas.ts';
import { periodicReport } from './periodic-report.service.ts';
import { productionReport } from './production-report.service.ts';
import {
  DocumentParams,
  InvestmentByMonth,
  InvestmentReport,
  InvestmentReportQuery,
  ProductionReport,
  ProductionReportQuery,
  ZonesReport,
  ZonesReportQuery,
} from './reports.schemas.ts';
import { zonesReport } from './zones-report.service.ts';

export async function reportsRoutes(app: AppInstance) {
  const tags = ['reports'];
  /** The report's JSON, or with format=docx / xlsx its document, from that same JSON. */
  const answer = async <R extends AnyReport>(
    reply: FastifyReply,
    actor: Actor,
    query: DocumentOptions & { format?: 'json' | 'docx' | 'xlsx' | undefined },
    report: R,
  ): Promise<R | FastifyReply> => {
    const { format, number, date, signer, signerTitle } = query;
    if (format !== 'docx' && format !== 'xlsx') return report;
    return sendDocument(
      reply,
      await reportFile(app.db, actor, report, format, { number, date, signer, signerTitle }),
    );
  };
  app.get(
    '/reports/investment',
    {
      schema: {
        tags,
        summary: 'Investment attraction in a period and projects in force at its end (reports-v1)',
        querystring: InvestmentReportQuery.extend(DocumentParams),
        response: { 200: jsonOrDocument(InvestmentReport, 'The investment report'), ...errorResponses },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const report = await investmentReport(app.db, actor, {
        boards: request.query.board,
        zones: request.query.zone,
        from: request.query.from,
        to: request.query.to,
        boundariesAsOf: request.query.boundariesAsOf,
      });
      return answer(reply, actor, request.query, report);
    },
  );
  app.get(
    '/reports/investment/monthly',
    {
      schema: {
        tags,
        summary: 'New capital and net adjustments month by month over a period (charts)',
        querystring: InvestmentReportQuery,
        response: { 200: InvestmentByMonth, ...errorResponses },
      },
    },
    async (request) =>
      investmentByMonth(app.db, actorOf(request), {
        boards: request.query.board,
        zones: request.query.zone,
        from: request.query.from,
        to: request.query.to,
        boundariesAsOf: request.query.boundariesAsOf,
      }),
  );
  app.get(
    '/reports/zones',
    {
      schema: {
        tags,
        summary: 'Zones by status at a date, areas and occupancy (reports-v1)',
        querystring: ZonesReportQuery.extend(DocumentParams),
        response: { 200: jsonOrDocument(ZonesReport, 'The zones report'), ...errorResponses },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const report = await zonesReport(app.db, actor, {
        boards: request.query.board,
        zones: request.query.zone,
        asOf: request.query.asOf,
        boundariesAsOf: request.query.boundariesAsOf,
      });
      return answer(reply, actor, request.query, report);
    },
  );
  app.get(
    '/reports/production',
    {
      schema: {
        tags,
        summary: 'Production and business in a period against a year earlier, from enterprises (reports-v1)',
        querystring: ProductionReportQuery.extend(DocumentParams),
        response: { 200: jsonOrDocument(ProductionReport, 'The production report'), ...errorResponses },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const report = await productionReport(app.db, actor, {
        boards: request.query.board,
        zones: request.query.zone,
        period: request.query.period,
        boundariesAsOf: request.query.boundariesAsOf,
      });
      return answer(reply, actor, request.query, report);
    },
  );
  app.get(
    '/reports/periodic',
    {
      schema: {
        tags,
        summary:
          "The board's periodic report (investment, production, zones, the year-on-year comparison and the year's targets) for a month, quarter, half or year",
        querystring: PeriodicReportQuery.extend(DocumentParams),
        response: {
          200: jsonOrDocument(
            PeriodicReport,
            "The periodic report: the three reports for the period, the investment report a year earlier, the year's targets",
          ),
          ...errorResponses,
        },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const { board, period, format, number, date, signer, signerTitle } = request.query;
      const report = await periodicReport(app.db, actor, { boards: board, period });
      if (format !== 'docx' && format !== 'xlsx') return report;
      return sendDocument(
        reply,
        await periodicReportFile(app.db, actor, report, format, { number, date, signer, signerTitle }),
      );
    },
  );
  app.get(
    '/reports/bloc',
    {
      schema: {
        tags,
        summary:
          "The emulation bloc's consolidated report: each member's figures and the bloc's totals for a period against a year earlier, on the same boundaries (blocs-v1)",
        description:
          "Members, leader and deputy are those of the period's year. A member's figures come from its own records (investment, production and zones reports' rules); a member none of whose records are in this database takes them from its return for each period (`source`). Readable by national users, the bloc's users and users of a member board of that year.",
        querystring: BlocReportQuery.extend(DocumentParams),
        response: { 200: jsonOrDocument(BlocReport, "The bloc's consolidated report"), ...errorResponses },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const { bloc, period, boundariesAsOf, format, number, date, signer, signerTitle } = request.query;
      const report = await blocReport(app.db, actor, { bloc, period, boundariesAsOf });
      if (format !== 'docx' && format !== 'xlsx') return report;
      return sendDocument(
        reply,
        await blocReportFile(app.db, actor, report, format, { number, date, signer, signerTitle }),
      );
    },
  );
}
