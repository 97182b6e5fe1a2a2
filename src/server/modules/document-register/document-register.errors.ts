import { defineErrors } from '../../kernel/errors.ts';

export const DocumentRegisterErrors = defineErrors({
  DOCUMENT_REGISTER_BOARD_REQUIRED: {
    status: 400,
    message: 'Cần chọn Ban Quản lý (boardId) của sổ văn bản đi.',
  },
  DOCUMENT_REGISTER_BOARD_NOT_FOUND: { status: 404, message: 'Không tìm thấy Ban Quản lý này.' },
});
