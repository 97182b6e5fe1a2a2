import { actorOf, type AppInstance } from '../../kernel/http.ts';
import { errorResponses } from '../../kernel/schemas.ts';
import { investmentByMonth, investmentReport } from './investment-report.service.ts';
import { productionReport } from './production-report.service.ts';
import {
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
  app.get(
    '/reports/investment',
    {
      schema: {
        tags,
        summary: 'Investment attraction in a period and projects in force at its end (reports-v1)',
        querystring: InvestmentReportQuery,
        response: { 200: InvestmentReport, ...errorResponses },
      },
    },
    async (request) =>
      investmentReport(app.db, actorOf(request), {
        boards: request.query.board,
        zones: request.query.zone,
        from: request.query.from,
        to: request.query.to,
        boundariesAsOf: request.query.boundariesAsOf,
      }),
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
        querystring: ZonesReportQuery,
        response: { 200: ZonesReport, ...errorResponses },
      },
    },
    async (request) =>
      zonesReport(app.db, actorOf(request), {
        boards: request.query.board,
        zones: request.query.zone,
        asOf: request.query.asOf,
        boundariesAsOf: request.query.boundariesAsOf,
      }),
  );
  app.get(
    '/reports/production',
    {
      schema: {
        tags,
        summary: 'Production and business in a period against a year earlier, from enterprises (reports-v1)',
        querystring: ProductionReportQuery,
        response: { 200: ProductionReport, ...errorResponses },
      },
    },
    async (request) =>
      productionReport(app.db, actorOf(request), {
        boards: request.query.board,
        zones: request.query.zone,
        period: request.query.period,
        boundariesAsOf: request.query.boundariesAsOf,
      }),
  );
}
