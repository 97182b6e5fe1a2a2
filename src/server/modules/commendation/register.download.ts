/**
 * The register as an Excel workbook (`GET /commendation/awards?format=xlsx`): the rows the JSON
 * list answers for the same filters — the same service call, every page at once.
 * (The column and title words are the module's own, in Vietnamese; the shared title lines come
 * from the common locale.)
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
import { AWARD_WORDS } from '../../../domain/commendation.ts';
import { listBoardsByIds } from '../boards/index.ts';
import { boardOf } from './commendation.service.ts';
import type { AwardEntry, ListAwardsQuery } from './register.schemas.ts';
import { listAwards } from './register.service.ts';

const KIND_WORDS = { person: 'Cá nhân', collective: 'Tập thể' } as const;

/** The filters of a register list, in words. */
function filterWords(query: ListAwardsQuery, subjectName: string | undefined): string[] {
  return [
    ...(query.year !== undefined ? [`năm ${query.year}`] : []),
    ...(query.fromYear !== undefined ? [`từ năm ${query.fromYear}`] : []),
    ...(query.toYear !== undefined ? [`đến năm ${query.toYear}`] : []),
    ...(query.award !== undefined ? [AWARD_WORDS[query.award]] : []),
    ...(query.kind !== undefined ? [KIND_WORDS[query.kind].toLowerCase()] : []),
    ...(subjectName !== undefined ? [subjectName] : []),
    ...(query.includeRevoked ? [] : ['không kể khen thưởng đã thu hồi']),
  ];
}

export async function downloadAwards(db: Executor, actor: Actor, query: ListAwardsQuery): Promise<ListFile> {
  const t = createTranslator('vi');
  const list = await listAwards(db, actor, { ...query, page: 1, pageSize: LIST_DOWNLOAD_MAX_ROWS });
  assertDownloadable(list.total);
  const boards = await listBoardsByIds(db, [await boardOf(db, actor, query.board, 'records.read')]);
  const subjectName = query.subjectId ? list.items[0]?.subject.name : undefined;
  const columns: ListColumn<AwardEntry>[] = [
    { header: 'Năm', kind: 'count', width: 7, value: (a) => a.year },
    { header: 'Họ và tên / Tập thể', kind: 'text', width: 30, value: (a) => a.subject.name },
    { header: 'Cá nhân / Tập thể', kind: 'text', width: 11, value: (a) => KIND_WORDS[a.subject.kind] },
    { header: 'Chức vụ, đơn vị', kind: 'text', width: 22, value: (a) => a.subject.position },
    { header: 'Danh hiệu, hình thức khen thưởng', kind: 'text', width: 32, value: (a) => a.awardName },
    { header: 'Quyết định', kind: 'text', width: 40, value: (a) => a.decisionWords },
    { header: 'Thu hồi ngày', kind: 'date', value: (a) => a.revokedOn },
    { header: 'Lý do thu hồi', kind: 'text', width: 24, value: (a) => a.revokedReason },
  ];
  const content = await writeListWorkbook({
    sheetName: 'Sổ khen thưởng',
    title: 'SỔ THEO DÕI THI ĐUA, KHEN THƯỞNG',
    lines: titleLines(t, {
      boards: boards.map((b) => b.name),
      filters: filterWords(query, subjectName),
      rows: list.items.length,
    }),
    columns,
    rows: list.items,
    pageLabel: t('common:listDownload.pageLabel'),
    numberHeader: t('common:listDownload.columns.no'),
  });
  return {
    fileName: listFileName(
      'so-khen-thuong',
      boards.map((b) => b.code),
      vietnamToday(),
    ),
    content,
  };
}
