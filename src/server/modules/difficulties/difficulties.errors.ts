import { defineErrors } from '../../kernel/errors.ts';

/** The difficulties module's errors: stable codes, Vietnamese messages. */
export const DifficultyErrors = defineErrors({
  DIFFICULTY_NOT_FOUND: { status: 404, message: 'Không tìm thấy khó khăn, kiến nghị này.' },
  DIFFICULTY_BOARD_NOT_FOUND: { status: 404, message: 'Không tìm thấy Ban Quản lý này.' },
  DIFFICULTY_BOARD_REQUIRED: { status: 400, message: 'Cần chọn Ban Quản lý (board).' },
  DIFFICULTY_ENTERPRISE_NOT_FOUND: {
    status: 422,
    message: 'Không tìm thấy doanh nghiệp này trong các doanh nghiệp của Ban Quản lý.',
  },
  DIFFICULTY_FIELD_NOT_ALLOWED: {
    status: 422,
    message:
      'Tài khoản doanh nghiệp chỉ gửi khó khăn, kiến nghị của chính doanh nghiệp mình, qua tài khoản, vào ngày gửi: không được chọn doanh nghiệp, kênh hay ngày.',
  },
  DIFFICULTY_FIELD_REQUIRED: {
    status: 422,
    message: 'Khi cán bộ ghi nhận khó khăn, kiến nghị, cần nêu doanh nghiệp, kênh tiếp nhận và ngày nêu.',
  },
  DIFFICULTY_DATE_INVALID: { status: 422, message: 'Ngày không hợp lệ: xem từng lỗi trong danh sách.' },
  DIFFICULTY_ALREADY_ANSWERED: {
    status: 409,
    message: 'Khó khăn, kiến nghị đã được trả lời: không sửa, chuyển hay trả lời lại được nữa.',
  },
  DIFFICULTY_NOT_ROUTED: {
    status: 409,
    message: 'Khó khăn, kiến nghị chưa được chuyển cho đơn vị chủ trì xử lý: chưa trả lời được.',
  },
  DIFFICULTY_NOT_ANSWERED: {
    status: 409,
    message: 'Khó khăn, kiến nghị chưa được trả lời: chưa xác nhận hay đề nghị xem xét lại được.',
  },
  DIFFICULTY_RESOLVED: {
    status: 409,
    message: 'Khó khăn, kiến nghị đã được doanh nghiệp xác nhận giải quyết xong: không thay đổi được nữa.',
  },
});
