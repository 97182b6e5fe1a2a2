import type { Actor } from '../../kernel/actor.ts';
import type { Executor } from '../../kernel/db/database.ts';
import { toVietnamTimestamp } from '../../../domain/calendar-date.ts';
import { exportPackageBlocs, listBoardsByIds, resolveBoards } from '../boards/index.ts';
import { implementationsOfBoards } from '../projects/index.ts';
import { eventsOfBoards } from '../projects/index.ts';
import { investorsOfProjects, projectsOfBoards } from '../projects/index.ts';
import { enterprisesOfBoards, projectIdsOfEnterprises } from '../enterprises/index.ts';
import { reportsOfEnterprises } from '../filing/index.ts';
import { exportPackageOneStop } from '../one-stop/index.ts';
import { boardHistories, zonesWithHistories } from '../zones/index.ts';
import { PACKAGE_FORMAT, type DataPackage } from './data-package.schema.ts';

/** Drops null and undefined fields, so optional fields are simply absent. */
function compact<T extends Record<string, unknown>>(record: T): T {
  return Object.fromEntries(Object.entries(record).filter(([, v]) => v !== null && v !== undefined)) as T;
}

/**
 * Everything the named boards hold (every visible board when none is named), as a data package
 * v1: backup, exchange with the bloc and the ministry. Importing it into an empty database
 * reproduces every report figure.
 */
