/**
 * The staff home page's agenda (việc cần làm hôm nay): what each module reports as needing
 * attention, in one shape, and the order they are shown in.
 */

/** Overdue first, then due soon, then waiting for someone at the board. */
export const AGENDA_URGENCIES = ['overdue', 'due_soon', 'waiting'] as const;
export type AgendaUrgency = (typeof AGENDA_URGENCIES)[number];

export interface AgendaItem {
  /** Which kind of work: 'finding_follow_up', 'dossier', 'report_review', 'difficulty', 'complaint' … */
  kind: string;
  /** The record's id. */
  id: string;
  /** The board's code. */
  board: string;
  urgency: AgendaUrgency;
  /** What it is, in Vietnamese (e.g. the enterprise and the finding). */
  title: string;
  /** One line more: the stage, who holds it. */
  detail: string;
  /** The date it is due (yyyy-mm-dd), or null when nothing fixes one. */
  dueOn: string | null;
  /** Days past due (positive), or left (negative), or waiting (since), as the kind says. */
  days: number | null;
  /** The web page to open it at (e.g. "/inspection/inspections/…"). */
  link: string;
}
