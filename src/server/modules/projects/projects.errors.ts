import { defineErrors } from '../../kernel/errors.ts';

export const ProjectErrors = defineErrors({
  PROJECT_NOT_FOUND: { status: 404, message: 'Không tìm thấy dự án.' },
  PROJECT_CODE_TAKEN: { status: 409, message: 'Mã số dự án đã được dùng trong Ban Quản lý này.' },
  PROJECT_ZONE_NOT_FOUND: {
    status: 422,
    message: 'Khu được chọn không có hoặc không thuộc Ban Quản lý của dự án.',
  },
  PROJECT_INVESTOR_NOT_FOUND: {
    status: 422,
    message: 'Nhà đầu tư được chọn không có trong Ban Quản lý của dự án.',
  },
  LICENSING_EVENT_NOT_FOUND: { status: 404, message: 'Không tìm thấy lần cấp phép này.' },
  LICENSING_EVENT_DUPLICATE: {
    status: 409,
    message: 'Đã có lần cấp phép cùng loại, cùng ngày và cùng số văn bản.',
  },
  LICENSING_HISTORY_INVALID: {
    status: 422,
    message: 'Thay đổi này làm lịch sử cấp phép của dự án không hợp lệ.',
  },
  LICENSING_EVENT_INVALID: {
    status: 422,
    message: 'Lần cấp phép không hợp lệ; hãy sửa các lỗi được liệt kê.',
  },
  LICENSING_EVENT_NEW_UNDELETABLE: {
    status: 409,
    message: 'Không xóa được lần cấp mới; nếu dự án được nhập nhầm, hãy xóa cả dự án.',
  },
  CAPITAL_IMPLEMENTATION_NOT_FOUND: { status: 404, message: 'Không tìm thấy số liệu vốn thực hiện này.' },
  CAPITAL_IMPLEMENTATION_INVALID: {
    status: 422,
    message: 'Số liệu vốn thực hiện không hợp lệ; hãy sửa các lỗi được liệt kê.',
  },
  CAPITAL_IMPLEMENTATION_EXISTS: {
    status: 409,
    message: 'Đã có số liệu vốn thực hiện tại ngày này; hãy sửa số liệu đó.',
  },
});

/** Vietnamese wording of each licensing-history rule, shared by the API and the importer. */
export const LEDGER_PROBLEM_MESSAGES = {
  LEDGER_NO_NEW: 'Dự án phải có đúng một lần cấp mới (GCNĐKĐT / quyết định chủ trương đầu tư).',
  LEDGER_DUPLICATE_NEW: 'Dự án chỉ có một lần cấp mới.',
  LEDGER_EVENT_BEFORE_NEW: 'Lần cấp mới phải là lần cấp phép đầu tiên của dự án.',
  LEDGER_EVENT_AFTER_TERMINATION: 'Không có lần cấp phép nào sau khi dự án đã chấm dứt hoạt động.',
  LEDGER_NEW_WITHOUT_CAPITAL: 'Lần cấp mới phải ghi vốn đầu tư đăng ký (capitalVnd).',
} as const;
