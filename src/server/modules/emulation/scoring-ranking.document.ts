/**
 * The ranking as a Word document for the bloc's conference, in the Decree 30 layout
 * (kernel/documents/official-report.ts): issued by the year's leader board, a table of members ×
 * top-level criteria with the totals and ranks (Vietnamese number format), the criteria listed
 * under it with their maxima, and the values a sourced criterion took from the report.
 */
import { eq } from 'drizzle-orm';
import type { Executor } from '../../kernel/db/database.ts';
import type { DocumentFile } from '../../kernel/documents/document-download.ts';
import type { FigureMeasure, FigureRow } from '../../kernel/documents/figure-table.ts';
import {
  DOCX_CONTENT_TYPE,
  numberAndSymbol,
  placeAndDate,
  writeOfficialReport,
  type OfficialBlock,
} from '../../kernel/documents/official-report.ts';
import { vietnamToday } from '../../../domain/calendar-date.ts';
import { formatNumber } from '../../../domain/number-format.ts';
import { provinceAt } from '../../../domain/provinces.ts';
import { boards } from '../boards/index.ts';
import { trimPoints } from './scoring.repository.ts';
import type { RankingQuery, ScoringRanking } from './scoring.schemas.ts';

const SYMBOL = 'BC-KTĐ';
const upper = (text: string) => text.toLocaleUpperCase('vi-VN');
const points = (value: string) => formatNumber(trimPoints(value));

/** "bang-xep-hang-thi-dua_DBSH_2024.docx": ASCII only. */
function fileName(bloc: string, year: number): string {
  return `bang-xep-hang-thi-dua_${bloc.replace(/[^A-Za-z0-9-]+/g, '-')}_${year}.docx`;
}

export async function rankingDocument(
  executor: Executor,
  ranking: ScoringRanking,
  options: Omit<RankingQuery, 'format'>,
): Promise<DocumentFile> {
  const date = options.date ?? vietnamToday();
  const [leader] = await executor
    .select({ name: boards.name, provinceCode: boards.provinceCode })
    .from(boards)
    .where(eq(boards.code, ranking.leader));
  const province = leader?.provinceCode ? provinceAt(leader.provinceCode, date) : null;

  const top = ranking.criteria.filter((c) => c.parent === null);
  const measures: FigureMeasure[] = [
    ...top.map((c) => ({
      key: c.code,
      label: `Tiêu chí ${c.code}`,
      unit: 'điểm',
      kind: 'percent' as const,
      decimals: 2,
    })),
    { key: '__total', label: 'Tổng điểm', unit: 'điểm', kind: 'percent', decimals: 2 },
  ];
  const rows: FigureRow[] = [
    {
      indicator: 'Điểm tối đa',
      code: '',
      level: 0,
      values: {
        ...Object.fromEntries(top.map((c) => [c.code, c.kind === 'penalty' ? null : c.maxPoints])),
        __total: ranking.table.maxTotal,
      },
    },
    ...ranking.members.map((m) => ({
      indicator: m.name,
      code: String(m.rank),
      level: 1 as const,
      values: { ...Object.fromEntries(top.map((c) => [c.code, m.points[c.code] ?? null])), __total: m.total },
    })),
  ];
  const reviewed = ranking.members.filter((m) => m.basis === 'reviewed').length;
  const body: OfficialBlock[] = [
    {
      kind: 'paragraph',
      text:
        `Căn cứ ${ranking.table.name}${ranking.table.adoptedBy ? ` (${ranking.table.adoptedBy})` : ''}, ` +
        `Ban Quản lý khối trưởng tổng hợp kết quả chấm điểm thi đua năm ${ranking.year} của ` +
        `${formatNumber(ranking.members.length)} thành viên ${ranking.blocName} như sau ` +
        `(thang điểm tối đa ${points(ranking.table.maxTotal)} điểm; ` +
        `${formatNumber(reviewed)}/${formatNumber(ranking.members.length)} phiếu đã được khối trưởng thẩm định, ` +
        'các phiếu còn lại tính theo điểm tự chấm).',
    },
    {
      kind: 'figures',
      caption: `Bảng 01. Kết quả chấm điểm, xếp hạng thi đua năm ${ranking.year}`,
      measures,
      rows,
    },
    { kind: 'heading', text: 'Các tiêu chí' },
    ...top.map((c) => ({
      kind: 'note' as const,
      text:
        c.kind === 'penalty'
          ? `Tiêu chí ${c.code}: ${c.name} (trừ tối đa ${points(c.maxPoints)} điểm).`
          : `Tiêu chí ${c.code}: ${c.name} (tối đa ${points(c.maxPoints)} điểm).`,
    })),
    ...ranking.sources.map((s) => ({
      kind: 'note' as const,
      text: s.available
        ? `Tiêu chí ${s.criterion} lấy số liệu "${s.label}" (${s.unit}) từ báo cáo tổng hợp năm ${ranking.year}.`
        : `Tiêu chí ${s.criterion}: chưa lấy được số liệu "${s.label}" (${s.problem ?? ''}); tính theo số liệu các thành viên tự chấm.`,
    })),
  ];
  const signerTitle = (options.signerTitle ?? 'Trưởng ban')
    .split('\n')
    .map((line) => upper(line.trim()))
    .filter(Boolean);
  const content = await writeOfficialReport({
    title: `Kết quả chấm điểm, xếp hạng thi đua năm ${ranking.year} — ${ranking.blocName}`,
    ...(province
      ? { governingBody: `UBND ${province.city ? 'THÀNH PHỐ' : 'TỈNH'} ${upper(province.name)}` }
      : {}),
    issuer: [upper(leader?.name ?? ranking.leader)],
    numberLine: `Số: ${numberAndSymbol(options.number, SYMBOL)}`,
    dateLine: placeAndDate(province?.name ?? '', date),
    type: 'BÁO CÁO',
    summary: upper(`Kết quả chấm điểm, xếp hạng thi đua năm ${ranking.year} ${ranking.blocName}`),
    body,
    recipientsHeading: 'Nơi nhận:',
    recipients: ['- Các thành viên Khối;', '- Vụ Thi đua - Khen thưởng (để báo cáo);', '- Lưu: VT.'],
    signerTitle: signerTitle.length > 0 ? signerTitle : ['TRƯỞNG BAN'],
    ...(options.signer ? { signerName: options.signer } : {}),
    indicatorHeader: 'Thành viên',
    codeHeader: 'Xếp hạng',
  });
  return { fileName: fileName(ranking.bloc, ranking.year), contentType: DOCX_CONTENT_TYPE, content };
}
