import { defineErrors } from '../../kernel/errors.ts';

export const ReportingCalendarErrors = defineErrors({
  STATISTICS_PERIOD_NOT_FOUND: { status: 404, message: 'Không tìm thấy kỳ báo cáo.' },
  STATISTICS_PERIOD_EXISTS: { status: 409, message: 'Kỳ báo cáo này đã được mở trong Ban Quản lý.' },
});
