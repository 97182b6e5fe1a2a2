import { eachInSlices, slicer } from '../../kernel/cooperative.ts';
import { normaliseUsd } from '../../../domain/money.ts';
import type { PackageContext, PackageProjects } from '../packages/index.ts';
import { str } from '../packages/index.ts';
import {
  eventsOfProjects,
  mergeLedger,
  type IncomingEvent,
  type LicensingEventRow,
} from './licensing-events.service.ts';
import { LEDGER_PROBLEM_MESSAGES } from './projects.errors.ts';
import type { ProjectRow } from './projects.service.ts';

/**
 * A data package's licensing events: a project that resolves to one board the actor may write,
 * no event twice (project, kind, date, document number), then each project's history — the
 * package's events merged with what the database holds — checked as the writer will merge it.
 */
export async function checkPackageLicensingEvents(
  ctx: PackageContext,
  { projects }: { projects: PackageProjects },
): Promise<void> {
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
  const pause = slicer();
  for (const [key, project] of projectsToCheck) {
    await pause();
    const incoming = incomingByProject.get(key) ?? [];
    const merge = mergeLedger(project.row ? (existingEvents.get(project.row.id) ?? []) : [], incoming);
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
}