export async function exportPackage(
  executor: Executor,
  actor: Actor,
  boardCodes?: string[],
): Promise<DataPackage> {
  const boards = await resolveBoards(executor, actor, boardCodes);
  const boardIds = boards.map((b) => b.id);
  const zones = await zonesWithHistories(executor, boardIds);
  const boardHistory = await boardHistories(
    executor,
    zones.map(({ row }) => row.id),
  );
  // Boards the exported ones name (successors, former holders of their zones) come too, as
  // boards only, so the package stands on its own (organisation-v1).
  const named = new Set([
    ...boards.flatMap((b) => (b.succeededBy ? [b.succeededBy] : [])),
    ...[...boardHistory.values()].flatMap((history) => history.map((h) => h.boardId)),
  ]);
  const others = await listBoardsByIds(
    executor,
    [...named].filter((id) => !boardIds.includes(id) && actor.visibleBoardIds.includes(id)),
  );
  const allBoards = [...boards, ...others];
  const boardCode = new Map(allBoards.map((b) => [b.id, b.code]));
  const zoneCode = new Map(zones.map(({ row }) => [row.id, row.code]));
  const projects = await projectsOfBoards(executor, boardIds);
  const projectCode = new Map(projects.map((p) => [p.id, p.code]));
  const investors = await investorsOfProjects(
    executor,
    projects.map((p) => p.id),
  );
  const events = await eventsOfBoards(executor, boardIds);
  const eventsByProject = new Map<string, typeof events>();
  for (const event of events)
    eventsByProject.set(event.projectId, [...(eventsByProject.get(event.projectId) ?? []), event]);
  const implementations = await implementationsOfBoards(executor, boardIds);
  const implementationsByProject = new Map<string, typeof implementations>();
  for (const entry of implementations)
    implementationsByProject.set(entry.projectId, [
      ...(implementationsByProject.get(entry.projectId) ?? []),
      entry,
    ]);
  const enterprises = await enterprisesOfBoards(executor, boardIds);
  const enterpriseProjects = await projectIdsOfEnterprises(
    executor,
    enterprises.map((e) => e.id),
  );
  // Only accepted reports are the board's figures; drafts and filings under review stay behind.
  const reports = (
    await reportsOfEnterprises(
      executor,
      enterprises.map((e) => e.id),
    )
  ).filter((r) => r.status === 'accepted');
  const taxCode = new Map(enterprises.map((e) => [e.id, e.taxCode]));
  const enterpriseBoard = new Map(enterprises.map((e) => [e.id, boardCode.get(e.boardId)!]));
  const oneStop = await exportPackageOneStop(
    executor,
    boardIds,
    (id) => boardCode.get(id)!,
    (id) => {
      const code = taxCode.get(id);
      return code === undefined ? undefined : { taxCode: code, boardCode: enterpriseBoard.get(id)! };
    },
  );
  const blocs = await exportPackageBlocs(
    executor,
    boardIds,
    allBoards.map((b) => b.id),
  );

  return {
    format: PACKAGE_FORMAT,
    version: 1,
    exportedAt: toVietnamTimestamp(new Date()),
    boards: allBoards.map((b) =>
      compact({
        code: b.code,
        name: b.name,
        provinceCode: b.provinceCode,
        dissolvedOn: b.dissolvedOn,
        succeededBy: b.succeededBy ? boardCode.get(b.succeededBy) : null,
      }),
    ),
    zones: zones.map(({ row, history, landHistory, parentZoneCode }) =>
      compact({
        code: row.code,
        boardCode: boardCode.get(row.boardId)!,
        name: row.name,
        kind: row.kind,
        status: row.status,
        statusHistory: history.length > 0 ? history : null,
        boardHistory: boardHistory.has(row.id)
          ? boardHistory
              .get(row.id)!
              .map((h) => compact({ boardCode: boardCode.get(h.boardId)!, since: h.since }))
          : null,
        areaHa: row.areaHa,
        parentZoneCode,
        industrialLandHa: row.industrialLandHa,
        leasedLandHa: row.leasedLandHa,
        serviceLandHa: row.serviceLandHa,
        leasedServiceLandHa: row.leasedServiceLandHa,
        landHistory: landHistory.length > 0 ? landHistory.map((entry) => compact({ ...entry })) : null,
        developer: row.developer,
      }),
    ),
    projects: projects.map((p) =>
      compact({
        code: p.code,
        boardCode: boardCode.get(p.boardId)!,
        zoneCode: p.zoneCode,
        name: p.name,
        investmentType: p.investmentType,
        investors: (investors.get(p.id) ?? []).map((i) => ({ name: i.name, country: i.country })),
        sector: p.sector,
        landHa: p.landHa,
      }),
    ),
    licensingEvents: projects.flatMap((p) =>
      (eventsByProject.get(p.id) ?? []).map((e) =>
        compact({
          projectCode: p.code,
          kind: e.kind,
          date: e.eventDate,
          documentNo: e.documentNo,
          capitalVnd: e.capitalVnd?.toString(),
          capitalUsd: e.capitalUsd,
        }),
      ),
    ),
    capitalImplementations: projects.flatMap((p) =>
      (implementationsByProject.get(p.id) ?? []).map((i) => ({
        projectCode: p.code,
        asOf: i.asOf,
        implementedVnd: i.implementedVnd.toString(),
      })),
    ),
    enterprises: enterprises.map((e) =>
      compact({
        taxCode: e.taxCode,
        boardCode: boardCode.get(e.boardId)!,
        zoneCode: zoneCode.get(e.zoneId)!,
        name: e.name,
        investmentType: e.investmentType,
        projectCodes: (enterpriseProjects.get(e.id) ?? []).map((id) => projectCode.get(id)!).sort(),
      }),
    ),
    enterpriseReports: reports.map((r) =>
      compact({
        taxCode: taxCode.get(r.enterpriseId)!,
        period: r.period,
        productionValueVnd: r.productionValueVnd?.toString(),
        revenueVnd: r.revenueVnd?.toString(),
        exportUsd: r.exportUsd,
        importUsd: r.importUsd,
        budgetPaidVnd: r.budgetPaidVnd?.toString(),
        revenueUsd: r.revenueUsd,
        budgetPaidUsd: r.budgetPaidUsd,
        workers: r.workers,
        insuredWorkers: r.insuredWorkers,
        averageIncomeVnd: r.averageIncomeVnd?.toString(),
      }),
    ),
    ...oneStop,
    ...blocs,
  };
}
