/**
 * The data package's bloc kinds (blocs-v1, additive to data-package-v1): `blocs` (each with its
 * years' members, leader and deputy) and `blocReturns` (the members' returns) — their checks
 * (run by packages/package-validation.ts), their writing (packages/package-import.service.ts, in
 * the import's transaction) and their export.
 *
 * - A bloc is upserted by code; creating one needs a national administrator, renaming it one who
 *   manages it. An unchanged record needs no permission.
 * - A year of the package is merged into the database's year, never shrinks it: an export lists
 *   only the exported boards among the members, and importing it where the bloc's full year is
 *   known must not drop the other members. The members are the database's (in their order) and
 *   then the package's new ones; the leader is the package's; the deputy the package's when it
 *   states one, else the database's (unless that is now the leader). Into an empty database this
 *   is exactly the package's year.
 * - Export: the blocs the exported boards have been members of, each year listing only the
 *   package's boards. A year whose leader is not in the package is left out (its leader cannot be
 *   stated truthfully), its deputy is left out when not in the package — so an export always
 *   imports into an empty database. The returns of the package's boards go with the years kept.
 */
import { can, type Actor } from '../../kernel/actor.ts';
import type { Executor } from '../../kernel/db/database.ts';
import { parsePeriod } from '../../../domain/periods.ts';
import type { PackageContext } from '../packages/index.ts';
import * as repo from './blocs.repository.ts';
import { BLOC_CODE_PATTERN, type PackageBloc, type PackageBlocReturn } from './blocs.schemas.ts';
import { blocYearProblems, managesBloc, upsertBloc, writeYear, type BlocYearInput } from './blocs.service.ts';
import { normaliseFigures, writeReturn } from './bloc-returns.service.ts';

export interface BlocCounts {
  created: number;
  updated: number;
  unchanged: number;
}

/** A year in board codes. */
interface CodedYear {
  members: string[];
  leader: string;
  deputy: string | null;
}

/**
 * The year a package's year makes of the database's (see the module's comment): the database's
 * members then the package's new ones; the package's leader; its deputy, or the database's.
 */
export function mergedYear(stored: CodedYear | null, incoming: BlocYearInput): CodedYear {
  const deputy = incoming.deputy ?? null;
  if (!stored) return { members: [...incoming.members], leader: incoming.leader, deputy };
  const members = [...stored.members, ...incoming.members.filter((m) => !stored.members.includes(m))];
  const keptDeputy = deputy ?? (stored.deputy !== incoming.leader ? stored.deputy : null);
  return { members, leader: incoming.leader, deputy: keptDeputy };
}

const sameYear = (a: CodedYear, b: CodedYear) =>
  a.leader === b.leader && a.deputy === b.deputy && a.members.join() === b.members.join();

/** The database's years of these blocs, in board codes, by bloc id then year. */
async function storedYears(
  executor: Executor,
  blocIds: string[],
): Promise<Map<string, Map<number, CodedYear>>> {
  const years = await repo.yearsOfBlocs(executor, blocIds);
  const ids = years.flatMap((y) => [
    ...y.memberIds,
    y.leaderBoardId,
    ...(y.deputyBoardId ? [y.deputyBoardId] : []),
  ]);
  const codeOf = new Map((await repo.findBoardsByIds(executor, ids)).map((b) => [b.id, b.code]));
  const byBloc = new Map<string, Map<number, CodedYear>>();
  for (const y of years) {
    const map = byBloc.get(y.blocId) ?? new Map<number, CodedYear>();
    map.set(y.year, {
      members: y.memberIds.map((id) => codeOf.get(id)!),
      leader: codeOf.get(y.leaderBoardId)!,
      deputy: y.deputyBoardId ? codeOf.get(y.deputyBoardId)! : null,
    });
    byBloc.set(y.blocId, map);
  }
  return byBloc;
}

/** What checking the blocs learned, for checking the returns. */
export interface PackageBlocsCheck {
  /** Each bloc's years after the import (package merged into the database), by bloc code. */
  yearsAfter: Map<string, Map<number, CodedYear>>;
  /** The bloc stored under each code the package names, if any. */
  stored: Map<string, repo.BlocRow>;
}

/**
 * Each bloc once, with a valid code; each year once, right by the rules of a year (members known
 * to the database or the package, not dissolved before the year, leader and deputy members and
 * different); permission for what would change.
 */
