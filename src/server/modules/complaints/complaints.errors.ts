import { defineErrors } from '../../kernel/errors.ts';

/** Complaints' errors: stable codes, Vietnamese messages. */
export const ComplaintErrors = defineErrors({
  COMPLAINT_NOT_FOUND: { status: 404, message: 'Không tìm thấy đơn khiếu nại, tố cáo, kiến nghị này.' },
  COMPLAINTS_BOARD_NOT_FOUND: { status: 404, message: 'Không tìm thấy Ban Quản lý này.' },
  COMPLAINTS_BOARD_REQUIRED: { status: 400, message: 'Cần chọn Ban Quản lý (board).' },
  COMPLAINT_ENTERPRISE_NOT_FOUND: {
    status: 422,
    message: 'Không tìm thấy doanh nghiệp bị khiếu nại, tố cáo trong Ban Quản lý.',
  },
  COMPLAINT_HANDLER_INVALID: {
    status: 422,
    message: 'Người được giao xử lý phải là chuyên viên, lãnh đạo hoặc quản trị viên đang hoạt động của Ban.',
  },
  COMPLAINT_REPORTER_FORBIDDEN: {
    status: 403,
    message:
      'Danh tính người khiếu nại, tố cáo được bảo vệ: chỉ lãnh đạo Ban và người được giao xử lý đơn được xem.',
  },
  COMPLAINT_WRONG_STATUS: {
    status: 409,
    message: 'Đơn không ở trạng thái cho phép thao tác này.',
  },
  COMPLAINT_DATE_ORDER: {
    status: 422,
    message: 'Ngày không hợp lệ: không được trước ngày của bước trước (nhận đơn, thụ lý, giải quyết).',
  },
  COMPLAINT_EXTENSION_NOT_ALLOWED: {
    status: 422,
    message: 'Loại đơn này không được gia hạn thời hạn giải quyết.',
  },
  COMPLAINT_EXTENSION_TOO_MANY: {
    status: 422,
    message: 'Đã gia hạn đủ số lần luật cho phép đối với loại đơn này.',
  },
  COMPLAINT_EXTENSION_TOO_LONG: {
    status: 422,
    message: 'Số ngày gia hạn vượt quá mức tối đa của một lần gia hạn.',
  },
  COMPLAINT_EXTENSION_OVER_TOTAL: {
    status: 422,
    message: 'Tổng số ngày gia hạn vượt quá mức luật cho phép.',
  },
  COMPLAINT_ALREADY_PUBLISHED: { status: 409, message: 'Kết quả giải quyết đã được công khai.' },
});
