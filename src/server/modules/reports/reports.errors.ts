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
  BLOC_REPORT_BLOC_NOT_FOUND: {
    status: 404,
    message: 'Không tìm thấy khối thi đua có mã này.',
  },
  BLOC_REPORT_YEAR_NOT_FOUND: {
    status: 404,
    message: 'Khối thi đua chưa có thành viên, khối trưởng, khối phó của năm của kỳ báo cáo.',
  },
  BLOC_REPORT_PERIOD_INVALID: {
    status: 400,
    message: 'Kỳ báo cáo có dạng 2024, 2024-H1, 2024-Q3 hoặc 2024-05.',
  },
  BLOC_REPORT_FORBIDDEN: {
    status: 403,
    message:
      'Chỉ người dùng cấp toàn quốc, người dùng của khối hoặc của Ban Quản lý thành viên khối trong năm được xem báo cáo tổng hợp của khối.',
  },
});
