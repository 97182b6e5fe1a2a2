import type { z } from 'zod';

/**
 * What a package's fields are called in the board's words, for error messages: a person fixing
 * a file reads "Thiếu mã khu (zoneCode)", not "expected string, received undefined".
 */
const FIELD_LABELS: Record<string, string> = {
  code: 'mã',
  boardCode: 'mã Ban Quản lý',
  zoneCode: 'mã khu',
  projectCode: 'mã số dự án',
  projectCodes: 'mã số các dự án',
  taxCode: 'mã số thuế',
  name: 'tên',
  provinceCode: 'mã tỉnh',
  dissolvedOn: 'ngày giải thể',
  succeededBy: 'Ban kế thừa',
  kind: 'loại',
  status: 'trạng thái',
  statusHistory: 'lịch sử trạng thái',
  boardHistory: 'lịch sử Ban quản lý',
  since: 'từ ngày',
  areaHa: 'diện tích (ha)',
  industrialLandHa: 'đất công nghiệp (ha)',
  leasedLandHa: 'đất đã cho thuê (ha)',
  landHa: 'diện tích đất (ha)',
  developer: 'chủ đầu tư hạ tầng',
  investmentType: 'loại dự án (FDI/DDI)',
  investors: 'nhà đầu tư',
  country: 'quốc gia',
  sector: 'ngành (VSIC)',
  date: 'ngày',
  asOf: 'ngày',
  documentNo: 'số văn bản',
  capitalVnd: 'vốn (đồng)',
  capitalUsd: 'vốn (USD)',
  implementedVnd: 'vốn thực hiện (đồng)',
  period: 'kỳ báo cáo',
  productionValueVnd: 'giá trị sản xuất (đồng)',
  revenueVnd: 'doanh thu (đồng)',
  exportUsd: 'xuất khẩu (USD)',
  importUsd: 'nhập khẩu (USD)',
  budgetPaidVnd: 'nộp ngân sách (đồng)',
  workers: 'số lao động',
  insuredWorkers: 'số lao động có bảo hiểm xã hội',
  averageIncomeVnd: 'thu nhập bình quân (đồng)',
  // Blocs (blocs-v1).
  bloc: 'mã khối thi đua',
  board: 'mã Ban Quản lý',
  years: 'các năm',
  members: 'thành viên',
  leader: 'khối trưởng',
  deputy: 'khối phó',
  newProjectsFdi: 'số dự án FDI cấp mới',
  newProjectsDdi: 'số dự án trong nước cấp mới',
  capitalFdiUsd: 'vốn FDI cấp mới và điều chỉnh (USD)',
  capitalDdiVnd: 'vốn trong nước cấp mới và điều chỉnh (đồng)',
  revenueFdiUsd: 'doanh thu doanh nghiệp FDI (USD)',
  revenueDdiVnd: 'doanh thu doanh nghiệp trong nước (đồng)',
  budgetPaidFdiUsd: 'nộp ngân sách doanh nghiệp FDI (USD)',
  budgetPaidDdiVnd: 'nộp ngân sách doanh nghiệp trong nước (đồng)',
  zonesInPlanCount: 'số KCN trong quy hoạch',
  zonesInPlanAreaHa: 'diện tích KCN trong quy hoạch (ha)',
  zonesOperatingCount: 'số KCN đang hoạt động',
  zonesOperatingAreaHa: 'diện tích KCN đang hoạt động (ha)',
  zonesUnderConstructionCount: 'số KCN đang xây dựng',
  zonesUnderConstructionAreaHa: 'diện tích KCN đang xây dựng (ha)',
  // The one-stop shop (one-stop-v1).
  year: 'năm',
  daysOff: 'ngày nghỉ',
  workdays: 'ngày làm bù',
  note: 'ghi chú',
  deadline: 'thời hạn giải quyết',
  value: 'số ngày',
  unit: 'đơn vị thời hạn',
  onlineLevel: 'mức dịch vụ công trực tuyến',
  legalBasis: 'căn cứ pháp lý',
  fee: 'lệ phí',
  field: 'lĩnh vực',
  effectiveFrom: 'ngày hiệu lực',
  retiredOn: 'ngày bãi bỏ',
  versions: 'các phiên bản',
  documents: 'thành phần hồ sơ',
  originals: 'số bản chính',
  copies: 'số bản sao',
  steps: 'các bước xử lý',
  department: 'phòng, bộ phận',
  workingDays: 'số ngày làm việc',
  resultName: 'tên kết quả',
  procedureCode: 'mã thủ tục',
  channel: 'kênh tiếp nhận',
  applicant: 'tổ chức, cá nhân nộp hồ sơ',
  receivedAt: 'thời điểm tiếp nhận',
  supplements: 'các lần yêu cầu bổ sung',
  requestedAt: 'thời điểm yêu cầu bổ sung',
  suppliedAt: 'thời điểm nộp hồ sơ bổ sung',
  reason: 'lý do',
  result: 'kết quả',
  at: 'thời điểm',
  number: 'số, ký hiệu',
  summary: 'trích yếu',
  applicantTaxCode: 'mã số thuế người nộp',
  applicantEmail: 'thư điện tử người nộp',
  applicantPhone: 'điện thoại người nộp',
  applicantAddress: 'địa chỉ người nộp',
};

