import { eachInSlices, slicer } from '../../kernel/cooperative.ts';
import { vietnamToday } from '../../../domain/calendar-date.ts';
import { normaliseUsd } from '../../../domain/money.ts';
import type { LedgerEvent } from '../../../domain/licensing-ledger.ts';
import {
  fdiWithoutUsd,
  isAfter,
  isCertificate,
  LICENSING_RULE_MESSAGES,
} from '../../../domain/licensing-rules.ts';
import type { PackageBoards, PackageContext, PackageProjects } from '../packages/index.ts';
import { str } from '../packages/index.ts';
import { implementationsOfProjects } from './capital-implementations.repository.ts';
import { certificatesNumbered } from './licensing-events.repository.ts';
import {
  eventsOfProjects,
  mergeLedger,
  type IncomingEvent,
  type LicensingEventRow,
} from './licensing-events.service.ts';
import { LEDGER_PROBLEM_MESSAGES } from './projects.errors.ts';
import type { ProjectRow } from './projects.service.ts';

/** Each project's licensing history as it will be after the import, by `${boardCode}|${projectCode}`. */
export type PackageLedgers = Map<string, LedgerEvent[]>;

/**
 * A data package's licensing events: a project that resolves to one board the actor may write,
 * no event twice (project, kind, date, document number), then each project's history — the
 * package's events merged with what the database holds — checked as the writer will merge it,
 * and the rules the API's forms keep (domain/licensing-rules.ts, same reasons): no event dated
 * after today, a certificate number no other project of the board bears, USD where an FDI
 * project needs it, no stored implemented capital after a termination the package brings.
 * Returns the merged histories (the implemented capital is checked against them).
 */
