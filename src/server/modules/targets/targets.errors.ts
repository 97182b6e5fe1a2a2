import { defineErrors } from '../../kernel/errors.ts';

export const TargetErrors = defineErrors({
  TARGET_NOT_FOUND: { status: 404, message: 'Không tìm thấy chỉ tiêu kế hoạch.' },
  PROVINCE_TOTAL_NOT_FOUND: { status: 404, message: 'Không tìm thấy số liệu toàn tỉnh.' },
  TARGET_BOARD_REQUIRED: {
    status: 400,
    message: 'Cần chọn Ban Quản lý (boardId) cho chỉ tiêu này.',
  },
});