const TYPE_NAMES: Record<string, string> = {
  string: 'một chuỗi ký tự (trong dấu ngoặc kép)',
  number: 'một số',
  boolean: 'true hoặc false',
  array: 'một danh sách [ … ]',
  object: 'một đối tượng { … }',
};

/** "mã khu (zoneCode)" for the field at this path; the record itself when the path is empty. */
export function fieldLabel(path: readonly PropertyKey[]): string {
  const last = [...path].reverse().find((segment) => typeof segment === 'string');
  if (last === undefined) return 'bản ghi';
  const label = FIELD_LABELS[last as string];
  const where = path.map(String).join('.');
  return label ? `${label} (${where})` : `"${where}"`;
}

/**
 * A package problem in plain Vietnamese. The schemas' own messages (formats of codes, amounts,
 * dates) are already written for people and are kept; zod's generic ones are reworded.
 */
export function packageIssueMessage(issue: z.core.$ZodIssue, record: unknown, key?: string): string {
  const field = fieldLabel(key ? [...issue.path, key] : issue.path);
  switch (issue.code) {
    case 'invalid_type': {
      const expected = TYPE_NAMES[issue.expected] ?? issue.expected;
      return valueAt(record, issue.path) === undefined
        ? `Thiếu ${field}.`
        : `${capitalise(field)} phải là ${expected}.`;
    }
    case 'unrecognized_keys':
      return `Trường "${key}" không có trong định dạng gói dữ liệu (kcn-data-package phiên bản 1); hãy xóa hoặc sửa tên trường.`;
    case 'invalid_value':
      return `${capitalise(field)} phải là một trong: ${issue.values.map((v) => String(v)).join(', ')}.`;
    case 'too_small':
      return issue.origin === 'array'
        ? `${capitalise(field)} cần ít nhất ${issue.minimum} mục.`
        : issue.origin === 'string'
          ? `${capitalise(field)} quá ngắn (ít nhất ${issue.minimum} ký tự).`
          : `${capitalise(field)} phải từ ${issue.minimum} trở lên.`;
    case 'too_big':
      return issue.origin === 'array'
        ? `${capitalise(field)} có quá nhiều mục (tối đa ${issue.maximum}).`
        : issue.origin === 'string'
          ? `${capitalise(field)} quá dài (tối đa ${issue.maximum} ký tự).`
          : `${capitalise(field)} phải từ ${issue.maximum} trở xuống.`;
    default:
      return issue.message;
  }
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The value at a path of the record as it was sent (undefined when absent). */
function valueAt(record: unknown, path: readonly PropertyKey[]): unknown {
  let value = record;
  for (const segment of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[segment];
  }
  return value;
}