export async function checkPackageBlocs(ctx: PackageContext): Promise<PackageBlocsCheck> {
  const { problems, actor, executor } = ctx;
  const packageBoards = new Map([...ctx.valid.boards.values()].map((b) => [b.code, b]));
  const named = new Set<string>();
  for (const bloc of ctx.valid.blocs.values())
    for (const y of bloc.years)
      [...y.members, y.leader, ...(y.deputy ? [y.deputy] : [])].forEach((c) => named.add(c));
  const dbBoards = new Map((await repo.findBoardsByCodes(executor, [...named])).map((b) => [b.code, b]));
  const lookup = (code: string) => {
    const declared = packageBoards.get(code);
    if (declared) return { dissolvedOn: declared.dissolvedOn ?? dbBoards.get(code)?.dissolvedOn ?? null };
    return dbBoards.get(code) ?? null;
  };
  const codes = [...ctx.valid.blocs.values()].map((b) => b.code);
  const stored = new Map<string, repo.BlocRow>();
  for (const code of new Set(codes)) {
    const row = await repo.findBlocRowByCode(executor, code);
    if (row) stored.set(code, row);
  }
  const before = await storedYears(
    executor,
    [...stored.values()].map((b) => b.id),
  );
  const yearsAfter = new Map<string, Map<number, CodedYear>>();
  for (const bloc of stored.values()) yearsAfter.set(bloc.code, new Map(before.get(bloc.id) ?? []));

  const seen = new Set<string>();
  for (const [index, bloc] of ctx.valid.blocs) {
    if (!BLOC_CODE_PATTERN.test(bloc.code)) {
      problems.add(
        'blocs',
        index,
        bloc.code,
        'code',
        'BLOC_CODE_INVALID',
        `"${bloc.code}" không phải là mã khối thi đua hợp lệ (chữ in hoa, chữ số hoặc "-", tối đa 16 ký tự).`,
      );
      continue;
    }
    if (seen.has(bloc.code)) {
      problems.add(
        'blocs',
        index,
        bloc.code,
        'code',
        'DUPLICATE_CODE',
        `Khối "${bloc.code}" xuất hiện nhiều lần trong gói.`,
      );
      continue;
    }
    seen.add(bloc.code);
    const existing = stored.get(bloc.code);
    const manages = existing ? await managesBloc(executor, actor, existing.id) : false;
    if (!existing && !(can(actor, 'blocs.manage') && actor.scope === 'national'))
      problems.add(
        'blocs',
        index,
        bloc.code,
        'code',
        'FORBIDDEN',
        `Chỉ quản trị viên cấp Bộ mới được tạo khối thi đua "${bloc.code}".`,
      );
    else if (existing && existing.name !== bloc.name && !manages)
      problems.add(
        'blocs',
        index,
        bloc.code,
        'name',
        'FORBIDDEN',
        `Bạn không quản lý khối "${bloc.code}" nên không đổi được tên khối.`,
      );
    const after = yearsAfter.get(bloc.code) ?? new Map<number, CodedYear>();
    yearsAfter.set(bloc.code, after);
    const years = new Set<number>();
    bloc.years.forEach((y, i) => {
      const field = `years.${i}`;
      if (years.has(y.year)) {
        problems.add(
          'blocs',
          index,
          bloc.code,
          `${field}.year`,
          'DUPLICATE_YEAR',
          `Năm ${y.year} của khối "${bloc.code}" xuất hiện nhiều lần.`,
        );
        return;
      }
      years.add(y.year);
      const yearProblems = blocYearProblems(y.year, y, lookup);
      for (const p of yearProblems)
        problems.add(
          'blocs',
          index,
          bloc.code,
          `${field}.${p.field.replace(/\[(\d+)\]/g, '.$1')}`,
          p.code,
          `Năm ${y.year}: ${p.message}`,
        );
      if (yearProblems.length > 0) return;
      const current = after.get(y.year) ?? null;
      const next = mergedYear(current, y);
      if (current && sameYear(current, next)) return;
      if (existing && !manages)
        problems.add(
          'blocs',
          index,
          bloc.code,
          `${field}`,
          'FORBIDDEN',
          `Bạn không quản lý khối "${bloc.code}" nên không đặt được thành viên năm ${y.year}.`,
        );
      after.set(y.year, next);
    });
  }
  return { yearsAfter, stored };
}

/**
 * Each return once, of a bloc in the package or the database, for a member of the period's year
 * (after the import); changing one needs the leader board's writing or the bloc's management.
 */
