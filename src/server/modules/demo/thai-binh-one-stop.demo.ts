/**
 * The Thái Bình board's one-stop shop for the demo (one-stop-v1): its procedures — with the
 * deadlines of shared/domain.md §2–3 — and a year of dossiers, 1 December 2025 to 27 November
 * 2026, loaded through the package importer like the rest of the demo.
 *
 * Deterministic: one seeded PRNG (mulberry32), no clock. Dossiers arrive on working days in office
 * hours (08:00–16:30 +07:00), mostly online. Every result is computed from the due date (the
 * working-day calendar with the built-in 2025 and 2026 schedules) so that none is late: the seeds'
 * boards report "100 % on or before time". Those still in progress on 30 November 2026 were received
 * in the last days and are not due yet (one awaits a supplement).
 *
 * Deadlines: IRC issue 15 days (Decree 31/2021), 10 days from 03/9/2025 (Decree 239/2025, the date
 * domain.md gives); IRC adjustment 3 and 7 working days; construction permit adjustment 15 working
 * days, re-issue/renewal 5 working days; acceptance of completed works 15 days; provincial
 * investment policy approval 26 days (Decree 239/2025). Not in domain.md, marked [U]: the new
 * construction permit's 20 days (Construction Law Art. 102), the environmental permit's 20 days,
 * the work permit's 5 working days and the labour rules' 7 working days.
 */
import {
  addWorkingDays,
  dueDate,
  workingCalendar,
  workingDaysBetween,
  type WorkingCalendar,
} from '../../../domain/working-days.ts';
import { addDays } from '../../../domain/calendar-date.ts';
import type { ResultKind } from '../../../domain/one-stop.ts';
import type { PackageDossier, PackageEnterprise, PackageProcedure } from '../packages/index.ts';

export const THAI_BINH_ONE_STOP_OFFICE = {
  codePrefix: 'H56.22',
  counterName:
    'Bộ phận Tiếp nhận và Trả kết quả – Ban Quản lý Khu kinh tế và các khu công nghiệp tỉnh Thái Bình',
  address: 'Số 8 Lê Quý Đôn, phường Trần Lãm, tỉnh Thái Bình',
  phone: '0227 3642 444',
  hours: 'Thứ Hai – Thứ Sáu: sáng 7:30–11:30, chiều 13:30–17:00',
} as const;

/** The demo's dossiers: received from … to …, nothing overdue on … */
export const THAI_BINH_ONE_STOP_FIGURES = {
  board: 'TB',
  from: '2025-12-01',
  to: '2026-11-27',
  asOf: '2026-11-30',
  seed: 0x0118_2025,
} as const;

const OFFICE = 'Văn phòng';
const INVESTMENT = 'Phòng Quản lý đầu tư';
const CONSTRUCTION = 'Phòng Quản lý quy hoạch và xây dựng';
const ENVIRONMENT = 'Phòng Quản lý môi trường';
const LABOUR = 'Phòng Quản lý lao động';
const LEADERS = 'Lãnh đạo Ban';

const receive = { name: 'Tiếp nhận, kiểm tra hồ sơ', department: OFFICE };
const sign = { name: 'Trình lãnh đạo Ban ký', department: LEADERS };
const hand = { name: 'Trả kết quả', department: OFFICE };
const doc = (name: string, originals: number, copies: number, note?: string) => ({
  name,
  originals,
  copies,
  ...(note ? { note } : {}),
});

