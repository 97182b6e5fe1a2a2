/**
 * The inspections list as an Excel workbook (`GET /inspection/inspections?format=xlsx`): the rows
 * the JSON list answers for the same filters — the same service call, every page at once.
 */
import type { Actor } from '../../kernel/actor.ts';
import type { Executor } from '../../kernel/db/database.ts';
import {
  assertDownloadable,
  LIST_DOWNLOAD_MAX_ROWS,
  titleLines,
  type ListFile,
} from '../../kernel/documents/list-download.ts';
import { listFileName, writeListWorkbook, type ListColumn } from '../../kernel/documents/list-workbook.ts';
import { createTranslator } from '../../kernel/translate.ts';
import { vietnamToday } from '../../../domain/calendar-date.ts';
import { INSPECTION_KIND_LABELS, INSPECTION_TOPIC_LABELS } from '../../../domain/inspection.ts';
import { listBoardsByIds } from '../boards/index.ts';
import { topicWords } from './inspection.documents.ts';
import type { Inspection, ListInspectionsQuery } from './inspection.schemas.ts';
import { boardOf, listInspections } from './inspection.service.ts';

const STATUS_WORDS = { open: 'Đang kiểm tra', concluded: 'Đã kết luận' } as const;

function filterWords(query: ListInspectionsQuery, enterprise: string | undefined): string[] {
  return [
    ...(query.year !== undefined ? [`năm ${query.year}`] : []),
    ...(query.status !== undefined ? [STATUS_WORDS[query.status].toLowerCase()] : []),
    ...(query.kind !== undefined ? [INSPECTION_KIND_LABELS[query.kind].toLowerCase()] : []),
    ...(query.topic !== undefined ? [INSPECTION_TOPIC_LABELS[query.topic].toLowerCase()] : []),
    ...(enterprise !== undefined ? [enterprise] : []),
  ];
}

export async function downloadInspections(
  db: Executor,
  actor: Actor,
  query: ListInspectionsQuery,
): Promise<ListFile> {
  const t = createTranslator('vi');
  const list = await listInspections(db, actor, { ...query, page: 1, pageSize: LIST_DOWNLOAD_MAX_ROWS });
  assertDownloadable(list.total);
  const boards = await listBoardsByIds(db, [await boardOf(db, actor, query.board, 'records.read')]);
  const enterprise = query.enterpriseId ? list.items[0]?.enterprise.name : undefined;
  const columns: ListColumn<Inspection>[] = [
    { header: 'Bắt đầu', kind: 'date', value: (i) => i.startedOn },
    { header: 'Kết thúc', kind: 'date', value: (i) => i.endedOn },
    { header: 'Doanh nghiệp', kind: 'text', width: 32, value: (i) => i.enterprise.name },
    { header: 'Mã số thuế', kind: 'text', width: 13, value: (i) => i.enterprise.taxCode },
    { header: 'Hình thức', kind: 'text', width: 14, value: (i) => INSPECTION_KIND_LABELS[i.kind] },
    { header: 'Kế hoạch', kind: 'text', width: 24, value: (i) => i.plan?.name ?? '' },
    { header: 'Nội dung kiểm tra', kind: 'text', width: 30, value: (i) => topicWords(i.topics) },
    { header: 'Căn cứ', kind: 'text', width: 30, value: (i) => i.basis },
    { header: 'Trưởng đoàn', kind: 'text', width: 20, value: (i) => i.teamLeader },
    { header: 'Số biên bản', kind: 'text', width: 14, value: (i) => i.recordNumber },
    { header: 'Tình trạng', kind: 'text', width: 14, value: (i) => STATUS_WORDS[i.status] },
    { header: 'Số kết luận', kind: 'text', width: 14, value: (i) => i.conclusionNumber },
    { header: 'Ngày kết luận', kind: 'date', value: (i) => i.concludedOn },
    { header: 'Vi phạm', kind: 'count', value: (i) => i.findingCount },
    { header: 'Chưa khắc phục', kind: 'count', value: (i) => i.openFindingCount },
    { header: 'Tiền phạt (đồng)', kind: 'money', scale: 0, decimals: 0, value: (i) => i.finesDong },
  ];
  const content = await writeListWorkbook({
    sheetName: 'Cuộc kiểm tra',
    title: 'DANH SÁCH CUỘC KIỂM TRA DOANH NGHIỆP',
    lines: titleLines(t, {
      boards: boards.map((b) => b.name),
      filters: filterWords(query, enterprise),
      rows: list.items.length,
    }),
    columns,
    rows: list.items,
    pageLabel: t('common:listDownload.pageLabel'),
    numberHeader: t('common:listDownload.columns.no'),
  });
  return {
    fileName: listFileName(
      'cuoc-kiem-tra',
      boards.map((b) => b.code),
      vietnamToday(),
    ),
    content,
  };
}
