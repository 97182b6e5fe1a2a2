/**
 * The project list and the licensing events as Excel workbooks (`?format=xlsx`): the rows the
 * JSON list answers for the same filters — the same service call, every page at once — under a
 * title that names the boards and the filters in words.
 */
import type { Actor } from '../../kernel/actor.ts';
import type { Db } from '../../kernel/db/database.ts';
import {
  assertDownloadable,
  LIST_DOWNLOAD_MAX_ROWS,
  titleLines,
  type ListFile,
} from '../../kernel/documents/list-download.ts';
import { listFileName, writeListWorkbook, type ListColumn } from '../../kernel/documents/list-workbook.ts';
import { readableBoardIds } from '../../kernel/scope.ts';
import { createTranslator } from '../../kernel/translate.ts';
import { vietnamToday } from '../../../domain/calendar-date.ts';
import { countryName } from '../../../domain/countries.ts';
import { formatDate } from '../../../domain/number-format.ts';
import type { Translate } from '../../../domain/report-text.ts';
import { listBoardsByIds } from '../boards/index.ts';
import { listZonesOfBoards } from '../zones/index.ts';
import * as events from './licensing-events.service.ts';
import type { ListLicensingEventsQuery, ListProjectsQuery, ProjectSummary } from './projects.schemas.ts';
import { listProjects } from './projects.service.ts';

type BoardLicensingEvent = Awaited<ReturnType<typeof events.listLicensingEvents>>['items'][number];

/** Every row at once: the JSON list's own call with one page as large as a download may be. */
const ALL_ROWS = { page: 1, pageSize: LIST_DOWNLOAD_MAX_ROWS } as const;

/** The boards a list covers (names for the title, codes for the file name) and their zones' names. */
async function boardsAndZones(db: Db, boardIds: string[]) {
  const boards = await listBoardsByIds(db, boardIds);
  const zones = await listZonesOfBoards(db, boardIds);
  return {
    names: boards.map((b) => b.name),
    codes: boards.map((b) => b.code),
    zoneName: new Map(zones.map((z) => [z.id, z.name])),
    zoneNameByCode: (boardId: string | undefined, code: string) =>
      zones.find((z) => z.code === code && (boardId === undefined || z.boardId === boardId))?.name ?? code,
  };
}

const words = (t: Translate, prefix: string, values: readonly string[]) =>
  values.map((v) => t(`${prefix}.${v}`)).join(', ');

function licensedWords(t: Translate, from: string | undefined, to: string | undefined): string[] {
  const f = 'common:listDownload.filter';
  if (from && to) return [t(`${f}.licensedBetween`, { from: formatDate(from), to: formatDate(to) })];
  if (from) return [t(`${f}.licensedFrom`, { date: formatDate(from) })];
  if (to) return [t(`${f}.licensedTo`, { date: formatDate(to) })];
  return [];
}

export async function downloadProjects(db: Db, actor: Actor, query: ListProjectsQuery): Promise<ListFile> {
  const t = createTranslator('vi');
  const list = await listProjects(db, actor, { ...query, ...ALL_ROWS });
  assertDownloadable(list.total);
  const boardIds = readableBoardIds(actor, 'records.read', query.boardId);
  const scope = await boardsAndZones(db, boardIds);
  const f = 'common:listDownload.filter';
  const c = (key: string) => t(`common:listDownload.columns.${key}`);
  const investor = query.investorId
    ? list.items.flatMap((p) => p.investors).find((i) => i.id === query.investorId)?.name
    : undefined;
  const filters = [
    ...(query.zoneId?.length
      ? [
          t(`${f}.zones`, {
            names: query.zoneId.map((id) => scope.zoneName.get(id) ?? t(`${f}.unknown`)).join(', '),
          }),
        ]
      : []),
    ...(query.investmentType?.length
      ? [t(`${f}.investmentTypes`, { names: words(t, 'common:investmentTypes', query.investmentType) })]
      : []),
    ...(query.status?.length
      ? [t(`${f}.statuses`, { names: words(t, 'common:projectStatuses', query.status) })]
      : []),
    ...licensedWords(t, query.licensedFrom, query.licensedTo),
    ...(query.inForceAt ? [t(`${f}.inForceAt`, { date: formatDate(query.inForceAt) })] : []),
    ...(query.investorId ? [t(`${f}.investor`, { name: investor ?? t(`${f}.unknown`) })] : []),
    ...(query.q ? [t(`${f}.q`, { q: query.q })] : []),
  ];
  const columns: ListColumn<ProjectSummary>[] = [
    { header: c('projectCode'), kind: 'text', value: (p) => p.code },
    { header: c('projectName'), kind: 'text', width: 36, value: (p) => p.name },
    { header: c('zone'), kind: 'text', value: (p) => p.zone.name },
    {
      header: c('investmentType'),
      kind: 'text',
      width: 11,
      value: (p) => t(`common:investmentTypesShort.${p.investmentType}`),
    },
    {
      header: c('investors'),
      kind: 'text',
      width: 30,
      value: (p) => p.investors.map((i) => `${i.name} (${countryName(i.country, 'vi')})`).join('; '),
    },
    { header: c('sector'), kind: 'text', width: 22, value: (p) => p.sector },
    { header: c('landHa'), kind: 'money', decimals: 2, value: (p) => p.landHa },
    { header: c('licensedOn'), kind: 'date', value: (p) => p.licensedOn },
    { header: c('registeredCapitalTy'), kind: 'money', scale: 9, value: (p) => p.registeredCapitalVnd },
    { header: c('registeredCapitalUsd'), kind: 'money', decimals: 2, value: (p) => p.registeredCapitalUsd },
    { header: c('implementedTy'), kind: 'money', scale: 9, value: (p) => p.implementedVnd },
    { header: c('implementedAsOf'), kind: 'date', value: (p) => p.implementedAsOf },
    { header: c('status'), kind: 'text', width: 13, value: (p) => t(`common:projectStatuses.${p.status}`) },
    { header: c('terminatedOn'), kind: 'date', value: (p) => p.terminatedOn },
  ];
  const content = await writeListWorkbook({
    sheetName: t('common:listDownload.projects.sheet'),
    title: t('common:listDownload.projects.title'),
    lines: titleLines(t, { boards: scope.names, filters, rows: list.items.length }),
    columns,
    rows: list.items,
    pageLabel: t('common:listDownload.pageLabel'),
    numberHeader: t('common:listDownload.columns.no'),
  });
  return {
    fileName: listFileName(t('common:listDownload.projects.file'), scope.codes, vietnamToday()),
    content,
  };
}