const IRC_DOCUMENTS = [
  doc('Văn bản đề nghị thực hiện dự án đầu tư (Mẫu A.I.1)', 1, 0),
  doc('Bản sao giấy tờ pháp lý của nhà đầu tư', 0, 1),
  doc('Đề xuất dự án đầu tư', 1, 0),
  doc('Báo cáo tình hình tài chính 02 năm gần nhất hoặc cam kết hỗ trợ tài chính', 1, 0),
  doc('Tài liệu về quyền sử dụng địa điểm thực hiện dự án', 0, 1),
];
const ADJUST_DOCUMENTS = [
  doc('Văn bản đề nghị điều chỉnh dự án đầu tư (Mẫu A.I.11)', 1, 0),
  doc('Báo cáo tình hình triển khai dự án đầu tư đến thời điểm điều chỉnh', 1, 0),
  doc('Giấy chứng nhận đăng ký đầu tư đã cấp', 0, 1),
];
const BUILD_DOCUMENTS = [
  doc('Đơn đề nghị cấp giấy phép xây dựng', 1, 0),
  doc('Giấy tờ chứng minh quyền sử dụng đất', 0, 1),
  doc('Hai bộ bản vẽ thiết kế xây dựng', 2, 0),
  doc('Quyết định phê duyệt dự án, văn bản thẩm định thiết kế', 0, 1),
];

