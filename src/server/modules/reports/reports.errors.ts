import { defineErrors } from '../../kernel/errors.ts';

export const ReportErrors = defineErrors({
  REPORT_PERIOD_INVALID: {
    status: 400,
    message: 'Khoảng thời gian báo cáo không hợp lệ: ngày bắt đầu phải trước hoặc bằng ngày kết thúc.',
  },
  REPORT_ZONE_NOT_FOUND: {
    status: 404,
    message: 'Không tìm thấy khu được chọn trong các Ban Quản lý của báo cáo.',
  },
});
