import { defineErrors } from '../../kernel/errors.ts';

export const FilingErrors = defineErrors({
  STATISTICS_REPORT_NOT_FOUND: { status: 404, message: 'Không tìm thấy báo cáo thống kê.' },
  STATISTICS_REPORT_LOCKED: {
    status: 409,
    message: 'Báo cáo đã được tiếp nhận và bị khóa; cần gửi yêu cầu mở khóa để sửa.',
  },
  STATISTICS_REPORT_NOT_EDITABLE: {
    status: 409,
    message: 'Báo cáo đã nộp, đang chờ xem xét; không thể sửa lúc này.',
  },
  STATISTICS_REPORT_NOT_SUBMITTABLE: {
    status: 409,
    message: 'Chỉ nộp được báo cáo đang soạn hoặc đã bị trả lại.',
  },
  STATISTICS_REPORT_NOT_SUBMITTED: {
    status: 409,
    message: 'Chỉ tiếp nhận hoặc trả lại được báo cáo đã nộp.',
  },
  STATISTICS_REPORT_NOT_LOCKED: {
    status: 409,
    message: 'Chỉ yêu cầu mở khóa được báo cáo đã được tiếp nhận.',
  },
  STATISTICS_RULES_FAILED: {
    status: 422,
    message: 'Báo cáo có số liệu không hợp lệ; hãy sửa các lỗi được liệt kê.',
  },
  STATISTICS_COMMENT_REQUIRED: {
    status: 422,
    message: 'Báo cáo có số liệu bất thường; hãy giải trình từng cảnh báo trước khi nộp.',
  },
  STATISTICS_RULE_NOT_FOUND: { status: 404, message: 'Không có quy tắc kiểm tra này.' },
  STATISTICS_RULE_PARAMS_INVALID: { status: 400, message: 'Tham số của quy tắc kiểm tra không hợp lệ.' },
  STATISTICS_UNLOCK_NOT_FOUND: { status: 404, message: 'Không tìm thấy yêu cầu mở khóa.' },
  STATISTICS_UNLOCK_PENDING: {
    status: 409,
    message: 'Báo cáo đã có một yêu cầu mở khóa đang chờ xử lý.',
  },
  STATISTICS_UNLOCK_DECIDED: { status: 409, message: 'Yêu cầu mở khóa này đã được xử lý.' },
});
