import { z } from 'zod';
import { actorOf, type AppInstance } from '../../kernel/http.ts';
import { errorResponses, Uuid } from '../../kernel/schemas.ts';
import { BoardQuery } from '../enterprises/index.ts';
import {
  CreatePeriodBody,
  ExchangeRate,
  ListPeriodsQuery,
  PeriodKind,
  PutExchangeRateBody,
  ReportingPeriod,
  Schedule,
  UpdatePeriodBody,
  UpdateScheduleBody,
} from './reporting-calendar.schemas.ts';
import * as service from './reporting-calendar.service.ts';

export async function reportingCalendarRoutes(app: AppInstance) {
  const tags = ['statistics'];
  app.get(
    '/reporting/schedules',
    {
      config: { enterprise: true },
      schema: {
        tags,
        summary: 'The board’s reporting calendar, one row per period kind (defaults created when missing)',
        querystring: BoardQuery,
        response: { 200: z.array(Schedule), ...errorResponses },
      },
    },
    async (request) => service.listSchedules(app.db, actorOf(request), request.query.boardId),
  );
  app.put(
    '/reporting/schedules/:periodKind',
    {
      schema: {
        tags,
        summary: 'Set whether a kind of period is collected and when it is due',
        params: z.object({ periodKind: PeriodKind }),
        body: UpdateScheduleBody,
        response: { 200: Schedule, ...errorResponses },
      },
    },
    async (request) =>
      service.updateSchedule(app.db, actorOf(request), request.params.periodKind, request.body),
  );
  app.get(
    '/reporting/periods',
    {
      config: { enterprise: true },
      schema: {
        tags,
        summary: 'The board’s reporting periods (kỳ báo cáo) with due dates',
        querystring: ListPeriodsQuery,
        response: { 200: z.array(ReportingPeriod), ...errorResponses },
      },
    },
    async (request) => service.listPeriods(app.db, actorOf(request), request.query),
  );
  app.post(
    '/reporting/periods',
    {
      schema: {
        tags,
        summary: 'Open a reporting period (due date defaults from the schedule)',
        body: CreatePeriodBody,
        response: { 201: ReportingPeriod, ...errorResponses },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await service.createPeriod(app.db, actorOf(request), request.body)),
  );
  app.patch(
    '/reporting/periods/:id',
    {
      schema: {
        tags,
        summary: 'Open or close a period, or move its due date',
        params: z.object({ id: Uuid }),
        body: UpdatePeriodBody,
        response: { 200: ReportingPeriod, ...errorResponses },
      },
    },
    async (request) => service.updatePeriod(app.db, actorOf(request), request.params.id, request.body),
  );
  app.get(
    '/statistics/exchange-rates',
    {
      config: { enterprise: true },
      schema: {
        tags,
        summary: 'USD exchange rates (tỷ giá) by period',
        querystring: BoardQuery,
        response: { 200: z.array(ExchangeRate), ...errorResponses },
      },
    },
    async (request) => service.listRates(app.db, actorOf(request), request.query.boardId),
  );
  app.put(
    '/statistics/exchange-rates',
    {
      schema: {
        tags,
        summary: 'Set the rate of a period (version required to change an existing one)',
        body: PutExchangeRateBody,
        response: { 200: ExchangeRate, ...errorResponses },
      },
    },
    async (request) => service.putRate(app.db, actorOf(request), request.body),
  );
}
