import { defineErrors } from '../../kernel/errors.ts';

/** The dossiers' errors (hồ sơ thủ tục hành chính): stable codes, Vietnamese messages. */
export const DossierErrors = defineErrors({
  DOSSIER_BOARD_REQUIRED: {
    status: 400,
    message: 'Cần chọn Ban Quản lý (boardId) tiếp nhận hồ sơ.',
  },
  DOSSIER_BOARD_NOT_FOUND: { status: 404, message: 'Không tìm thấy Ban Quản lý này.' },
  DOSSIER_NOT_FOUND: { status: 404, message: 'Không tìm thấy hồ sơ này.' },
  DOSSIER_PROCEDURE_NOT_FOUND: {
    status: 422,
    message: 'Không tìm thấy thủ tục hành chính này trong danh mục của Ban Quản lý.',
  },
  DOSSIER_PROCEDURE_NOT_IN_FORCE: {
    status: 422,
    message: 'Thủ tục chưa có phiên bản có hiệu lực vào ngày tiếp nhận, hoặc đã bị bãi bỏ.',
  },
  DOSSIER_NOT_ONLINE: {
    status: 422,
    message: 'Thủ tục này không được cung cấp trực tuyến; hãy nộp hồ sơ tại Bộ phận một cửa.',
  },
  DOSSIER_ENTERPRISE_NOT_FOUND: {
    status: 422,
    message: 'Không tìm thấy doanh nghiệp này trong Ban Quản lý tiếp nhận hồ sơ.',
  },
  DOSSIER_DATE_INVALID: {
    status: 422,
    message: 'Thời điểm không hợp lệ: không được ở tương lai, không được trước thời điểm trước đó của hồ sơ.',
  },
  DOSSIER_STATE: {
    status: 409,
    message: 'Hồ sơ đang ở trạng thái không cho phép thao tác này.',
  },
  DOSSIER_APOLOGY_REQUIRED: {
    status: 409,
    message:
      'Hồ sơ đã quá hạn giải quyết: cần lập Văn bản xin lỗi và hẹn lại ngày trả kết quả (mẫu 04) trước khi trả kết quả hoặc kết thúc hồ sơ.',
  },
  DOSSIER_NOT_LATE: {
    status: 409,
    message: 'Hồ sơ chưa quá hạn giải quyết: chưa cần văn bản xin lỗi (mẫu 04).',
  },
  DOSSIER_APOLOGY_DATE_INVALID: {
    status: 422,
    message: 'Ngày hẹn trả mới phải sau ngày hôm nay.',
  },
  DOSSIER_SUPPLEMENT_NOT_FOUND: { status: 404, message: 'Không tìm thấy yêu cầu bổ sung này của hồ sơ.' },
  DOSSIER_SUPPLEMENT_ALREADY_SUPPLIED: {
    status: 409,
    message: 'Yêu cầu bổ sung này đã được ghi nhận là đã bổ sung.',
  },
  DOSSIER_STEP_NOT_FOUND: { status: 404, message: 'Không tìm thấy bước xử lý này của hồ sơ.' },
  DOSSIER_STEP_COMPLETED: { status: 409, message: 'Bước xử lý này đã hoàn thành.' },
  DOSSIER_ASSIGNEE_NOT_FOUND: {
    status: 422,
    message: 'Không tìm thấy cán bộ này trong Ban Quản lý của hồ sơ.',
  },
  DOSSIER_ATTACHMENT_NOT_FOUND: { status: 404, message: 'Không tìm thấy tệp đính kèm này của hồ sơ.' },
  DOSSIER_ATTACHMENT_TYPE: {
    status: 415,
    message:
      'Chỉ nhận tệp PDF, JPEG, PNG, Word (.docx) hoặc Excel (.xlsx); nội dung tệp không thuộc các loại này.',
  },
  DOSSIER_ATTACHMENT_EMPTY: { status: 400, message: 'Tệp đính kèm rỗng.' },
  DOSSIER_PUBLIC_NOT_FOUND: { status: 404, message: 'Không tìm thấy hồ sơ có mã này.' },
  DOSSIER_PUBLIC_REFUSED: {
    status: 400,
    message: 'Không thể nhận hồ sơ từ biểu mẫu này. Vui lòng điền lại biểu mẫu và gửi lại.',
  },
  DOSSIER_CONFIRMATION_INVALID: {
    status: 404,
    message: 'Liên kết xác nhận không đúng hoặc đã được dùng.',
  },
});