/** The board's procedures; the top level of each is the version in force on 30/11/2026. */
export function thaiBinhProcedures(): PackageProcedure[] {
  const investment = 'Đầu tư';
  const construction = 'Xây dựng';
  return [
    {
      code: 'BQL-DT-01',
      boardCode: 'TB',
      name: 'Cấp Giấy chứng nhận đăng ký đầu tư đối với dự án không thuộc diện chấp thuận chủ trương đầu tư',
      field: investment,
      effectiveFrom: '2025-09-03',
      deadline: { value: 10, unit: 'days' },
      onlineLevel: 'full',
      legalBasis: 'Luật Đầu tư 2020; Nghị định 31/2021/NĐ-CP, sửa đổi bởi Nghị định 239/2025/NĐ-CP',
      fee: 'Không',
      resultName: 'Giấy chứng nhận đăng ký đầu tư',
      documents: IRC_DOCUMENTS,
      steps: [
        { ...receive, workingDays: 1 },
        { name: 'Thẩm định hồ sơ, dự thảo Giấy chứng nhận', department: INVESTMENT, workingDays: 4 },
        { ...sign, workingDays: 1 },
        { ...hand, workingDays: 1 },
      ],
      versions: [
        {
          effectiveFrom: '2021-01-01',
          name: 'Cấp Giấy chứng nhận đăng ký đầu tư đối với dự án không thuộc diện chấp thuận chủ trương đầu tư',
          field: investment,
          deadline: { value: 15, unit: 'days' },
          onlineLevel: 'full',
          legalBasis: 'Luật Đầu tư 2020; Nghị định 31/2021/NĐ-CP',
          fee: 'Không',
          resultName: 'Giấy chứng nhận đăng ký đầu tư',
          documents: IRC_DOCUMENTS,
          steps: [
            { ...receive, workingDays: 1 },
            { name: 'Thẩm định hồ sơ, dự thảo Giấy chứng nhận', department: INVESTMENT, workingDays: 7 },
            { ...sign, workingDays: 1 },
            { ...hand, workingDays: 1 },
          ],
        },
      ],
    },
    {
      code: 'BQL-DT-02',
      boardCode: 'TB',
      name: 'Điều chỉnh Giấy chứng nhận đăng ký đầu tư',
      field: investment,
      deadline: { value: 7, unit: 'working_days' },
      onlineLevel: 'full',
      legalBasis: 'Nghị định 31/2021/NĐ-CP',
      fee: '0',
      resultName: 'Giấy chứng nhận đăng ký đầu tư điều chỉnh',
      documents: ADJUST_DOCUMENTS,
      steps: [
        { ...receive, workingDays: 1 },
        { name: 'Thẩm định nội dung điều chỉnh', department: INVESTMENT, workingDays: 4 },
        { ...sign, workingDays: 1 },
        { ...hand, workingDays: 1 },
      ],
    },
    {
      code: 'BQL-DT-03',
      boardCode: 'TB',
      name: 'Điều chỉnh Giấy chứng nhận đăng ký đầu tư (tên dự án, tên nhà đầu tư, tiến độ, thời hạn; cập nhật địa chỉ)',
      field: investment,
      deadline: { value: 3, unit: 'working_days' },
      onlineLevel: 'full',
      legalBasis: 'Điểm b khoản 1 Điều 27 Nghị định 31/2021/NĐ-CP',
      fee: '0',
      resultName: 'Giấy chứng nhận đăng ký đầu tư điều chỉnh',
      documents: ADJUST_DOCUMENTS.slice(0, 1).concat(ADJUST_DOCUMENTS.slice(2)),
      steps: [
        { ...receive, workingDays: 0 },
        { name: 'Kiểm tra, dự thảo Giấy chứng nhận điều chỉnh', department: INVESTMENT, workingDays: 2 },
        { ...sign, workingDays: 1 },
      ],
    },
    {
      code: 'BQL-DT-04',
      boardCode: 'TB',
      name: 'Chấp thuận chủ trương đầu tư của Ủy ban nhân dân tỉnh',
      field: investment,
      effectiveFrom: '2025-09-03',
      deadline: { value: 26, unit: 'days' },
      onlineLevel: 'partial',
      legalBasis: 'Luật Đầu tư 2020; Nghị định 31/2021/NĐ-CP, sửa đổi bởi Nghị định 239/2025/NĐ-CP',
      fee: 'Không',
      resultName: 'Quyết định chấp thuận chủ trương đầu tư',
      documents: [
        doc('Văn bản đề nghị thực hiện dự án đầu tư', 1, 0),
        doc('Đề xuất dự án đầu tư', 1, 0),
        doc('Bản sao giấy tờ pháp lý của nhà đầu tư', 0, 1),
        doc('Báo cáo tài chính 02 năm gần nhất', 0, 1),
      ],
      steps: [
        { ...receive, workingDays: 1 },
        { name: 'Lấy ý kiến các sở, ngành', department: INVESTMENT, workingDays: 5 },
        { name: 'Thẩm định, lập báo cáo thẩm định', department: INVESTMENT, workingDays: 8 },
        { name: 'Trình Ủy ban nhân dân tỉnh', department: LEADERS, workingDays: 2 },
        { ...hand, workingDays: 1 },
      ],
    },
    {
      code: 'BQL-XD-01',
      boardCode: 'TB',
      name: 'Cấp giấy phép xây dựng mới đối với công trình trong khu công nghiệp, khu kinh tế',
      field: construction,
      deadline: { value: 20, unit: 'days' },
      onlineLevel: 'partial',
      legalBasis: 'Luật Xây dựng 2014, sửa đổi 2020; Nghị định 175/2024/NĐ-CP',
      fee: '150.000 đồng/giấy phép',
      resultName: 'Giấy phép xây dựng',
      documents: BUILD_DOCUMENTS,
      steps: [
        { ...receive, workingDays: 1 },
        { name: 'Thẩm định hồ sơ, kiểm tra thực địa', department: CONSTRUCTION, workingDays: 10 },
        { ...sign, workingDays: 1 },
        { ...hand, workingDays: 1 },
      ],
    },
    {
      code: 'BQL-XD-02',
      boardCode: 'TB',
      name: 'Điều chỉnh giấy phép xây dựng',
      field: construction,
      deadline: { value: 15, unit: 'working_days' },
      onlineLevel: 'full',
      legalBasis: 'Luật Xây dựng 2014, sửa đổi 2020; Nghị định 175/2024/NĐ-CP',
      fee: '150.000 đồng/giấy phép',
      resultName: 'Giấy phép xây dựng điều chỉnh',
      documents: [
        doc('Đơn đề nghị điều chỉnh giấy phép xây dựng', 1, 0),
        doc('Giấy phép xây dựng đã được cấp', 1, 0),
        doc('Bản vẽ thiết kế phần điều chỉnh', 2, 0),
      ],
      steps: [
        { ...receive, workingDays: 1 },
        { name: 'Thẩm định nội dung điều chỉnh', department: CONSTRUCTION, workingDays: 11 },
        { ...sign, workingDays: 2 },
        { ...hand, workingDays: 1 },
      ],
    },
    {
      code: 'BQL-XD-03',
      boardCode: 'TB',
      name: 'Cấp lại, gia hạn giấy phép xây dựng',
      field: construction,
      deadline: { value: 5, unit: 'working_days' },
      onlineLevel: 'full',
      legalBasis: 'Luật Xây dựng 2014, sửa đổi 2020; Nghị định 175/2024/NĐ-CP',
      fee: '15.000 đồng/giấy phép',
      resultName: 'Giấy phép xây dựng (cấp lại, gia hạn)',
      documents: [
        doc('Đơn đề nghị cấp lại, gia hạn giấy phép xây dựng', 1, 0),
        doc('Bản chính giấy phép xây dựng đã được cấp', 1, 0, 'Trừ trường hợp bị mất'),
      ],
      steps: [
        { ...receive, workingDays: 1 },
        { name: 'Kiểm tra hồ sơ, dự thảo giấy phép', department: CONSTRUCTION, workingDays: 2 },
        { ...sign, workingDays: 1 },
        { ...hand, workingDays: 1 },
      ],
    },
    {
      code: 'BQL-XD-04',
      boardCode: 'TB',
      name: 'Kiểm tra công tác nghiệm thu hoàn thành công trình xây dựng',
      field: construction,
      deadline: { value: 15, unit: 'days' },
      onlineLevel: 'partial',
      legalBasis: 'Luật Xây dựng 2014, sửa đổi 2020; Nghị định 06/2021/NĐ-CP',
      fee: 'Không',
      resultName: 'Văn bản thông báo kết quả kiểm tra công tác nghiệm thu',
      documents: [
        doc('Báo cáo hoàn thành thi công xây dựng hạng mục công trình, công trình', 1, 0),
        doc('Danh mục hồ sơ hoàn thành công trình', 1, 0),
      ],
      steps: [
        { ...receive, workingDays: 1 },
        { name: 'Kiểm tra hiện trường và hồ sơ hoàn thành', department: CONSTRUCTION, workingDays: 7 },
        { ...sign, workingDays: 1 },
        { ...hand, workingDays: 1 },
      ],
    },
    {
      code: 'BQL-MT-01',
      boardCode: 'TB',
      name: 'Cấp giấy phép môi trường đối với dự án trong khu công nghiệp (được ủy quyền)',
      field: 'Môi trường',
      deadline: { value: 20, unit: 'days' },
      onlineLevel: 'partial',
      legalBasis: 'Luật Bảo vệ môi trường 2020; Nghị định 08/2022/NĐ-CP',
      fee: 'Theo quy định của Hội đồng nhân dân tỉnh',
      resultName: 'Giấy phép môi trường',
      documents: [
        doc('Văn bản đề nghị cấp giấy phép môi trường', 1, 0),
        doc('Báo cáo đề xuất cấp giấy phép môi trường', 1, 0),
        doc('Bản sao báo cáo nghiên cứu khả thi hoặc tài liệu tương đương', 0, 1),
      ],
      steps: [
        { ...receive, workingDays: 1 },
        { name: 'Thẩm định, kiểm tra thực tế', department: ENVIRONMENT, workingDays: 10 },
        { ...sign, workingDays: 1 },
        { ...hand, workingDays: 1 },
      ],
    },
    {
      code: 'BQL-LD-01',
      boardCode: 'TB',
      name: 'Cấp giấy phép lao động cho người lao động nước ngoài làm việc tại khu công nghiệp',
      field: 'Lao động',
      deadline: { value: 5, unit: 'working_days' },
      onlineLevel: 'full',
      legalBasis: 'Bộ luật Lao động 2019; Nghị định 152/2020/NĐ-CP, sửa đổi bởi Nghị định 70/2023/NĐ-CP',
      fee: 'Theo quy định của Hội đồng nhân dân tỉnh',
      resultName: 'Giấy phép lao động',
      documents: [
        doc('Văn bản đề nghị cấp giấy phép lao động (Mẫu số 11/PLI)', 1, 0),
        doc('Giấy chứng nhận sức khỏe', 1, 0),
        doc('Phiếu lý lịch tư pháp', 1, 0),
        doc('Văn bản chứng minh là nhà quản lý, giám đốc điều hành, chuyên gia hoặc lao động kỹ thuật', 0, 1),
        doc('Hộ chiếu', 0, 1),
      ],
      steps: [
        { ...receive, workingDays: 0 },
        { name: 'Thẩm định hồ sơ', department: LABOUR, workingDays: 3 },
        { ...sign, workingDays: 1 },
        { ...hand, workingDays: 1 },
      ],
    },
    {
      code: 'BQL-LD-02',
      boardCode: 'TB',
      name: 'Đăng ký nội quy lao động của doanh nghiệp',
      field: 'Lao động',
      deadline: { value: 7, unit: 'working_days' },
      onlineLevel: 'full',
      legalBasis: 'Bộ luật Lao động 2019 (Điều 119); Nghị định 145/2020/NĐ-CP',
      fee: 'Không',
      resultName: 'Thông báo về việc đăng ký nội quy lao động',
      documents: [
        doc('Văn bản đề nghị đăng ký nội quy lao động', 1, 0),
        doc('Nội quy lao động', 1, 0),
        doc('Văn bản góp ý của tổ chức đại diện người lao động tại cơ sở', 0, 1),
      ],
      steps: [
        { ...receive, workingDays: 1 },
        { name: 'Xem xét nội quy lao động', department: LABOUR, workingDays: 4 },
        { ...sign, workingDays: 1 },
        { ...hand, workingDays: 1 },
      ],
    },
    {
      code: 'BQL-LD-03',
      boardCode: 'TB',
      name: 'Xác nhận người lao động nước ngoài không thuộc diện cấp giấy phép lao động',
      field: 'Lao động',
      deadline: { value: 5, unit: 'working_days' },
      onlineLevel: 'full',
      legalBasis: 'Nghị định 152/2020/NĐ-CP, sửa đổi bởi Nghị định 70/2023/NĐ-CP',
      fee: 'Không',
      resultName: 'Văn bản xác nhận không thuộc diện cấp giấy phép lao động',
      documents: [
        doc('Văn bản đề nghị xác nhận (Mẫu số 09/PLI)', 1, 0),
        doc('Giấy chứng nhận sức khỏe', 1, 0),
        doc('Hộ chiếu', 0, 1),
      ],
      steps: [
        { ...receive, workingDays: 0 },
        { name: 'Thẩm định hồ sơ', department: LABOUR, workingDays: 3 },
        { ...sign, workingDays: 1 },
        { ...hand, workingDays: 1 },
      ],
    },
  ];
}

