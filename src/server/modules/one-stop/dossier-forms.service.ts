/**
 * A dossier's forms (Circular 03/2025/TT-VPCP, Annex I) as Word documents in the Decree 30 layout
 * (the kernel's official-report.ts: the national motto, the agency, the number line, place and
 * date, the signer's block):
 *
 * - 01 Giấy tiếp nhận hồ sơ và hẹn trả kết quả — once received;
 * - 02 Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ — the latest supplement request;
 * - 03 Phiếu từ chối tiếp nhận giải quyết hồ sơ — a dossier not accepted;
 * - 04 Văn bản xin lỗi và đề nghị gia hạn thời gian giải quyết — once the apology is recorded.
 *
 * Readable by those who read the dossier's board's records, and by the enterprise that owns it;
 * another board's dossier is not found; a form that does not apply is refused (409).
 */
import { can, type Actor } from '../../kernel/actor.ts';
import type { Executor } from '../../kernel/db/database.ts';
import type { DocumentFile } from '../../kernel/documents/document-download.ts';
import {
  DOCX_CONTENT_TYPE,
  placeAndDate,
  writeOfficialReport,
  type OfficialBlock,
} from '../../kernel/documents/official-report.ts';
import { readableBoardIds } from '../../kernel/scope.ts';
import { formatDate } from '../../../domain/number-format.ts';
import { vietnamToday } from '../../../domain/calendar-date.ts';
import {
  dueDate as computeDueDate,
  vietnamDateOf,
  type WorkingCalendar,
} from '../../../domain/working-days.ts';
import { reportIssuer } from '../reports/index.ts';
import { loadWorkingCalendar } from './calendar.service.ts';
import { DossierFormErrors } from './dossier-forms.errors.ts';
import * as repo from './dossier-forms.repository.ts';
import type { DossierForm } from './dossier-forms.schemas.ts';
import { DossierErrors } from './dossiers.errors.ts';

const TITLES: Record<DossierForm, string> = {
  '01': 'GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ',
  '02': 'PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ',
  '03': 'PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ',
  '04': 'VĂN BẢN XIN LỖI VÀ ĐỀ NGHỊ GIA HẠN THỜI GIAN GIẢI QUYẾT',
};
const SLUGS: Record<DossierForm, string> = {
  '01': 'mau-01-giay-tiep-nhan-ho-so',
  '02': 'mau-02-phieu-yeu-cau-bo-sung',
  '03': 'mau-03-phieu-tu-choi-tiep-nhan',
  '04': 'mau-04-van-ban-xin-loi',
};
const COUNTER = 'Bộ phận tiếp nhận và trả kết quả';

const upper = (text: string) => text.toLocaleUpperCase('vi-VN');

/** "09 giờ 30 phút, ngày 13/02/2026" in Vietnam time. */
function timeAndDate(timestamp: Date | string): string {
  const instant = timestamp instanceof Date ? timestamp : new Date(timestamp);
  const shifted = new Date(instant.getTime() + 7 * 3600_000).toISOString();
  return `${shifted.slice(11, 13)} giờ ${shifted.slice(14, 16)} phút, ngày ${formatDate(shifted.slice(0, 10))}`;
}

const deadlineWords = (value: number, unit: string) =>
  `${value} ${unit === 'days' ? 'ngày' : 'ngày làm việc'}`;

/** The line naming the working-day calendar the due date is counted on. */
function calendarLine(calendar: WorkingCalendar, year: number): string {
  const schedule = calendar.schedule(year);
  const source =
    schedule.source === 'set'
      ? `lịch năm ${year} do Ban thiết lập${schedule.note ? ` (${schedule.note})` : ''}`
      : schedule.source === 'built-in'
        ? `lịch nghỉ lễ, Tết năm ${year} theo thông báo của Chính phủ`
        : `lịch nghỉ lễ, Tết năm ${year} theo Điều 112 Bộ luật Lao động 2019`;
  return `Ngày hẹn trả kết quả được tính theo ngày làm việc (thứ Hai đến thứ Sáu, trừ ngày nghỉ lễ, Tết và ngày nghỉ bù, cộng ngày làm bù) theo ${source}; thời gian chờ bổ sung hồ sơ không tính vào thời hạn giải quyết.`;
}

