/**
 * The register as an Excel workbook (`GET /planning/decisions?format=xlsx`): the rows the JSON
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
import { createTranslator } from '../../kernel/translate.ts';
import { vietnamToday } from '../../../domain/calendar-date.ts';
import { formatDate } from '../../../domain/number-format.ts';
import { ZONE_DECISION_KIND_LABELS } from '../../../domain/zone-decisions.ts';
import { listBoardsByIds } from '../boards/index.ts';
import type { ListDecisionsQuery, ZoneDecision } from './planning.schemas.ts';
import { boardsOf, listDecisions } from './planning.service.ts';

function filterWords(query: ListDecisionsQuery, zone: string | undefined): string[] {
  return [
    ...(zone !== undefined ? [zone] : []),
    ...(query.kind !== undefined ? [ZONE_DECISION_KIND_LABELS[query.kind].toLowerCase()] : []),
    ...(query.from !== undefined ? [`ký từ ngày ${formatDate(query.from)}`] : []),
    ...(query.to !== undefined ? [`ký đến ngày ${formatDate(query.to)}`] : []),
    ...(query.q ? [`có «${query.q}»`] : []),
  ];
}

export async function downloadDecisions(db: Db, actor: Actor, query: ListDecisionsQuery): Promise<ListFile> {
  const t = createTranslator('vi');
  const list = await listDecisions(db, actor, { ...query, page: 1, pageSize: LIST_DOWNLOAD_MAX_ROWS });
  assertDownloadable(list.total);
  const boards = await listBoardsByIds(db, await boardsOf(db, actor, query.board));
  const zone = query.zone ? list.items[0]?.zone.name : undefined;
  const columns: ListColumn<ZoneDecision>[] = [
    { header: 'Khu', kind: 'text', width: 24, value: (d) => d.zone.name },
    { header: 'Loại quyết định', kind: 'text', width: 22, value: (d) => ZONE_DECISION_KIND_LABELS[d.kind] },
    { header: 'Số, ký hiệu', kind: 'text', width: 16, value: (d) => d.number },
    { header: 'Ngày ký', kind: 'date', value: (d) => d.signedOn },
    { header: 'Cơ quan ban hành', kind: 'text', width: 24, value: (d) => d.issuer },
    { header: 'Trích yếu', kind: 'text', width: 40, value: (d) => d.summary },
    { header: 'Diện tích trước (ha)', kind: 'money', scale: 0, decimals: 2, value: (d) => d.areaBeforeHa },
    { header: 'Diện tích sau (ha)', kind: 'money', scale: 0, decimals: 2, value: (d) => d.areaAfterHa },
    { header: 'Tệp văn bản', kind: 'text', width: 20, value: (d) => d.file?.name ?? '' },
  ];
  const content = await writeListWorkbook({
    sheetName: 'Quyết định về khu',
    title: 'SỔ QUYẾT ĐỊNH VỀ KHU CÔNG NGHIỆP, KHU KINH TẾ',
    lines: titleLines(t, {
      boards: boards.map((b) => b.name),
      filters: filterWords(query, zone),
      rows: list.items.length,
    }),
    columns,
    rows: list.items,
    pageLabel: t('common:listDownload.pageLabel'),
    numberHeader: t('common:listDownload.columns.no'),
  });
  return {
    fileName: listFileName(
      'quyet-dinh-ve-khu',
      boards.map((b) => b.code),
      vietnamToday(),
    ),
    content,
  };
}