export async function checkPackageBlocReturns(ctx: PackageContext, blocs: PackageBlocsCheck): Promise<void> {
  const { problems, actor, executor } = ctx;
  const records = [...ctx.valid.blocReturns.entries()];
  const missing = [...new Set(records.map(([, r]) => r.bloc))].filter((c) => !blocs.yearsAfter.has(c));
  for (const code of missing) {
    const row = await repo.findBlocRowByCode(executor, code);
    if (!row) continue;
    blocs.stored.set(code, row);
    blocs.yearsAfter.set(code, (await storedYears(executor, [row.id])).get(row.id) ?? new Map());
  }
  const leaders = new Set<string>();
  for (const years of blocs.yearsAfter.values()) for (const y of years.values()) leaders.add(y.leader);
  const leaderIds = new Map(
    (await repo.findBoardsByCodes(executor, [...leaders])).map((b) => [b.code, b.id]),
  );
  const storedReturns = new Map<string, repo.BlocReturnRow>();
  for (const bloc of blocs.stored.values())
    for (const row of await repo.returnsOfBlocsAndBoards(
      executor,
      [bloc.id],
      (
        await repo.findBoardsByCodes(
          executor,
          records.filter(([, r]) => r.bloc === bloc.code).map(([, r]) => r.board),
        )
      ).map((b) => b.id),
    ))
      storedReturns.set(`${bloc.id}|${row.boardId}|${row.period}`, row);
  const boardIds = new Map(
    (
      await repo.findBoardsByCodes(
        executor,
        records.map(([, r]) => r.board),
      )
    ).map((b) => [b.code, b.id]),
  );
  const manages = new Map<string, boolean>();
  for (const bloc of blocs.stored.values())
    manages.set(bloc.code, await managesBloc(executor, actor, bloc.id));
  const seen = new Set<string>();
  for (const [index, record] of records) {
    const key = `${record.bloc}|${record.board}|${record.period}`;
    if (seen.has(key)) {
      problems.add(
        'blocReturns',
        index,
        record.board,
        'period',
        'DUPLICATE_CODE',
        `Số liệu của ${record.board} kỳ ${record.period} (khối ${record.bloc}) xuất hiện nhiều lần.`,
      );
      continue;
    }
    seen.add(key);
    const years = blocs.yearsAfter.get(record.bloc);
    if (!years) {
      problems.add(
        'blocReturns',
        index,
        record.board,
        'bloc',
        'REFERENCE_NOT_FOUND',
        `Không có khối thi đua "${record.bloc}".`,
      );
      continue;
    }
    const yearNumber = parsePeriod(record.period).year;
    const year = years.get(yearNumber);
    if (!year || !year.members.includes(record.board)) {
      problems.add(
        'blocReturns',
        index,
        record.board,
        'board',
        'BLOC_RETURN_NOT_MEMBER',
        `${record.board} không là thành viên của khối ${record.bloc} năm ${yearNumber}.`,
      );
      continue;
    }
    const bloc = blocs.stored.get(record.bloc);
    const boardId = boardIds.get(record.board);
    const current = bloc && boardId ? storedReturns.get(`${bloc.id}|${boardId}|${record.period}`) : undefined;
    if (current && sameReturn(current, record)) continue;
    const leaderId = leaderIds.get(year.leader);
    const allowed =
      (bloc ? manages.get(record.bloc) : can(actor, 'blocs.manage') && actor.scope === 'national') ||
      (leaderId ? can(actor, 'records.write', leaderId) : can(actor, 'boards.manage'));
    if (!allowed)
      problems.add(
        'blocReturns',
        index,
        record.board,
        'board',
        'FORBIDDEN',
        `Chỉ Ban khối trưởng (${year.leader}) hoặc người quản lý khối mới được ghi số liệu của khối ${record.bloc}.`,
      );
  }
}

function sameReturn(row: repo.BlocReturnRow, record: PackageBlocReturn): boolean {
  const a = normaliseFigures(record);
  const b = normaliseFigures(row as unknown as PackageBlocReturn);
  return (
    (Object.keys(a) as (keyof typeof a)[]).every((k) => a[k] === b[k]) && (record.note ?? null) === row.note
  );
}

/**
 * Writes the package's blocs, then their returns, in the import's transaction (checked already
 * by checkPackageBlocs and checkPackageBlocReturns), each change audited.
 */
