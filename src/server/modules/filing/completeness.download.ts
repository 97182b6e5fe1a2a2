/**
 * Who has filed a period's report, as an Excel workbook (`GET /statistics/completeness?format=xlsx`):
 * the enterprises the JSON answers — the same assessment — with the period, the due date and the
 * counts in the title.
 */
import type { Actor } from '../../kernel/actor.ts';
import type { Db } from '../../kernel/db/database.ts';
import { assertDownloadable, titleLines, type ListFile } from '../../kernel/documents/list-download.ts';
import { listFileName, writeListWorkbook, type ListColumn } from '../../kernel/documents/list-workbook.ts';
import { createTranslator } from '../../kernel/translate.ts';
import { vietnamToday } from '../../../domain/calendar-date.ts';
import { formatDate, formatNumber } from '../../../domain/number-format.ts';
import { periodPhrase } from '../../../domain/production-report-text.ts';
import { listBoardsByIds } from '../boards/index.ts';
import { listZonesOfBoards } from '../zones/index.ts';
import { completeness } from './completeness.service.ts';

type Row = Awaited<ReturnType<typeof completeness>>['enterprises'][number];

export async function downloadCompleteness(
  db: Db,
  actor: Actor,
  query: { period: string; boardId?: string | undefined },
): Promise<ListFile> {
  const t = createTranslator('vi');
  const result = await completeness(db, actor, query);
  assertDownloadable(result.enterprises.length);
  const boards = await listBoardsByIds(db, [result.boardId]);
  const zoneName = new Map((await listZonesOfBoards(db, [result.boardId])).map((z) => [z.id, z.name]));
  const c = (key: string) => t(`common:listDownload.columns.${key}`);
  const n = (value: number) => formatNumber(value);
  const columns: ListColumn<Row>[] = [
    { header: c('taxCode'), kind: 'text', width: 13, value: (e) => e.taxCode },
    { header: c('enterpriseName'), kind: 'text', width: 40, value: (e) => e.name },
    { header: c('zone'), kind: 'text', value: (e) => zoneName.get(e.zoneId) ?? '' },
    {
      header: c('investmentType'),
      kind: 'text',
      width: 11,
      value: (e) => t(`common:investmentTypesShort.${e.investmentType}`),
    },
    {
      header: c('reportStatus'),
      kind: 'text',
      width: 15,
      value: (e) => t(`common:listDownload.reportStatuses.${e.status}`),
    },
    // The day of the latest submission, in Vietnam (the timestamp carries +07:00).
    { header: c('submittedOn'), kind: 'date', value: (e) => e.submittedAt?.slice(0, 10) },
    {
      header: c('onTime'),
      kind: 'text',
      width: 9,
      value: (e) => (e.onTime === null ? null : t(`common:listDownload.${e.onTime ? 'yes' : 'no'}`)),
    },
    { header: c('daysLate'), kind: 'count', width: 9, value: (e) => e.daysLate },
  ];
  const period = periodPhrase(result.period, t);
  const content = await writeListWorkbook({
    sheetName: t('common:listDownload.completeness.sheet'),
    title: `${t('common:listDownload.completeness.title')} — ${period}`,
    lines: titleLines(t, {
      boards: boards.map((b) => b.name),
      more: [
        t('common:listDownload.completeness.period', { period, dueDate: formatDate(result.dueDate) }),
        t('common:listDownload.completeness.summary', {
          expected: n(result.expected),
          submitted: n(result.submitted),
          accepted: n(result.accepted),
          onTime: n(result.onTime),
          late: n(result.late),
          missing: n(result.missing),
        }),
      ],
      rows: result.enterprises.length,
    }),
    columns,
    rows: result.enterprises,
    pageLabel: t('common:listDownload.pageLabel'),
    numberHeader: c('no'),
  });
  return {
    fileName: listFileName(
      `${t('common:listDownload.completeness.file')}-${result.period}`,
      boards.map((b) => b.code),
      vietnamToday(),
    ),
    content,
  };
}
