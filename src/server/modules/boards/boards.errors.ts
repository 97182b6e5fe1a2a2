import { defineErrors } from '../../kernel/errors.ts';

export const BoardErrors = defineErrors({
  BOARD_NOT_FOUND: { status: 404, message: 'Không tìm thấy Ban Quản lý.' },
  BOARD_CODE_TAKEN: { status: 409, message: 'Mã Ban Quản lý đã được dùng.' },
  BLOC_NOT_FOUND: { status: 404, message: 'Không tìm thấy khối thi đua.' },
});