/** How often each procedure is applied for (relative weights), and who applies. */
const MIX: { code: string; weight: number; applicants: 'FDI' | 'any' | 'new'; summary: string }[] = [
  {
    code: 'BQL-DT-01',
    weight: 7,
    applicants: 'new',
    summary: 'Đề nghị cấp Giấy chứng nhận đăng ký đầu tư dự án',
  },
  {
    code: 'BQL-DT-02',
    weight: 16,
    applicants: 'FDI',
    summary: 'Đề nghị điều chỉnh vốn đầu tư, quy mô dự án',
  },
  { code: 'BQL-DT-03', weight: 12, applicants: 'FDI', summary: 'Đề nghị điều chỉnh tiến độ thực hiện dự án' },
  { code: 'BQL-DT-04', weight: 2, applicants: 'new', summary: 'Đề nghị chấp thuận chủ trương đầu tư dự án' },
  { code: 'BQL-XD-01', weight: 7, applicants: 'any', summary: 'Đề nghị cấp giấy phép xây dựng nhà xưởng' },
  { code: 'BQL-XD-02', weight: 4, applicants: 'any', summary: 'Đề nghị điều chỉnh giấy phép xây dựng' },
  { code: 'BQL-XD-03', weight: 3, applicants: 'any', summary: 'Đề nghị gia hạn giấy phép xây dựng' },
  {
    code: 'BQL-XD-04',
    weight: 6,
    applicants: 'any',
    summary: 'Đề nghị kiểm tra công tác nghiệm thu công trình',
  },
  { code: 'BQL-MT-01', weight: 4, applicants: 'any', summary: 'Đề nghị cấp giấy phép môi trường' },
  {
    code: 'BQL-LD-01',
    weight: 22,
    applicants: 'FDI',
    summary: 'Đề nghị cấp giấy phép lao động cho chuyên gia',
  },
  { code: 'BQL-LD-02', weight: 6, applicants: 'any', summary: 'Đề nghị đăng ký nội quy lao động' },
  {
    code: 'BQL-LD-03',
    weight: 3,
    applicants: 'FDI',
    summary: 'Đề nghị xác nhận không thuộc diện cấp giấy phép lao động',
  },
];

