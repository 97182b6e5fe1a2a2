/**
 * Who may read and write a bloc's emulation (its movements, covenant, scoring table and the
 * review of sheets) in a year: read by national users, the bloc's own users and the users of any
 * member board of that year; written by the leader board's staff of that year (`emulation.manage`
 * on it), a national administrator, or the bloc's own administrator (`blocs.manage`). The bloc of
 * a bloc user is not on the actor: it is read from the user's record.
 */
import { and, asc, eq } from 'drizzle-orm';
import { can, type Actor } from '../../kernel/actor.ts';
import type { Executor } from '../../kernel/db/database.ts';
import { CommonErrors } from '../../kernel/errors.ts';
import { blocs, blocYearMembers, blocYears, boards } from '../boards/index.ts';
import { EmulationErrors } from './emulation.errors.ts';

export interface BlocRow {
  id: string;
  code: string;
  name: string;
}

export interface BlocMember {
  id: string;
  code: string;
  name: string;
  provinceCode: string | null;
}

/** A bloc's year: its members in the bloc's order, its leader and deputy. */
export interface BlocYear {
  bloc: BlocRow;
  year: number;
  leaderBoardId: string;
  deputyBoardId: string | null;
  members: BlocMember[];
}

export async function loadBloc(executor: Executor, code: string): Promise<BlocRow> {
  const [row] = await executor
    .select({ id: blocs.id, code: blocs.code, name: blocs.name })
    .from(blocs)
    .where(eq(blocs.code, code));
  if (!row)
    throw EmulationErrors.EMULATION_BLOC_NOT_FOUND([
      { path: 'params.code', message: `Không có khối thi đua mã ${code}.`, reason: 'not_found', value: code },
    ]);
  return row;
}

/** The bloc's year, or EMULATION_BLOC_YEAR_NOT_FOUND when its members were not set. */
export async function loadBlocYear(executor: Executor, bloc: BlocRow, year: number): Promise<BlocYear> {
  const [row] = await executor
    .select()
    .from(blocYears)
    .where(and(eq(blocYears.blocId, bloc.id), eq(blocYears.year, year)));
  if (!row)
    throw EmulationErrors.EMULATION_BLOC_YEAR_NOT_FOUND([
      {
        path: 'params.year',
        message: `Khối ${bloc.code} chưa có thành viên, khối trưởng năm ${year}.`,
        reason: 'not_found',
        value: year,
      },
    ]);
  const members = await executor
    .select({ id: boards.id, code: boards.code, name: boards.name, provinceCode: boards.provinceCode })
    .from(blocYearMembers)
    .innerJoin(boards, eq(boards.id, blocYearMembers.boardId))
    .where(and(eq(blocYearMembers.blocId, bloc.id), eq(blocYearMembers.year, year)))
    .orderBy(asc(blocYearMembers.position), asc(boards.code));
  return {
    bloc,
    year,
    leaderBoardId: row.leaderBoardId,
    deputyBoardId: row.deputyBoardId,
    members,
  };
}

export async function loadBlocYearByCode(executor: Executor, code: string, year: number): Promise<BlocYear> {
  return loadBlocYear(executor, await loadBloc(executor, code), year);
}

/** Whether the actor may read the bloc's things of this year. */
export async function canReadBlocYear(executor: Executor, actor: Actor, year: BlocYear): Promise<boolean> {
  if (!can(actor, 'records.read')) return false;
  if (actor.scope === 'national') return true;
  if (actor.scope === 'bloc') return (actor.homeBlocId ?? null) === year.bloc.id;
  return actor.homeBoardId !== null && year.members.some((m) => m.id === actor.homeBoardId);
}

export async function assertReadBlocYear(executor: Executor, actor: Actor, year: BlocYear): Promise<void> {
  if (!(await canReadBlocYear(executor, actor, year))) throw CommonErrors.FORBIDDEN();
}

/** Whether the actor administers the bloc: a national administrator, or the bloc's own. */
export async function administersBloc(executor: Executor, actor: Actor, blocId: string): Promise<boolean> {
  if (!can(actor, 'blocs.manage')) return false;
  if (actor.scope === 'national') return true;
  return (actor.homeBlocId ?? null) === blocId;
}

/**
 * Refuses a bloc's write unless the actor is the leader board's staff of the year or administers
 * the bloc: a member that is not the leader gets EMULATION_NOT_BLOC_LEADER, anyone else FORBIDDEN.
 */
export async function assertBlocWriter(executor: Executor, actor: Actor, year: BlocYear): Promise<void> {
  if (await administersBloc(executor, actor, year.bloc.id)) return;
  if (actor.scope === 'board' && can(actor, 'emulation.manage', year.leaderBoardId)) return;
  if (
    actor.scope === 'board' &&
    actor.homeBoardId !== null &&
    can(actor, 'emulation.manage', actor.homeBoardId) &&
    year.members.some((m) => m.id === actor.homeBoardId)
  )
    throw EmulationErrors.EMULATION_NOT_BLOC_LEADER();
  throw CommonErrors.FORBIDDEN();
}

/** The member of the year with this code, or SCORING_NOT_MEMBER. */
export function memberOf(year: BlocYear, code: string, path = 'params.board'): BlocMember {
  const member = year.members.find((m) => m.code === code);
  if (!member)
    throw EmulationErrors.SCORING_NOT_MEMBER([
      {
        path,
        message: `${code} không là thành viên khối ${year.bloc.code} năm ${year.year}.`,
        reason: 'not_member',
        value: code,
      },
    ]);
  return member;
}