function fileName(form: DossierForm, code: string): string {
  const ascii = code.replace(/[^A-Za-z0-9.-]+/g, '-').replace(/^-+|-+$/g, '');
  return `${SLUGS[form]}_${ascii}.docx`;
}

/** The dossier as the actor may read it: its board's records, or its own enterprise's. */
async function readableDossier(executor: Executor, actor: Actor, id: string): Promise<repo.FormDossierRow> {
  const row =
    actor.role === 'enterprise'
      ? actor.enterpriseId && can(actor, 'onestop.submit')
        ? await repo.findFormDossier(executor, {
            id,
            boardIds: actor.visibleBoardIds,
            enterpriseId: actor.enterpriseId,
          })
        : undefined
      : await repo.findFormDossier(executor, { id, boardIds: readableBoardIds(actor, 'records.read') });
  if (!row)
    throw DossierErrors.DOSSIER_NOT_FOUND([
      { path: 'params.id', message: 'Không tìm thấy hồ sơ.', reason: 'not_found', value: id },
    ]);
  return row;
}

const notApplicable = (form: DossierForm, why: string) =>
  DossierFormErrors.DOSSIER_FORM_NOT_APPLICABLE([
    { path: 'params.form', message: why, reason: 'not_applicable', value: form },
  ]);