export async function upsertPackageBlocs(
  tx: Executor,
  actor: Actor,
  {
    blocs = [],
    blocReturns = [],
  }: { blocs?: PackageBloc[] | undefined; blocReturns?: PackageBlocReturn[] | undefined },
): Promise<{ blocs: BlocCounts; blocReturns: BlocCounts }> {
  const pkg = { blocs, blocReturns };
  const outcome = {
    blocs: { created: 0, updated: 0, unchanged: 0 },
    blocReturns: { created: 0, updated: 0, unchanged: 0 },
  };
  const named = pkg.blocs.flatMap((b) => b.years.flatMap((y) => y.members));
  const boardByCode = new Map(
    (await repo.findBoardsByCodes(tx, [...named, ...pkg.blocReturns.map((r) => r.board)])).map((b) => [
      b.code,
      b,
    ]),
  );
  const blocByCode = new Map<string, repo.BlocRow>();
  for (const record of pkg.blocs) {
    const bloc = await upsertBloc(tx, actor, { code: record.code, name: record.name });
    blocByCode.set(record.code, bloc.row);
    let changed = bloc.outcome !== 'unchanged';
    const stored = (await storedYears(tx, [bloc.row.id])).get(bloc.row.id) ?? new Map<number, CodedYear>();
    for (const year of record.years) {
      const next = mergedYear(stored.get(year.year) ?? null, year);
      const unknown = next.members.filter((c) => !boardByCode.has(c));
      for (const board of await repo.findBoardsByCodes(tx, unknown)) boardByCode.set(board.code, board);
      const written = await writeYear(tx, actor, bloc.row, year.year, {
        memberIds: next.members.map((c) => boardByCode.get(c)!.id),
        leaderBoardId: boardByCode.get(next.leader)!.id,
        deputyBoardId: next.deputy ? boardByCode.get(next.deputy)!.id : null,
      });
      if (written.outcome !== 'unchanged') changed = true;
    }
    outcome.blocs[bloc.outcome === 'created' ? 'created' : changed ? 'updated' : 'unchanged']++;
  }
  for (const record of pkg.blocReturns) {
    const bloc = blocByCode.get(record.bloc) ?? (await repo.findBlocRowByCode(tx, record.bloc))!;
    blocByCode.set(record.bloc, bloc);
    const { bloc: _bloc, board, period, note, ...figures } = record;
    const written = await writeReturn(
      tx,
      actor,
      { bloc, board: boardByCode.get(board)!, period },
      { figures, note: note ?? null, source: 'package' },
    );
    outcome.blocReturns[written.outcome]++;
  }
  return outcome;
}

/**
 * The blocs of the exported boards and their returns, as the package carries them (see the
 * module's comment): `exported` the boards whose blocs come, `inPackage` every board the package
 * declares (the only ones a year may list).
 */
export async function exportPackageBlocs(
  executor: Executor,
  exported: string[],
  inPackage: string[],
): Promise<{ blocs: PackageBloc[]; blocReturns: PackageBlocReturn[] }> {
  const blocRows = await repo.listBlocsByIds(executor, await repo.blocIdsOfBoards(executor, exported));
  const years = await storedYears(
    executor,
    blocRows.map((b) => b.id),
  );
  const boards = await repo.findBoardsByIds(executor, inPackage);
  const codes = new Set(boards.map((b) => b.code));
  const blocs: PackageBloc[] = blocRows.map((bloc) => ({
    code: bloc.code,
    name: bloc.name,
    years: [...(years.get(bloc.id) ?? new Map<number, CodedYear>()).entries()]
      .filter(([, y]) => codes.has(y.leader))
      .map(([year, y]) => ({
        year,
        members: y.members.filter((m) => codes.has(m)),
        leader: y.leader,
        ...(y.deputy && codes.has(y.deputy) ? { deputy: y.deputy } : {}),
      })),
  }));
  const codeOf = new Map(boards.map((b) => [b.id, b.code]));
  const returns = await repo.returnsOfBlocsAndBoards(
    executor,
    blocRows.map((b) => b.id),
    inPackage,
  );
  const blocReturns = returns.flatMap((row): PackageBlocReturn[] => {
    const bloc = blocs.find((b) => b.code === blocRows.find((r) => r.id === row.blocId)!.code)!;
    const board = codeOf.get(row.boardId)!;
    const year = bloc.years.find((y) => y.year === parsePeriod(row.period).year);
    if (!year?.members.includes(board)) return [];
    const figures = normaliseFigures(row as unknown as PackageBlocReturn);
    return [
      { bloc: bloc.code, board, period: row.period, ...figures, ...(row.note ? { note: row.note } : {}) },
    ];
  });
  return { blocs, blocReturns };
}
