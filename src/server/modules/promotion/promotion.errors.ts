import { defineErrors } from '../../kernel/errors.ts';

/** Investment promotion: stable codes, Vietnamese messages. */
export const PromotionErrors = defineErrors({
  PROMOTION_BOARD_NOT_FOUND: { status: 404, message: 'Không tìm thấy Ban Quản lý này.' },
  PROMOTION_ORGANISATION_NOT_FOUND: { status: 404, message: 'Không tìm thấy tổ chức này.' },
  PROMOTION_CONTACT_NOT_FOUND: { status: 404, message: 'Không tìm thấy người liên hệ này.' },
  PROMOTION_EVENT_NOT_FOUND: { status: 404, message: 'Không tìm thấy sự kiện, đoàn xúc tiến này.' },
  PROMOTION_MEETING_NOT_FOUND: { status: 404, message: 'Không tìm thấy buổi làm việc này.' },
  PROMOTION_LEAD_NOT_FOUND: { status: 404, message: 'Không tìm thấy nhà đầu tư tiềm năng này.' },
  PROMOTION_ENQUIRY_NOT_FOUND: { status: 404, message: 'Không tìm thấy yêu cầu thông tin này.' },
  PROMOTION_REFERENCE_NOT_FOUND: {
    status: 422,
    message: 'Bản ghi được tham chiếu không có trong Ban Quản lý này: xem từng lỗi trong danh sách.',
  },
  PROMOTION_EVENT_DATES: { status: 422, message: 'Ngày kết thúc không được trước ngày bắt đầu.' },
  PROMOTION_STAGE_FINAL: {
    status: 409,
    message: 'Nhà đầu tư tiềm năng đã ở giai đoạn cuối (đã cấp giấy chứng nhận hoặc dừng theo dõi).',
  },
  PROMOTION_STAGE_NOT_FORWARD: {
    status: 422,
    message: 'Giai đoạn chỉ được chuyển tiếp (hoặc sang "dừng theo dõi"), không được lùi lại.',
  },
  PROMOTION_STAGE_DATE: {
    status: 422,
    message: 'Ngày chuyển giai đoạn không được trước lần chuyển trước và không được sau hôm nay.',
  },
  PROMOTION_STAGE_PROJECT_REQUIRED: {
    status: 422,
    message: 'Giai đoạn "cấp giấy chứng nhận" cần dự án đã cấp phép của Ban Quản lý.',
  },
  PROMOTION_PROJECT_NOT_FOUND: {
    status: 422,
    message: 'Không tìm thấy dự án này trong Ban Quản lý của nhà đầu tư tiềm năng.',
  },
  PROMOTION_ENQUIRY_HANDLED: { status: 409, message: 'Yêu cầu thông tin này đã được xử lý.' },
  PROMOTION_FOLLOW_UP_DATE: {
    status: 422,
    message: 'Ngày hoàn thành việc cần làm không được trước ngày làm việc và không được sau hôm nay.',
  },
});