/** Investors not yet in the zones (new projects apply for a certificate or a policy approval). */
const NEW_INVESTORS = [
  'Công ty TNHH Kyungshin Electric Việt Nam',
  'Công ty TNHH Jinko Solar Thái Bình',
  'Công ty Cổ phần Đầu tư Hạ tầng Liên Hà Thái',
  'Công ty TNHH Polytex Far Eastern Việt Nam',
  'Công ty TNHH Nippon Express Logistics Thái Bình',
  'Công ty Cổ phần Dệt may Tiền Hải',
  'Công ty TNHH Sewon Precision Vina',
  'Công ty TNHH Thực phẩm Đông Hưng',
  'Công ty TNHH Lihua Textile Việt Nam',
  'Công ty Cổ phần Năng lượng Thái Thụy',
];

const SUPPLEMENT_REASONS = [
  'Bổ sung bản vẽ mặt bằng tổng thể có chữ ký, đóng dấu',
  'Bổ sung văn bản chứng minh năng lực tài chính của nhà đầu tư',
  'Hoàn thiện văn bản đề nghị theo đúng mẫu',
  'Bổ sung bản dịch công chứng hộ chiếu',
  'Bổ sung giấy chứng nhận sức khỏe còn thời hạn',
];

function mulberry32(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** hh:mm:ss +07:00 on a date, `minutes` after midnight. */
const at = (date: string, minutes: number) =>
  `${date}T${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}:00+07:00`;

/** The working days from `from` to `to`, both included. */
function workingDaysIn(calendar: WorkingCalendar, from: string, to: string): string[] {
  const days: string[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) if (calendar.isWorkingDay(d)) days.push(d);
  return days;
}

/**
 * The board's dossiers of the year: a few hundred, each on a working day in office hours, every
 * result early or on time, the last ones still in progress and not yet due on 30/11/2026.
 */
export function thaiBinhDossiers(
  procedures: readonly PackageProcedure[],
  enterprises: readonly PackageEnterprise[],
): PackageDossier[] {
  const { from, to, seed } = THAI_BINH_ONE_STOP_FIGURES;
  const random = mulberry32(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const calendar = workingCalendar();
  const byCode = new Map(procedures.map((p) => [p.code, p]));
  const fdi = enterprises.filter((e) => e.investmentType === 'FDI');
  const totalWeight = MIX.reduce((sum, m) => sum + m.weight, 0);
  const drawProcedure = () => {
    let r = random() * totalWeight;
    for (const m of MIX) if ((r -= m.weight) < 0) return m;
    return MIX[MIX.length - 1]!;
  };
  const versionOn = (p: PackageProcedure, date: string) =>
    [p, ...(p.versions ?? [])]
      .map((v) => ({ v, from: v.effectiveFrom ?? '2021-01-01' }))
      .filter((x) => x.from <= date)
      .sort((a, b) => (a.from < b.from ? 1 : -1))[0]!.v;
  // The kinds of result: mostly approved; each other kind appears.
  const drawResult = (): ResultKind => {
    const r = random();
    return r < 0.9 ? 'approved' : r < 0.95 ? 'refused' : r < 0.98 ? 'withdrawn' : 'stopped';
  };
  const lastResultDay = to; // nothing after the last day of data
  const dossiers: PackageDossier[] = [];
  let awaiting = 0;

  for (const day of workingDaysIn(calendar, from, to)) {
    const draw = random();
    const count = draw < 0.15 ? 0 : draw < 0.6 ? 1 : draw < 0.92 ? 2 : 3;
    const times = Array.from({ length: count }, () => 480 + Math.floor(random() * 510)).sort((a, b) => a - b);
    times.forEach((minutes, i) => {
      const mix = drawProcedure();
      const procedure = byCode.get(mix.code)!;
      const version = versionOn(procedure, day);
      const receivedAt = at(day, minutes);
      const channelDraw = random();
      const channel =
        version.onlineLevel === 'full'
          ? channelDraw < 0.85
            ? 'online'
            : channelDraw < 0.95
              ? 'counter'
              : 'post'
          : channelDraw < 0.55
            ? 'online'
            : channelDraw < 0.85
              ? 'counter'
              : 'post';
      const enterprise =
        mix.applicants === 'new' ? null : mix.applicants === 'FDI' ? pick(fdi) : pick(enterprises);
      const applicant = enterprise?.name ?? pick(NEW_INVESTORS);
      const deadline = version.deadline;
      const dayZero = day;

      // One supplement request in about one dossier in seven, supplied a few working days later.
      const supplements: NonNullable<PackageDossier['supplements']> = [];
      const isLast = day >= '2026-11-23';
      if (random() < 0.14 && (deadline.unit === 'days' || deadline.value >= 3)) {
        const requestedOn = addWorkingDays(calendar, dayZero, 1);
        const suppliedOn = addWorkingDays(calendar, requestedOn, 2 + Math.floor(random() * 4));
        const reason = pick(SUPPLEMENT_REASONS);
        if (isLast && awaiting < 1 && requestedOn <= lastResultDay) {
          supplements.push({ requestedAt: at(requestedOn, 540 + Math.floor(random() * 120)), reason });
          awaiting++;
        } else if (suppliedOn <= lastResultDay) {
          supplements.push({
            requestedAt: at(requestedOn, 540 + Math.floor(random() * 120)),
            suppliedAt: at(suppliedOn, 480 + Math.floor(random() * 150)),
            reason,
          });
        }
      }
      const timing = dueDate(calendar, { receivedAt, deadline, supplements });
      const waitingFor = supplements.find((s) => s.suppliedAt == null);

      // The result: on a working day after the receipt (and after the supplement arrived), on
      // or before the due date and the last day of data; early mostly, on the due date at times.
      let result: PackageDossier['result'] = undefined;
      if (!waitingFor) {
        const after = supplements.at(-1)?.suppliedAt?.slice(0, 10) ?? dayZero;
        const first = addWorkingDays(calendar, after, 1);
        const last = timing.dueDate < lastResultDay ? timing.dueDate : lastResultDay;
        const kind = drawResult();
        const span = first <= last ? workingDaysBetween(calendar, first, last) : 0;
        if (span > 0 && (timing.dueDate < '2026-11-30' || !isLast)) {
          // Withdrawn and stopped dossiers end sooner; approvals come late in the span.
          const share = kind === 'approved' || kind === 'refused' ? 0.3 + random() * 0.6 : random() * 0.5;
          const offset = random() < 0.12 ? span - 1 : Math.min(span - 1, Math.floor(share * span));
          const resultDay = addWorkingDays(calendar, first, offset);
          result = { kind, at: at(resultDay, 840 + Math.floor(random() * 150)) };
        }
      }
      const seq = String(i + 1).padStart(4, '0');
      dossiers.push({
        code: `${THAI_BINH_ONE_STOP_OFFICE.codePrefix}-${day.slice(2, 4)}${day.slice(5, 7)}${day.slice(8, 10)}-${seq}`,
        boardCode: 'TB',
        procedureCode: procedure.code,
        channel,
        applicant,
        receivedAt,
        supplements,
        ...(result ? { result } : {}),
        summary: `${mix.summary} – ${applicant}`,
        ...(enterprise ? { applicantTaxCode: enterprise.taxCode } : {}),
      });
    });
  }
  return dossiers;
}

/** The demo board's one-stop kinds for its package. */
export function thaiBinhOneStop(enterprises: readonly PackageEnterprise[]): {
  procedures: PackageProcedure[];
  dossiers: PackageDossier[];
} {
  const procedures = thaiBinhProcedures();
  return { procedures, dossiers: thaiBinhDossiers(procedures, enterprises) };
}
