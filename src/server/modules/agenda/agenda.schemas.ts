import { z } from 'zod';
import { AGENDA_URGENCIES } from '../../../domain/agenda.ts';
import { MAX_CALENDAR_YEAR, MIN_CALENDAR_YEAR } from '../../../domain/working-days.ts';
import { CalendarDate, Uuid } from '../../kernel/schemas.ts';
import { BoardCode } from '../boards/index.ts';

export const AgendaQuery = z.strictObject({
  board: BoardCode.optional().meta({
    description: 'The board whose agenda (its code); by default the user’s own board',
  }),
  today: CalendarDate.refine(
    (d) => Number(d.slice(0, 4)) >= MIN_CALENDAR_YEAR && Number(d.slice(0, 4)) < MAX_CALENDAR_YEAR,
    { message: `Ngày phải trong các năm ${MIN_CALENDAR_YEAR}–${MAX_CALENDAR_YEAR - 1}.` },
  )
    .optional()
    .meta({ description: 'The day seen as today (to look ahead); by default today in Vietnam' }),
});
export type AgendaQuery = z.infer<typeof AgendaQuery>;

export const AgendaItem = z
  .object({
    kind: z.string().meta({ description: 'dossier, dossier_submission, report_review, finding_follow_up …' }),
    id: Uuid.meta({ description: 'The record’s id' }),
    board: z.string().meta({ description: 'The board’s code' }),
    urgency: z.enum(AGENDA_URGENCIES),
    title: z.string(),
    detail: z.string(),
    dueOn: CalendarDate.nullable().meta({ description: 'The date it is due, when one is fixed' }),
    days: z.number().int().nullable().meta({
      description: 'Days past due (overdue), days to the due date (due soon, ≤ 0), days waited (waiting)',
    }),
    link: z.string().meta({ description: 'The web page to open it at' }),
  })
  .meta({ id: 'AgendaItem', description: 'One thing to do, from a module' });

const Counts = z.object({
  overdue: z.number().int(),
  dueSoon: z.number().int(),
  waiting: z.number().int(),
});

export const Agenda = z
  .object({
    today: CalendarDate,
    board: z.object({ id: Uuid, code: z.string(), name: z.string() }),
    groups: z.array(
      z.object({
        kind: z.string(),
        items: z.array(AgendaItem).meta({ description: 'The most urgent first, at most 20' }),
        total: z.number().int().meta({ description: 'How many the group has in all' }),
      }),
    ),
    counts: Counts.meta({ description: 'Every group’s items, by urgency' }),
  })
  .meta({ id: 'Agenda', description: 'What needs doing today on a board, gathered from the modules' });
export type Agenda = z.infer<typeof Agenda>;
