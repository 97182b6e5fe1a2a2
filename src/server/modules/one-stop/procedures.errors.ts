import { defineErrors } from '../../kernel/errors.ts';

/** The procedure catalogue's and the one-stop office's errors: stable codes, Vietnamese messages. */
export const ProcedureErrors = defineErrors({
  PROCEDURE_NOT_FOUND: { status: 404, message: 'Không tìm thấy thủ tục hành chính.' },
  PROCEDURE_VERSION_NOT_FOUND: { status: 404, message: 'Không tìm thấy phiên bản này của thủ tục.' },
  PROCEDURE_BOARD_REQUIRED: { status: 400, message: 'Cần chọn Ban Quản lý (boardId).' },
  PROCEDURE_BOARD_NOT_FOUND: { status: 404, message: 'Không tìm thấy Ban Quản lý này.' },
  PROCEDURE_CODE_TAKEN: { status: 409, message: 'Mã thủ tục đã được dùng trong Ban Quản lý này.' },
  PROCEDURE_VERSION_DATE_TAKEN: {
    status: 409,
    message: 'Thủ tục đã có một phiên bản có hiệu lực từ ngày này.',
  },
  PROCEDURE_VERSION_IN_USE: {
    status: 409,
    message:
      'Đã có hồ sơ tiếp nhận theo phiên bản này: không thể đổi thời hạn giải quyết hay ngày hiệu lực. Hãy thêm một phiên bản mới.',
  },
  PROCEDURE_STEPS_EXCEED_DEADLINE: {
    status: 422,
    message: 'Tổng số ngày làm việc của các bước vượt quá thời hạn giải quyết của thủ tục.',
  },
});
