/**
 * The works list as an Excel workbook (`?format=xlsx`): the rows the JSON list answers for the
 * same filters, every page at once, under a title naming the boards, the day and the filters.
 */
import type { Actor } from '../../kernel/actor.ts';
import type { Db } from '../../kernel/db/database.ts';
import { assertDownloadable, titleLines, type ListFile } from '../../kernel/documents/list-download.ts';
import { listFileName, writeListWorkbook, type ListColumn } from '../../kernel/documents/list-workbook.ts';
import { createTranslator } from '../../kernel/translate.ts';
import { vietnamToday } from '../../../domain/calendar-date.ts';
import { WORK_KIND_WORDS, WORK_STATE_WORDS } from '../../../domain/infrastructure-works.ts';
import { formatDate } from '../../../domain/number-format.ts';
import { listBoardsByIds } from '../boards/index.ts';
import type { InfrastructureWork, ListWorksQuery } from './infrastructure.schemas.ts';
import { listAllWorks } from './infrastructure.service.ts';

type Filters = Omit<ListWorksQuery, 'page' | 'pageSize' | 'format'>;

function filterWords(query: Filters): string[] {
  return [
    query.zone?.length ? `Khu: ${query.zone.length} khu được chọn` : null,
    query.kind?.length ? `Loại công trình: ${query.kind.map((k) => WORK_KIND_WORDS[k]).join(', ')}` : null,
    query.state?.length ? `Tình trạng: ${query.state.map((s) => WORK_STATE_WORDS[s]).join(', ')}` : null,
    query.q === undefined ? null : `Tìm: “${query.q}”`,
  ].filter((w): w is string => w !== null);
}

export async function downloadWorks(db: Db, actor: Actor, query: Filters): Promise<ListFile> {
  const t = createTranslator('vi');
  const { items, boardIds, asOf } = await listAllWorks(db, actor, query);
  assertDownloadable(items.length);
  const boards = await listBoardsByIds(db, boardIds);
  const columns: ListColumn<InfrastructureWork>[] = [
    { header: 'Khu', kind: 'text', width: 24, value: (w) => `${w.zone.name} (${w.zone.code})` },
    { header: 'Công trình', kind: 'text', width: 34, value: (w) => w.name },
    { header: 'Loại', kind: 'text', width: 20, value: (w) => WORK_KIND_WORDS[w.kind] },
    { header: 'Đơn vị công suất', kind: 'text', width: 14, value: (w) => w.capacityUnit },
    { header: 'Công suất thiết kế', kind: 'money', scale: 0, decimals: 2, value: (w) => w.plannedCapacity },
    {
      header: 'Công suất đạt được',
      kind: 'money',
      scale: 0,
      decimals: 2,
      value: (w) => w.latest?.actualCapacity ?? null,
    },
    { header: 'Tổng vốn (tỷ đồng)', kind: 'money', scale: 9, value: (w) => w.plannedCapitalVnd },
    {
      header: 'Đã giải ngân (tỷ đồng)',
      kind: 'money',
      scale: 9,
      value: (w) => w.latest?.disbursedVnd ?? null,
    },
    { header: 'Khởi công (KH)', kind: 'date', value: (w) => w.plannedStartOn },
    { header: 'Hoàn thành (KH)', kind: 'date', value: (w) => w.plannedCompletionOn },
    { header: 'Ngày hoàn thành', kind: 'date', value: (w) => w.completedOn },
    { header: 'Ngày báo cáo', kind: 'date', value: (w) => w.latest?.reportedOn ?? null },
    {
      header: 'Tiến độ (%)',
      kind: 'money',
      scale: 0,
      decimals: 1,
      value: (w) => w.latest?.progressPct ?? null,
    },
    { header: 'Theo kế hoạch (%)', kind: 'money', scale: 0, decimals: 1, value: (w) => w.expectedPct },
    { header: 'Tình trạng', kind: 'text', width: 20, value: (w) => WORK_STATE_WORDS[w.state] },
    { header: 'Số ngày chậm', kind: 'count', value: (w) => (w.state === 'late' ? w.daysLate : null) },
  ];
  const content = await writeListWorkbook({
    sheetName: 'Công trình hạ tầng',
    title: 'Danh sách công trình hạ tầng khu công nghiệp, khu kinh tế',
    lines: titleLines(t, {
      boards: boards.map((b) => b.name),
      filters: filterWords(query),
      more: [`Tình trạng tính đến ngày ${formatDate(asOf)}`],
      rows: items.length,
    }),
    columns,
    rows: items,
    pageLabel: t('common:listDownload.pageLabel'),
    numberHeader: t('common:listDownload.columns.no'),
  });
  return {
    fileName: listFileName(
      'cong-trinh-ha-tang',
      boards.map((b) => b.code),
      vietnamToday(),
    ),
    content,
  };
}
