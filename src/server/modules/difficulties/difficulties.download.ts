/**
 * The difficulties list as an Excel workbook (`?format=xlsx`): the rows the JSON list answers for
 * the same filters — the same service call, every page at once — under a title naming the boards
 * and the filters in words.
 */
import type { Actor } from '../../kernel/actor.ts';
import type { Db } from '../../kernel/db/database.ts';
import { assertDownloadable, titleLines, type ListFile } from '../../kernel/documents/list-download.ts';
import { listFileName, writeListWorkbook, type ListColumn } from '../../kernel/documents/list-workbook.ts';
import { createTranslator } from '../../kernel/translate.ts';
import { vietnamToday } from '../../../domain/calendar-date.ts';
import {
  DIFFICULTY_CHANNEL_WORDS,
  DIFFICULTY_STATUS_WORDS,
  DIFFICULTY_TOPIC_WORDS,
  RESPONSIBLE_KIND_WORDS,
  STUCK_REASON_WORDS,
} from '../../../domain/difficulties.ts';
import { listBoardsByIds } from '../boards/index.ts';
import type { DifficultyItem } from './difficulties.schemas.ts';
import { listAll, namedBoard, readScope, type ListQuery } from './difficulties.service.ts';

function filterWords(query: ListQuery): string[] {
  return [
    query.status === undefined ? null : `Trạng thái: ${DIFFICULTY_STATUS_WORDS[query.status]}`,
    query.topic === undefined ? null : `Lĩnh vực: ${DIFFICULTY_TOPIC_WORDS[query.topic]}`,
    query.responsible === undefined ? null : `Đơn vị chủ trì: ${query.responsible}`,
    query.stuck === undefined ? null : query.stuck ? 'Đang vướng' : 'Không vướng',
    query.year === undefined ? null : `Nêu trong năm ${query.year}`,
    query.enterpriseId === undefined ? null : 'Một doanh nghiệp',
    query.q === undefined ? null : `Tìm: “${query.q}”`,
  ].filter((w): w is string => w !== null);
}

export async function downloadDifficulties(db: Db, actor: Actor, query: ListQuery): Promise<ListFile> {
  const t = createTranslator('vi');
  const items = await listAll(db, actor, query);
  assertDownloadable(items.length);
  const boards = await listBoardsByIds(
    db,
    readScope(actor, await namedBoard(db, actor, query.board)).boardIds,
  );
  const columns: ListColumn<DifficultyItem>[] = [
    { header: 'Số', kind: 'text', width: 13, value: (d) => d.reference },
    { header: 'Doanh nghiệp', kind: 'text', width: 30, value: (d) => d.enterprise.name },
    { header: 'Mã số thuế', kind: 'text', width: 13, value: (d) => d.enterprise.taxCode },
    { header: 'Lĩnh vực', kind: 'text', width: 16, value: (d) => DIFFICULTY_TOPIC_WORDS[d.topic] },
    { header: 'Nội dung', kind: 'text', width: 40, value: (d) => d.title },
    { header: 'Kênh', kind: 'text', width: 16, value: (d) => DIFFICULTY_CHANNEL_WORDS[d.channel] },
    { header: 'Ngày nêu', kind: 'date', value: (d) => d.raisedOn },
    { header: 'Trạng thái', kind: 'text', width: 16, value: (d) => DIFFICULTY_STATUS_WORDS[d.status] },
    {
      header: 'Đơn vị chủ trì',
      kind: 'text',
      width: 26,
      value: (d) =>
        d.responsibleKind === null ? '' : `${d.responsible} (${RESPONSIBLE_KIND_WORDS[d.responsibleKind]})`,
    },
    { header: 'Ngày chuyển', kind: 'date', value: (d) => d.routedOn },
    { header: 'Hạn trả lời', kind: 'date', value: (d) => d.answerDueOn },
    { header: 'Ngày trả lời', kind: 'date', value: (d) => d.answeredOn },
    { header: 'Ngày xác nhận', kind: 'date', value: (d) => d.confirmedOn },
    { header: 'Số ngày', kind: 'count', value: (d) => d.ageDays },
    { header: 'Số ngày làm việc', kind: 'count', value: (d) => d.workingDaysOpen },
    {
      header: 'Vướng',
      kind: 'text',
      width: 26,
      value: (d) => d.why.map((w) => STUCK_REASON_WORDS[w]).join('; '),
    },
  ];
  const content = await writeListWorkbook({
    sheetName: 'Khó khăn, kiến nghị',
    title: 'Danh sách khó khăn, vướng mắc, kiến nghị của doanh nghiệp',
    lines: titleLines(t, {
      boards: boards.map((b) => b.name),
      filters: filterWords(query),
      rows: items.length,
    }),
    columns,
    rows: items,
    pageLabel: t('common:listDownload.pageLabel'),
    numberHeader: t('common:listDownload.columns.no'),
  });
  return {
    fileName: listFileName(
      'kho-khan-kien-nghi',
      boards.map((b) => b.code),
      vietnamToday(),
    ),
    content,
  };
}