export async function checkPackageLicensingEvents(
  ctx: PackageContext,
  { projects, boards }: { projects: PackageProjects; boards: PackageBoards },
): Promise<PackageLedgers> {
  const today = vietnamToday();
  const { problems } = ctx;
  await projects.lookUp(ctx.raw.licensingEvents.map((r) => str(r, 'projectCode')).filter((c) => c !== null));
  const eventKeys = new Map<string, number>();
  const incomingByProject = new Map<string, IncomingEvent[]>(); // `${boardCode}|${projectCode}`
  await eachInSlices(ctx.raw.licensingEvents, (record, index) => {
    const code = str(record, 'projectCode');
    const event = ctx.valid.licensingEvents.get(index);
    if (!code || !event) return;
    const boardCode = projects.resolve('licensingEvents', index, code, 'projectCode');
    if (!boardCode) return;
    const key = `${boardCode}|${code}|${event.kind}|${event.date}|${event.documentNo}`;
    if (eventKeys.has(key)) {
      problems.add(
        'licensingEvents',
        index,
        code,
        'documentNo',
        'DUPLICATE_EVENT',
        `Lần cấp phép trùng với lần ở vị trí ${eventKeys.get(key)} (cùng dự án, loại, ngày và số văn bản).`,
      );
      return;
    }
    eventKeys.set(key, index);
    if (isAfter(event.date, today))
      problems.add(
        'licensingEvents',
        index,
        code,
        'date',
        'EVENT_DATE_IN_FUTURE',
        LICENSING_RULE_MESSAGES.EVENT_DATE_IN_FUTURE,
      );
    const projectKey = `${boardCode}|${code}`;
    incomingByProject.set(projectKey, [
      ...(incomingByProject.get(projectKey) ?? []),
      {
        kind: event.kind,
        date: event.date,
        documentNo: event.documentNo,
        capitalVnd: event.capitalVnd ? BigInt(event.capitalVnd) : null,
        capitalUsd: event.capitalUsd ? normaliseUsd(event.capitalUsd) : null,
        sourceIndex: index,
      },
    ]);
  });

  // Every project with events in the package, and every valid project the package declares.
  const projectsToCheck = new Map<string, { boardCode: string; code: string; row: ProjectRow | null }>();
  for (const key of incomingByProject.keys()) {
    const at = key.indexOf('|');
    const [boardCode, code] = [key.slice(0, at), key.slice(at + 1)];
    projectsToCheck.set(key, { boardCode, code, row: projects.findStored(boardCode, code) });
  }
  for (const [code, declarations] of projects.declarations) {
    for (const { boardCode, index } of declarations) {
      if (!ctx.valid.projects.has(index)) continue;
      const key = `${boardCode}|${code}`;
      if (!projectsToCheck.has(key))
        projectsToCheck.set(key, { boardCode, code, row: projects.findStored(boardCode, code) });
    }
  }
  const existingEvents = new Map<string, LicensingEventRow[]>();
  for (const row of await eventsOfProjects(
    ctx.executor,
    [...projectsToCheck.values()].flatMap((p) => (p.row ? [p.row.id] : [])),
  )) {
    existingEvents.set(row.projectId, [...(existingEvents.get(row.projectId) ?? []), row]);
  }
  // Certificate numbers: one project each within a board, in the package and the database.
  const certificateUsers = new Map<string, Set<string>>(); // `${boardCode}|${documentNo}` → project keys
  const useCertificate = (boardCode: string, documentNo: string, projectKey: string) => {
    const key = `${boardCode}|${documentNo}`;
    certificateUsers.set(key, (certificateUsers.get(key) ?? new Set()).add(projectKey));
  };
  for (const [projectKey, incoming] of incomingByProject)
    for (const event of incoming)
      if (isCertificate(event.kind))
        useCertificate(projectKey.slice(0, projectKey.indexOf('|')), event.documentNo, projectKey);
  const storedBoardIds = [
    ...new Set(
      [...incomingByProject.keys()].map((key) => boards.existing.get(key.slice(0, key.indexOf('|')))?.id),
    ),
  ].filter((id): id is string => id !== undefined);
  const keyOfStored = new Map(
    [...projectsToCheck].flatMap(([key, p]) => (p.row ? [[p.row.id, key] as const] : [])),
  );
  for (const used of await certificatesNumbered(
    ctx.executor,
    storedBoardIds,
    [...incomingByProject.values()].flatMap((events) => events.map((e) => e.documentNo)),
  )) {
    const boardCode = boards.codeOf(used.boardId)!;
    useCertificate(boardCode, used.documentNo, keyOfStored.get(used.projectId) ?? `stored:${used.projectId}`);
  }
  for (const [projectKey, incoming] of incomingByProject) {
    const boardCode = projectKey.slice(0, projectKey.indexOf('|'));
    for (const event of incoming) {
      if (!isCertificate(event.kind)) continue;
      if ((certificateUsers.get(`${boardCode}|${event.documentNo}`)?.size ?? 0) > 1)
        problems.add(
          'licensingEvents',
          event.sourceIndex,
          projectKey.slice(boardCode.length + 1),
          'documentNo',
          'DOCUMENT_NO_TAKEN',
          LICENSING_RULE_MESSAGES.DOCUMENT_NO_TAKEN,
        );
    }
  }

  // Implemented capital already stored, against a termination the package brings.
  const storedImplementations = await implementationsOfProjects(
    ctx.executor,
    [...projectsToCheck].flatMap(([key, p]) =>
      p.row && (incomingByProject.get(key) ?? []).some((e) => e.kind === 'termination') ? [p.row.id] : [],
    ),
  );

  const ledgers: PackageLedgers = new Map();
  const pause = slicer();
  for (const [key, project] of projectsToCheck) {
    await pause();
    const incoming = incomingByProject.get(key) ?? [];
    const merge = mergeLedger(project.row ? (existingEvents.get(project.row.id) ?? []) : [], incoming);
    ledgers.set(key, merge.ordered);
    const declaredIndex = projects.declarations
      .get(project.code)
      ?.find((d) => d.boardCode === project.boardCode)?.index;
    const investmentType =
      (declaredIndex === undefined ? undefined : ctx.valid.projects.get(declaredIndex)?.investmentType) ??
      project.row?.investmentType;
    if (investmentType) {
      for (const index of fdiWithoutUsd(merge.ordered, investmentType)) {
        const source = merge.ordered[index]!.incoming;
        if (source)
          problems.add(
            'licensingEvents',
            source.sourceIndex,
            project.code,
            'capitalUsd',
            'FDI_WITHOUT_USD',
            LICENSING_RULE_MESSAGES.FDI_WITHOUT_USD,
          );
      }
    }
    const termination = merge.ordered.find((e) => e.kind === 'termination');
    if (termination?.incoming && project.row) {
      const later = storedImplementations.filter(
        (row) => row.projectId === project.row!.id && row.asOf > termination.date,
      );
      if (later.length > 0)
        problems.add(
          'licensingEvents',
          termination.incoming.sourceIndex,
          project.code,
          'date',
          'IMPLEMENTED_AFTER_TERMINATION',
          `${LICENSING_RULE_MESSAGES.IMPLEMENTED_AFTER_TERMINATION} (${later.map((row) => row.asOf).join(', ')})`,
        );
    }
    for (const problem of merge.problems) {
      const source = problem.event?.incoming ?? incoming[0];
      const projectIndex = projects.declarations
        .get(project.code)
        ?.find((d) => d.boardCode === project.boardCode)?.index;
      const field =
        problem.reason === 'LEDGER_NEW_WITHOUT_CAPITAL'
          ? 'capitalVnd'
          : problem.reason === 'LEDGER_NO_NEW'
            ? null
            : 'date';
      if (source) {
        problems.add(
          'licensingEvents',
          source.sourceIndex,
          project.code,
          field ?? 'kind',
          problem.reason,
          LEDGER_PROBLEM_MESSAGES[problem.reason],
        );
      } else if (projectIndex !== undefined) {
        problems.add(
          'projects',
          projectIndex,
          project.code,
          null,
          problem.reason,
          LEDGER_PROBLEM_MESSAGES[problem.reason],
        );
      }
    }
  }
  return ledgers;
}
