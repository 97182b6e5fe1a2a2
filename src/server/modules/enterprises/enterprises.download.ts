/**
 * The enterprise list as an Excel workbook (`GET /enterprises?format=xlsx`): the rows the JSON
 * list answers for the same filters — the same service call, every page at once.
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
import { periodPhrase } from '../../../domain/production-report-text.ts';
import { listBoardsByIds } from '../boards/index.ts';
import { listZonesOfBoards } from '../zones/index.ts';
import type { Enterprise, ListEnterprisesQuery } from './enterprises.schemas.ts';
import { listEnterprises } from './enterprises.service.ts';

const lower = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

export async function downloadEnterprises(
  db: Db,
  actor: Actor,
  query: ListEnterprisesQuery,
): Promise<ListFile> {
  const t = createTranslator('vi');
  const list = await listEnterprises(db, actor, { ...query, page: 1, pageSize: LIST_DOWNLOAD_MAX_ROWS });
  assertDownloadable(list.total);
  const boardIds = readableBoardIds(actor, 'statistics.read', query.boardId);
  const boards = await listBoardsByIds(db, boardIds);
  const zoneName = new Map((await listZonesOfBoards(db, boardIds)).map((z) => [z.id, z.name]));
  const f = 'common:listDownload.filter';
  const c = (key: string) => t(`common:listDownload.columns.${key}`);
  const filters = [
    ...(query.zoneId ? [t(`${f}.zones`, { names: zoneName.get(query.zoneId) ?? t(`${f}.unknown`) })] : []),
    ...(query.investmentType
      ? [t(`${f}.investmentTypes`, { names: t(`common:investmentTypes.${query.investmentType}`) })]
      : []),
    ...(query.period ? [t(`${f}.period`, { period: lower(periodPhrase(query.period, t)) })] : []),
    ...(query.q ? [t(`${f}.q`, { q: query.q })] : []),
  ];
  const columns: ListColumn<Enterprise>[] = [
    { header: c('taxCode'), kind: 'text', width: 13, value: (e) => e.taxCode },
    { header: c('enterpriseName'), kind: 'text', width: 40, value: (e) => e.name },
    { header: c('zone'), kind: 'text', value: (e) => zoneName.get(e.zoneId) ?? '' },
    {
      header: c('investmentType'),
      kind: 'text',
      width: 11,
      value: (e) => t(`common:investmentTypesShort.${e.investmentType}`),
    },
    { header: c('operatingSince'), kind: 'date', value: (e) => e.operatingSince },
    { header: c('operatingUntil'), kind: 'date', value: (e) => e.operatingUntil },
    { header: c('projects'), kind: 'count', width: 8, value: (e) => e.projectIds.length },
  ];
  const content = await writeListWorkbook({
    sheetName: t('common:listDownload.enterprises.sheet'),
    title: t('common:listDownload.enterprises.title'),
    lines: titleLines(t, { boards: boards.map((b) => b.name), filters, rows: list.items.length }),
    columns,
    rows: list.items,
    pageLabel: t('common:listDownload.pageLabel'),
    numberHeader: c('no'),
  });
  return {
    fileName: listFileName(
      t('common:listDownload.enterprises.file'),
      boards.map((b) => b.code),
      vietnamToday(),
    ),
    content,
  };
}
