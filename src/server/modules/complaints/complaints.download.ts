/**
 * The complaints list as an Excel workbook (`GET /complaints?format=xlsx`): the rows the JSON list
 * answers for the same filters — the same service call, every page at once. No reporter: the
 * list never holds one.
 */
import { vietnamToday } from '../../../domain/calendar-date.ts';
import {
  COMPLAINT_CHANNEL_WORDS,
  COMPLAINT_FIELD_WORDS,
  COMPLAINT_KIND_WORDS,
  COMPLAINT_RESULT_WORDS,
  COMPLAINT_STATUS_WORDS,
} from '../../../domain/complaints.ts';
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
import { listBoardsByIds } from '../boards/index.ts';
import type { Complaint, ListComplaintsQuery } from './complaints.schemas.ts';
import { listComplaints } from './complaints.service.ts';

const STATE_WORDS: Record<Complaint['timing']['state'], string> = {
  accept_on_time: 'Trong hạn thụ lý',
  accept_due_soon: 'Sắp đến hạn thụ lý',
  accept_overdue: 'Quá hạn thụ lý',
  settle_on_time: 'Trong hạn giải quyết',
  settle_due_soon: 'Sắp đến hạn giải quyết',
  settle_overdue: 'Quá hạn giải quyết',
  settled_on_time: 'Giải quyết đúng hạn',
  settled_late: 'Giải quyết quá hạn',
  refused: 'Không thụ lý',
  withdrawn: 'Đã rút đơn',
};

function filterWords(query: ListComplaintsQuery): string[] {
  return [
    ...(query.year !== undefined ? [`năm ${query.year}`] : []),
    ...(query.kind ? [COMPLAINT_KIND_WORDS[query.kind].toLowerCase()] : []),
    ...(query.status ? [COMPLAINT_STATUS_WORDS[query.status].toLowerCase()] : []),
    ...(query.field ? [`lĩnh vực ${COMPLAINT_FIELD_WORDS[query.field].toLowerCase()}`] : []),
    ...(query.state ? [STATE_WORDS[query.state].toLowerCase()] : []),
    ...(query.handler ? ['theo người xử lý'] : []),
    ...(query.q ? [`có "${query.q}"`] : []),
  ];
}

export async function downloadComplaints(
  db: Executor,
  actor: Actor,
  query: ListComplaintsQuery,
): Promise<ListFile> {
  const t = createTranslator('vi');
  const list = await listComplaints(db, actor, { ...query, page: 1, pageSize: LIST_DOWNLOAD_MAX_ROWS });
  assertDownloadable(list.total);
  const boards = await listBoardsByIds(db, list.boards);
  const columns: ListColumn<Complaint>[] = [
    { header: 'Số đơn', kind: 'text', width: 13, value: (c) => c.reference },
    { header: 'Loại đơn', kind: 'text', width: 14, value: (c) => COMPLAINT_KIND_WORDS[c.kind] },
    { header: 'Ngày nhận', kind: 'date', value: (c) => c.receivedOn },
    { header: 'Hình thức nhận', kind: 'text', width: 14, value: (c) => COMPLAINT_CHANNEL_WORDS[c.channel] },
    { header: 'Lĩnh vực', kind: 'text', width: 12, value: (c) => COMPLAINT_FIELD_WORDS[c.field] },
    { header: 'Nội dung', kind: 'text', width: 40, value: (c) => c.subject },
    {
      header: 'Đối tượng bị khiếu nại, tố cáo',
      kind: 'text',
      width: 28,
      value: (c) => [c.respondentEnterprise?.name, c.respondent].filter(Boolean).join('; '),
    },
    { header: 'Người xử lý', kind: 'text', width: 20, value: (c) => c.handler?.fullName ?? '' },
    { header: 'Trạng thái', kind: 'text', width: 14, value: (c) => COMPLAINT_STATUS_WORDS[c.status] },
    { header: 'Tình trạng hạn', kind: 'text', width: 18, value: (c) => STATE_WORDS[c.timing.state] },
    { header: 'Hạn thụ lý', kind: 'date', value: (c) => c.acceptDueOn },
    { header: 'Ngày thụ lý', kind: 'date', value: (c) => c.acceptedOn },
    { header: 'Hạn giải quyết', kind: 'date', value: (c) => c.settleDueOn },
    { header: 'Ngày giải quyết', kind: 'date', value: (c) => c.settledOn },
    {
      header: 'Kết quả',
      kind: 'text',
      width: 12,
      value: (c) => (c.result ? COMPLAINT_RESULT_WORDS[c.result] : ''),
    },
    { header: 'Công khai ngày', kind: 'date', value: (c) => c.publishedOn },
  ];
  const content = await writeListWorkbook({
    sheetName: 'Sổ tiếp nhận đơn',
    title: 'SỔ THEO DÕI TIẾP NHẬN, GIẢI QUYẾT ĐƠN KHIẾU NẠI, TỐ CÁO, KIẾN NGHỊ, PHẢN ÁNH',
    lines: titleLines(t, {
      boards: boards.map((b) => b.name),
      filters: filterWords(query),
      rows: list.items.length,
    }),
    columns,
    rows: list.items,
    pageLabel: t('common:listDownload.pageLabel'),
    numberHeader: t('common:listDownload.columns.no'),
  });
  return {
    fileName: listFileName(
      'so-don-khieu-nai-to-cao',
      boards.map((b) => b.code),
      vietnamToday(),
    ),
    content,
  };
}
