import { defineErrors } from '../../kernel/errors.ts';

/** Emulation's errors (movements, covenants, scoring): stable codes, Vietnamese messages. */
export const EmulationErrors = defineErrors({
  EMULATION_BOARD_NOT_FOUND: { status: 404, message: 'Không tìm thấy Ban Quản lý này.' },
  EMULATION_BOARD_REQUIRED: {
    status: 400,
    message: 'Cần chọn Ban Quản lý (board) hoặc khối thi đua (bloc).',
  },
  EMULATION_BLOC_NOT_FOUND: { status: 404, message: 'Không tìm thấy khối thi đua này.' },
  EMULATION_BLOC_YEAR_NOT_FOUND: {
    status: 404,
    message: 'Khối thi đua chưa có thành viên, khối trưởng cho năm này.',
  },
  EMULATION_NOT_BLOC_LEADER: {
    status: 403,
    message:
      'Chỉ Ban Quản lý khối trưởng của năm, hoặc quản trị viên cấp bộ, cấp khối mới được làm việc này.',
  },
  EMULATION_MOVEMENT_NOT_FOUND: { status: 404, message: 'Không tìm thấy phong trào thi đua.' },
  EMULATION_MOVEMENT_OWNER: {
    status: 400,
    message: 'Phong trào thi đua thuộc hoặc một Ban Quản lý, hoặc một khối thi đua — không cả hai.',
  },
  EMULATION_MOVEMENT_PERIOD: {
    status: 422,
    message: 'Ngày kết thúc phong trào không được trước ngày bắt đầu.',
  },
  EMULATION_MOVEMENT_IN_USE: {
    status: 409,
    message: 'Phong trào đã có đăng ký danh hiệu hoặc đề nghị khen thưởng gắn với nó: không thể xóa.',
  },
  EMULATION_COVENANT_NOT_FOUND: {
    status: 404,
    message: 'Khối thi đua chưa có giao ước thi đua cho năm này.',
  },
  EMULATION_COVENANT_SIGNATORY: {
    status: 422,
    message: 'Ban Quản lý ký giao ước phải là thành viên của khối trong năm.',
  },
  EMULATION_COVENANT_FILE_NOT_FOUND: {
    status: 404,
    message: 'Giao ước thi đua chưa có tệp văn bản đã ký.',
  },
  EMULATION_FILE_EMPTY: { status: 400, message: 'Tệp rỗng.' },
  EMULATION_FILE_TYPE: {
    status: 415,
    message: 'Tệp văn bản đã ký phải là PDF, Word (DOCX), JPEG hoặc PNG.',
  },
  SCORING_TABLE_NOT_FOUND: {
    status: 404,
    message: 'Khối thi đua chưa có bảng tiêu chí chấm điểm cho năm này.',
  },
  SCORING_TABLE_INVALID: {
    status: 422,
    message: 'Bảng tiêu chí chưa chấm điểm được: xem từng lỗi trong danh sách.',
  },
  SCORING_TABLE_TOO_LARGE: {
    status: 422,
    message: 'Bảng tiêu chí có quá nhiều tiêu chí (tối đa 300) hoặc quá nhiều cấp (tối đa 5).',
  },
  SCORING_TABLE_LOCKED: {
    status: 409,
    message: 'Đã có Ban Quản lý gửi phiếu chấm điểm: không thể sửa bảng tiêu chí nữa.',
  },
  SCORING_SOURCE_INVALID: {
    status: 422,
    message: 'Chỉ tiêu chí định lượng mới lấy số liệu từ báo cáo tổng hợp của khối.',
  },
  SCORING_TARGET_INVALID: {
    status: 422,
    message: 'Chỉ tiêu phải gắn với một tiêu chí định lượng của bảng và một thành viên của khối trong năm.',
  },
  SCORING_NOT_MEMBER: {
    status: 404,
    message: 'Ban Quản lý này không là thành viên của khối thi đua trong năm.',
  },
  SCORING_SHEET_NOT_FOUND: { status: 404, message: 'Thành viên chưa có phiếu chấm điểm.' },
  SCORING_SHEET_STATE: {
    status: 409,
    message: 'Phiếu chấm điểm không ở trạng thái cho phép việc này.',
  },
  SCORING_ENTRY_INVALID: {
    status: 422,
    message: 'Giá trị chấm điểm không hợp với tiêu chí: xem từng lỗi trong danh sách.',
  },
});
