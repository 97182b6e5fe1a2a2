import { actorOf, type AppInstance } from '../../kernel/http.ts';
import { errorResponses } from '../../kernel/schemas.ts';
import type { ModuleContext } from '../index.ts';
import {
  CalendarYear,
  CalendarYearList,
  CalendarYearsQuery,
  DueDate,
  DueDateQuery,
  ResetCalendarYearQuery,
  SetCalendarYearBody,
  YearParams,
} from './calendar.schemas.ts';
import * as service from './calendar.service.ts';

/** The working-day calendar (one-stop-v1): due dates, and each year's schedule of days off. */
export function calendarRoutes(_context: ModuleContext) {
  return async (app: AppInstance) => {
    const tags = ['calendar'];
    app.get(
      '/calendar/due-date',
      {
        config: { public: true },
        schema: {
          tags,
          summary:
            'The due date of a deadline in working days (workingDays) or calendar days (days) for a receipt at receivedAt',
          querystring: DueDateQuery,
          response: { 200: DueDate, ...errorResponses },
        },
      },
      async (request) => service.calendarDueDate(app.db, request.query),
    );
    app.get(
      '/calendar/years',
      {
        schema: {
          tags,
          summary: 'The schedules of working days of the years from..to (at most 50)',
          querystring: CalendarYearsQuery,
          response: { 200: CalendarYearList, ...errorResponses },
        },
      },
      async (request) => {
        actorOf(request);
        return service.listCalendarYears(app.db, request.query);
      },
    );
    app.get(
      '/calendar/years/:year',
      {
        schema: {
          tags,
          summary: "A year's schedule: days off, make-up working days, where it comes from",
          params: YearParams,
          response: { 200: CalendarYear, ...errorResponses },
        },
      },
      async (request) => {
        actorOf(request);
        return service.getCalendarYear(app.db, request.params.year);
      },
    );
    app.put(
      '/calendar/years/:year',
      {
        schema: {
          tags,
          summary: "Set a year's schedule as the government announced it (replaces the whole year)",
          params: YearParams,
          body: SetCalendarYearBody,
          response: { 200: CalendarYear, ...errorResponses },
        },
      },
      async (request) => service.setCalendarYear(app.db, actorOf(request), request.params.year, request.body),
    );
    app.delete(
      '/calendar/years/:year',
      {
        schema: {
          tags,
          summary: 'Return a year to its built-in or default schedule',
          params: YearParams,
          querystring: ResetCalendarYearQuery,
          response: { 200: CalendarYear, ...errorResponses },
        },
      },
      async (request) =>
        service.resetCalendarYear(app.db, actorOf(request), request.params.year, request.query.version),
    );
  };
}
