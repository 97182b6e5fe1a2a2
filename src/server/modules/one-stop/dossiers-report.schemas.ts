import { z } from 'zod';
import { DocumentParams } from '../../kernel/documents/document-params.ts';
import { CalendarDate, repeatable } from '../../kernel/schemas.ts';

const Pct = z.number().nullable();
const Count = z.number().int();
const BoardCodeParam = z.string().min(1).max(16);

export const DossiersReportQuery = z.strictObject({
  board: repeatable(BoardCodeParam),
  from: CalendarDate,
  to: CalendarDate,
});

export const DossiersReportQueryWithDocument = DossiersReportQuery.extend(DocumentParams);

const Received = z.object({
  total: Count,
  carriedOver: Count,
  new: Count,
  online: Count,
  onlinePct: Pct,
});
const Resolved = z.object({ total: Count, early: Count, onTime: Count, late: Count, onTimePct: Pct });
const Pending = z.object({ total: Count, notDue: Count, overdue: Count });

export const Indicator766 = z
  .object({
    indicator: z.string(),
    dossiers: Count.describe('the denominator'),
    count: Count.describe('the numerator'),
    pct: Pct,
    points: z.string().nullable().describe('two decimals, exact; null without dossiers'),
    maxPoints: z.number().int(),
  })
  .meta({ id: 'Indicator766' });

const Indicators766 = z
  .object({
    onTime: Indicator766.describe(
      '2.1: dossiers finished, or in progress at the end of the period, on or before their due date ÷ dossiers received or processed in the period; 20 × rate',
    ),
    onlineShare: Indicator766.describe(
      '3.3: dossiers received online ÷ dossiers received in the period; 12 points from 50 %, else rate × 12 ÷ 50 %',
    ),
  })
  .describe('Decision 766/QĐ-TTg indicators computed from the dossiers (additive to one-stop-v1)');

export const DossiersReport = z
  .object({
    report: z.literal('dossiers'),
    boards: z.array(z.string()),
    from: z.string(),
    to: z.string(),
    received: Received,
    resolved: Resolved,
    pending: Pending,
    indicators766: Indicators766,
    byProcedure: z.array(
      z.object({
        board: z.string(),
        procedure: z.string(),
        name: z.string().describe("the procedure's name as in force at the end of the period"),
        received: Received,
        resolved: Resolved,
        pending: Pending,
        indicators766: Indicators766,
      }),
    ),
  })
  .meta({ id: 'DossiersReport' });
export type DossiersReport = z.infer<typeof DossiersReport>;
export type DossierFigures = Pick<DossiersReport, 'received' | 'resolved' | 'pending' | 'indicators766'>;