export async function downloadLicensingEvents(
  db: Db,
  actor: Actor,
  query: ListLicensingEventsQuery,
): Promise<ListFile> {
  const t = createTranslator('vi');
  const list = await events.listLicensingEvents(db, actor, { ...query, ...ALL_ROWS });
  assertDownloadable(list.total);
  const boardIds = readableBoardIds(actor, 'records.read', query.boardId);
  const scope = await boardsAndZones(db, boardIds);
  const f = 'common:listDownload.filter';
  const c = (key: string) => t(`common:listDownload.columns.${key}`);
  const project = query.projectId
    ? list.items.find((e) => e.project.id === query.projectId)?.project
    : undefined;
  const filters = [
    ...(query.zoneId?.length
      ? [
          t(`${f}.zones`, {
            names: query.zoneId.map((id) => scope.zoneName.get(id) ?? t(`${f}.unknown`)).join(', '),
          }),
        ]
      : []),
    ...(query.projectId
      ? [t(`${f}.project`, { name: project ? `${project.code} ${project.name}` : t(`${f}.unknown`) })]
      : []),
    ...(query.kind?.length ? [t(`${f}.kinds`, { names: words(t, 'common:eventKinds', query.kind) })] : []),
    ...(query.investmentType?.length
      ? [t(`${f}.investmentTypes`, { names: words(t, 'common:investmentTypes', query.investmentType) })]
      : []),
    ...(query.from && query.to
      ? [t(`${f}.between`, { from: formatDate(query.from), to: formatDate(query.to) })]
      : query.from
        ? [t(`${f}.from`, { date: formatDate(query.from) })]
        : query.to
          ? [t(`${f}.to`, { date: formatDate(query.to) })]
          : []),
    ...(query.change ? [t(`${f}.${query.change}`)] : []),
  ];
  // One board: its zone of that code; several boards may reuse a code, so the code is kept.
  const zone = (e: BoardLicensingEvent) =>
    boardIds.length === 1 ? scope.zoneNameByCode(boardIds[0], e.project.zoneCode) : e.project.zoneCode;
  const columns: ListColumn<BoardLicensingEvent>[] = [
    { header: c('eventDate'), kind: 'date', value: (e) => e.date },
    { header: c('eventKind'), kind: 'text', width: 11, value: (e) => t(`common:eventKinds.${e.kind}`) },
    { header: c('documentNo'), kind: 'text', width: 16, value: (e) => e.documentNo },
    { header: c('projectCode'), kind: 'text', value: (e) => e.project.code },
    { header: c('projectName'), kind: 'text', width: 36, value: (e) => e.project.name },
    { header: c('zone'), kind: 'text', value: zone },
    {
      header: c('investmentType'),
      kind: 'text',
      width: 11,
      value: (e) => t(`common:investmentTypesShort.${e.project.investmentType}`),
    },
    { header: c('capitalBeforeTy'), kind: 'money', scale: 9, value: (e) => e.capitalVndBefore },
    { header: c('capitalAfterTy'), kind: 'money', scale: 9, value: (e) => e.capitalVndAfter },
    { header: c('capitalChangeTy'), kind: 'money', scale: 9, value: (e) => e.capitalChangeVnd },
    { header: c('capitalAfterUsd'), kind: 'money', decimals: 2, value: (e) => e.capitalUsdAfter },
    { header: c('note'), kind: 'text', width: 30, value: (e) => e.note },
  ];
  const content = await writeListWorkbook({
    sheetName: t('common:listDownload.licensingEvents.sheet'),
    title: t('common:listDownload.licensingEvents.title'),
    lines: titleLines(t, { boards: scope.names, filters, rows: list.items.length }),
    columns,
    rows: list.items,
    pageLabel: t('common:listDownload.pageLabel'),
    numberHeader: t('common:listDownload.columns.no'),
  });
  return {
    fileName: listFileName(t('common:listDownload.licensingEvents.file'), scope.codes, vietnamToday()),
    content,
  };
}
