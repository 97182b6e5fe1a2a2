import { defineErrors } from '../../kernel/errors.ts';

/** Inspection's errors (plans, inspections, findings, follow-up): stable codes, Vietnamese messages. */
export const InspectionErrors = defineErrors({
  INSPECTION_BOARD_REQUIRED: { status: 400, message: 'Cần chọn Ban Quản lý (board).' },
  INSPECTION_BOARD_NOT_FOUND: { status: 404, message: 'Không tìm thấy Ban Quản lý này.' },
  INSPECTION_PLAN_NOT_FOUND: { status: 404, message: 'Không tìm thấy kế hoạch kiểm tra.' },
  INSPECTION_PLAN_ITEM_NOT_FOUND: {
    status: 404,
    message: 'Không tìm thấy doanh nghiệp này trong kế hoạch kiểm tra.',
  },
  INSPECTION_NOT_FOUND: { status: 404, message: 'Không tìm thấy cuộc kiểm tra.' },
  INSPECTION_FINDING_NOT_FOUND: { status: 404, message: 'Không tìm thấy vi phạm, tồn tại này.' },
  INSPECTION_ENTERPRISE_NOT_FOUND: {
    status: 422,
    message: 'Doanh nghiệp không thuộc Ban Quản lý.',
  },
  INSPECTION_PLAN_NOT_DRAFT: {
    status: 409,
    message: 'Kế hoạch đã được phê duyệt: không thể xóa hoặc sửa danh sách doanh nghiệp, nội dung kiểm tra.',
  },
  INSPECTION_PLAN_NOT_APPROVED: {
    status: 409,
    message: 'Kế hoạch kiểm tra chưa được phê duyệt: chưa thể tiến hành kiểm tra theo kế hoạch.',
  },
  INSPECTION_PLAN_EMPTY: {
    status: 422,
    message: 'Kế hoạch chưa có doanh nghiệp nào để kiểm tra: chưa thể phê duyệt.',
  },
  INSPECTION_PLAN_ITEM_DONE: {
    status: 409,
    message: 'Đã có cuộc kiểm tra theo dòng kế hoạch này: không thể xóa hoặc đổi doanh nghiệp.',
  },
  INSPECTION_TOPICS_INVALID: {
    status: 422,
    message: 'Nội dung kiểm tra không hợp lệ.',
  },
  INSPECTION_KIND_INVALID: {
    status: 400,
    message:
      'Cuộc kiểm tra theo kế hoạch ghi dòng kế hoạch (planItemId); cuộc kiểm tra đột xuất ghi doanh nghiệp (enterpriseId) — không cả hai.',
  },
  INSPECTION_DATES_INVALID: {
    status: 422,
    message: 'Ngày không hợp lệ.',
  },
  INSPECTION_CONCLUDED: {
    status: 409,
    message: 'Cuộc kiểm tra đã có kết luận: không thể sửa nội dung này.',
  },
  INSPECTION_NOT_CONCLUDED: {
    status: 409,
    message: 'Cuộc kiểm tra chưa có kết luận kiểm tra.',
  },
  INSPECTION_FINDING_CLOSED: {
    status: 409,
    message: 'Vi phạm đã được khắc phục xong (đã đóng): mở lại trước khi sửa hoặc ghi thêm.',
  },
  INSPECTION_FINDING_NOT_CLOSED: {
    status: 409,
    message: 'Vi phạm chưa được đóng nên không thể mở lại.',
  },
  INSPECTION_FINDING_NO_EVIDENCE: {
    status: 422,
    message: 'Chưa có kết quả khắc phục kèm chứng cứ: chưa thể đóng vi phạm.',
  },
  INSPECTION_FOLLOW_UP_NOT_FOUND: { status: 404, message: 'Không tìm thấy lần ghi kết quả khắc phục này.' },
  INSPECTION_FOLLOW_UP_FILE_NOT_FOUND: {
    status: 404,
    message: 'Lần ghi kết quả khắc phục này không có tệp chứng cứ.',
  },
  INSPECTION_FOLLOW_UP_FILE_EXISTS: {
    status: 409,
    message:
      'Lần ghi kết quả khắc phục đã có tệp chứng cứ; được lưu như đã ghi, không thay được. Ghi thêm một lần khắc phục mới để gửi tệp khác.',
  },
  INSPECTION_FILE_EMPTY: { status: 400, message: 'Tệp chứng cứ rỗng.' },
  INSPECTION_FILE_TYPE: {
    status: 415,
    message: 'Tệp chứng cứ phải là PDF, JPEG hoặc PNG; nội dung tệp không thuộc các loại này.',
  },
  INSPECTION_FINE_INVALID: {
    status: 422,
    message: 'Số tiền phạt phải là số nguyên không âm (đồng).',
  },
});
