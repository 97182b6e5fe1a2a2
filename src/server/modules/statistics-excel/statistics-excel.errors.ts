import { defineErrors, IMPORT_MAX_DETAILS } from '../../kernel/errors.ts';

/** Errors of the staff Excel import and export of periodic reports. */
export const StatisticsExcelErrors = defineErrors({
  STATISTICS_IMPORT_INVALID: {
    status: 422,
    message: 'Tệp Excel có lỗi; không có số liệu nào được ghi. Danh sách lỗi theo từng dòng ở "details".',
    maxDetails: IMPORT_MAX_DETAILS,
  },
  STATISTICS_PERIOD_INVALID: {
    status: 400,
    message: 'Kỳ báo cáo có dạng "2019", "2019-H1", "2019-Q3" hoặc "2019-11".',
  },
  STATISTICS_BOARD_REQUIRED: {
    status: 400,
    message: 'Hãy chọn Ban Quản lý (boardId) vì bạn xem được nhiều Ban.',
  },
  STATISTICS_BOARD_NOT_FOUND: { status: 404, message: 'Không tìm thấy Ban Quản lý này.' },
});
