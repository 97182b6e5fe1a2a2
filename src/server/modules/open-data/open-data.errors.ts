import { defineErrors } from '../../kernel/errors.ts';

/** The open figures: stable codes, Vietnamese messages. */
export const OpenDataErrors = defineErrors({
  OPEN_DATA_BOARD_NOT_FOUND: {
    status: 404,
    message: 'Không có số liệu mở của Ban Quản lý này (mã không tồn tại hoặc Ban đã giải thể, sáp nhập).',
  },
  OPEN_DATA_YEAR_INVALID: {
    status: 422,
    message: 'Chỉ công bố số liệu của năm đã kết thúc.',
  },
});
