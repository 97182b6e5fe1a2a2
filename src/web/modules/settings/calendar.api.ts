/** The working-day calendar's API (one-stop-v1): each year's schedule, and the due-date calculator. */
import { useQuery } from '@tanstack/react-query';
import { api, type ApiBody, type Schema } from '../../shared/api.ts';
import { SETTINGS_KEY } from './settings.api.ts';

export type CalendarYear = Schema<'CalendarYear'>;
export type CalendarDueDate = Schema<'CalendarDueDate'>;
export type CalendarYearBody = ApiBody<'/calendar/years/{year}', 'put'>;

/** The years the page offers (the schedules people look ahead to; others by the command line). */
export const FIRST_YEAR = 2024;
export const LAST_YEAR = 2035;

export function useCalendarYear(year: number) {
  return useQuery({
    queryKey: [...SETTINGS_KEY, 'calendar', year],
    queryFn: () => api.get('/calendar/years/{year}', { path: { year } }),
  });
}

export const setCalendarYear = (year: number, body: CalendarYearBody) =>
  api.put('/calendar/years/{year}', { path: { year }, body });

export const resetCalendarYear = (year: number, version: number | null) =>
  api.delete('/calendar/years/{year}', { path: { year }, query: { version: version ?? undefined } });

export function useDueDate(query: { receivedAt: string; workingDays?: number; days?: number } | null) {
  return useQuery({
    queryKey: ['calendar-due-date', query],
    queryFn: () => api.get('/calendar/due-date', { query: query ?? undefined }),
    enabled: query !== null,
    retry: false,
  });
}
