import { defineErrors } from '../../kernel/errors.ts';

/** The agenda's errors (việc cần làm hôm nay): stable codes, Vietnamese messages. */
export const AgendaErrors = defineErrors({
  AGENDA_BOARD_REQUIRED: {
    status: 400,
    message: 'Cần chọn Ban Quản lý (board) để xem việc cần làm.',
  },
  AGENDA_BOARD_NOT_FOUND: { status: 404, message: 'Không tìm thấy Ban Quản lý này.' },
});