/** A dossier's form 01–04 as a .docx. */
export async function dossierForm(
  executor: Executor,
  actor: Actor,
  id: string,
  form: DossierForm,
): Promise<DocumentFile> {
  const d = await readableDossier(executor, actor, id);
  const counter = d.counter_name ?? COUNTER;
  const applicantLines = [
    d.applicant_address ? `Địa chỉ: ${d.applicant_address}.` : null,
    d.applicant_phone ? `Số điện thoại: ${d.applicant_phone}.` : null,
    d.applicant_email ? `Thư điện tử: ${d.applicant_email}.` : null,
  ].filter((line): line is string => line !== null);
  const contact = [counter, d.office_address, d.office_phone ? `điện thoại ${d.office_phone}` : null]
    .filter(Boolean)
    .join(', ');

  let date: string;
  let summary: string;
  let body: OfficialBlock[];
  let signerTitle: string[];
  let signerName: string | undefined;
  let recipients: string[];

  if (form === '01') {
    if (!d.received_at) throw notApplicable(form, 'Hồ sơ chưa được tiếp nhận.');
    const calendar = await loadWorkingCalendar(executor);
    const receivedOn = vietnamDateOf(d.received_at);
    const due = computeDueDate(calendar, {
      receivedAt: d.received_at,
      deadline: { value: d.deadline_value, unit: d.deadline_unit },
    });
    date = receivedOn;
    summary = `Mã hồ sơ: ${d.code}`;
    body = [
      { kind: 'paragraph', text: `${counter} — ${d.board_name} tiếp nhận hồ sơ của: ${d.applicant_name}.` },
      ...applicantLines.map((text) => ({ kind: 'paragraph' as const, text })),
      {
        kind: 'paragraph',
        text: `Nội dung yêu cầu giải quyết: ${d.procedure_name} (mã thủ tục ${d.procedure_code}).`,
      },
      ...(d.summary ? [{ kind: 'paragraph' as const, text: `Trích yếu: ${d.summary}.` }] : []),
      { kind: 'heading', text: 'Thành phần hồ sơ và số lượng mỗi loại giấy tờ:' },
      ...(d.documents.length > 0
        ? d.documents.map((doc, i) => ({
            kind: 'paragraph' as const,
            text: `${i + 1}. ${doc.name}: ${doc.originals} bản chính, ${doc.copies} bản sao${doc.note ? ` (${doc.note})` : ''}.`,
          }))
        : [{ kind: 'paragraph' as const, text: 'Theo danh mục thành phần hồ sơ của thủ tục.' }]),
      { kind: 'paragraph', text: 'Số lượng hồ sơ: 01 bộ.' },
      {
        kind: 'paragraph',
        text: `Thời gian giải quyết hồ sơ theo quy định: ${deadlineWords(d.deadline_value, d.deadline_unit)}.`,
      },
      { kind: 'paragraph', text: `Thời gian nhận hồ sơ: ${timeAndDate(d.received_at)}.` },
      { kind: 'paragraph', text: `Ngày hẹn trả kết quả: ${formatDate(due.baseDueDate)}.` },
      { kind: 'paragraph', text: `Nơi trả kết quả: ${contact}.` },
      { kind: 'note', text: calendarLine(calendar, Number(receivedOn.slice(0, 4))) },
      { kind: 'note', text: `Tra cứu tình trạng hồ sơ theo mã hồ sơ ${d.code}.` },
    ];
    signerTitle = ['NGƯỜI TIẾP NHẬN HỒ SƠ'];
    signerName = d.received_by ?? undefined;
    recipients = ['- Người nộp hồ sơ;', '- Lưu: Bộ phận tiếp nhận và trả kết quả.'];
  } else if (form === '02') {
    if (!d.supplement_requested_at || !d.supplement_reason)
      throw notApplicable(form, 'Hồ sơ không có yêu cầu bổ sung.');
    date = vietnamDateOf(d.supplement_requested_at);
    summary = `Mã hồ sơ: ${d.code}`;
    body = [
      { kind: 'paragraph', text: `Kính gửi: ${d.applicant_name}.` },
      {
        kind: 'paragraph',
        text: `${counter} — ${d.board_name} tiếp nhận hồ sơ ${d.procedure_name} của ${d.applicant_name}${d.received_at ? ` ngày ${formatDate(vietnamDateOf(d.received_at))}` : ''}, mã hồ sơ ${d.code}.`,
      },
      { kind: 'paragraph', text: 'Sau khi xem xét, hồ sơ cần được bổ sung, hoàn thiện các nội dung sau:' },
      { kind: 'paragraph', text: `Nội dung yêu cầu bổ sung, hoàn thiện: ${d.supplement_reason}` },
      { kind: 'paragraph', text: `Thời điểm yêu cầu: ${timeAndDate(d.supplement_requested_at)}.` },
      {
        kind: 'paragraph',
        text: 'Thời gian chờ bổ sung, hoàn thiện hồ sơ không tính vào thời hạn giải quyết; ngày hẹn trả kết quả được tính lại khi nhận đủ hồ sơ bổ sung.',
      },
      { kind: 'paragraph', text: `Mọi vướng mắc xin liên hệ: ${contact}.` },
    ];
    signerTitle = ['NGƯỜI HƯỚNG DẪN, TIẾP NHẬN HỒ SƠ'];
    signerName = d.supplement_requested_by ?? undefined;
    recipients = ['- Người nộp hồ sơ;', '- Lưu: Bộ phận tiếp nhận và trả kết quả.'];
  } else if (form === '03') {
    if (d.status !== 'not_accepted' || !d.not_accepted_reason)
      throw notApplicable(form, 'Hồ sơ không bị từ chối tiếp nhận.');
    const submitted = d.submitted_at ?? d.updated_at;
    date = vietnamDateOf(d.updated_at);
    summary = `Mã hồ sơ: ${d.code}`;
    body = [
      { kind: 'paragraph', text: `Kính gửi: ${d.applicant_name}.` },
      {
        kind: 'paragraph',
        text: `${counter} — ${d.board_name} nhận hồ sơ ${d.procedure_name} của ${d.applicant_name} (${timeAndDate(submitted)}), mã hồ sơ ${d.code}.`,
      },
      { kind: 'paragraph', text: `Hồ sơ không được tiếp nhận giải quyết. Lý do: ${d.not_accepted_reason}` },
      { kind: 'paragraph', text: `Xin thông báo để ${d.applicant_name} biết và thực hiện.` },
      { kind: 'paragraph', text: `Mọi vướng mắc xin liên hệ: ${contact}.` },
    ];
    signerTitle = ['NGƯỜI TIẾP NHẬN HỒ SƠ'];
    signerName = d.received_by ?? undefined;
    recipients = ['- Người nộp hồ sơ;', '- Lưu: Bộ phận tiếp nhận và trả kết quả.'];
  } else {
    if (!d.apology_at || !d.apology_reason || !d.apology_new_date)
      throw notApplicable(form, 'Hồ sơ không có văn bản xin lỗi và hẹn lại ngày trả kết quả.');
    let legalDue = d.due_date;
    if (!legalDue && d.received_at) {
      const calendar = await loadWorkingCalendar(executor);
      const supplements = await repo.formSupplements(executor, d.id);
      legalDue = computeDueDate(calendar, {
        receivedAt: d.received_at,
        deadline: { value: d.deadline_value, unit: d.deadline_unit },
        supplements: supplements.map((s) => ({ requestedAt: s.requested_at, suppliedAt: s.supplied_at })),
      }).dueDate;
    }
    date = vietnamDateOf(d.apology_at);
    summary = 'V/v xin lỗi và hẹn lại ngày trả kết quả giải quyết hồ sơ';
    body = [
      { kind: 'paragraph', text: `Kính gửi: ${d.applicant_name}.` },
      {
        kind: 'paragraph',
        text: `${d.board_name} tiếp nhận hồ sơ ${d.procedure_name} của ${d.applicant_name}${d.received_at ? ` ngày ${formatDate(vietnamDateOf(d.received_at))}` : ''}, mã hồ sơ ${d.code}.`,
      },
      ...(legalDue
        ? [
            {
              kind: 'paragraph' as const,
              text: `Ngày hẹn trả kết quả theo quy định: ${formatDate(legalDue)}.`,
            },
          ]
        : []),
      {
        kind: 'paragraph',
        text: `Đến nay, hồ sơ chưa được giải quyết xong trong thời hạn quy định. Lý do: ${d.apology_reason}`,
      },
      {
        kind: 'paragraph',
        text: `${d.board_name} trân trọng xin lỗi ${d.applicant_name} và đề nghị gia hạn thời gian giải quyết hồ sơ.`,
      },
      { kind: 'paragraph', text: `Ngày hẹn trả kết quả mới: ${formatDate(d.apology_new_date)}.` },
      { kind: 'paragraph', text: `Mọi vướng mắc xin liên hệ: ${contact}.` },
    ];
    signerTitle = ['TRƯỞNG BAN'];
    signerName = undefined;
    recipients = [`- ${d.applicant_name};`, '- Lưu: VT, Bộ phận tiếp nhận và trả kết quả.'];
  }

  const issuer = await reportIssuer(executor, actor, [d.board_code], date ?? vietnamToday(), date);
  const content = await writeOfficialReport({
    title: `${TITLES[form]} — ${d.code}`,
    ...(issuer.governingBody ? { governingBody: issuer.governingBody } : {}),
    issuer: [upper(d.board_name)],
    numberLine: form === '04' ? `Số:\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0/BQL-TNTKQ` : `Mã hồ sơ: ${d.code}`,
    dateLine: placeAndDate(issuer.place, date),
    type: TITLES[form],
    summary,
    body,
    recipientsHeading: 'Nơi nhận:',
    recipients,
    signerTitle,
    ...(signerName ? { signerName } : {}),
    indicatorHeader: 'Chỉ tiêu',
    codeHeader: 'Mã số',
  });
  return { fileName: fileName(form, d.code), contentType: DOCX_CONTENT_TYPE, content };
}
