import { defineErrors } from '../../kernel/errors.ts';

/** The register of decisions about a zone: stable codes, Vietnamese messages. */
export const PlanningErrors = defineErrors({
  PLANNING_BOARD_NOT_FOUND: { status: 404, message: 'Không tìm thấy Ban Quản lý này.' },
  PLANNING_DECISION_NOT_FOUND: { status: 404, message: 'Không tìm thấy quyết định này.' },
  PLANNING_ZONE_NOT_FOUND: { status: 404, message: 'Không tìm thấy khu công nghiệp, khu kinh tế này.' },
  PLANNING_ZONE_UNKNOWN: {
    status: 422,
    message: 'Không tìm thấy khu công nghiệp, khu kinh tế của quyết định.',
  },
  PLANNING_DECISION_IN_FUTURE: {
    status: 422,
    message: 'Ngày ký quyết định không được sau ngày hôm nay.',
  },
  PLANNING_DECISION_AREA_REQUIRED: {
    status: 422,
    message: 'Quyết định điều chỉnh diện tích, ranh giới phải ghi diện tích trước và sau điều chỉnh.',
  },
  PLANNING_DECISION_AREA_NOT_APPLICABLE: {
    status: 422,
    message: 'Chỉ quyết định điều chỉnh diện tích, ranh giới mới ghi diện tích trước điều chỉnh.',
  },
  PLANNING_DECISION_AREA_UNCHANGED: {
    status: 422,
    message: 'Quyết định điều chỉnh diện tích phải có diện tích sau khác diện tích trước.',
  },
  PLANNING_DECISION_DUPLICATE: {
    status: 409,
    message: 'Khu đã có một quyết định cùng số, ký hiệu và ngày ký.',
  },
  PLANNING_DECISION_HAS_FILE: {
    status: 409,
    message: 'Quyết định đã có tệp văn bản ký: không xóa được.',
  },
  PLANNING_FILE_EMPTY: { status: 400, message: 'Tệp quyết định rỗng.' },
  PLANNING_FILE_TYPE: {
    status: 415,
    message: 'Tệp quyết định phải là PDF, hoặc ảnh chụp JPEG, PNG.',
  },
  PLANNING_FILE_EXISTS: {
    status: 409,
    message: 'Quyết định đã có tệp văn bản ký: không thay được.',
  },
  PLANNING_FILE_NOT_FOUND: { status: 404, message: 'Quyết định chưa có tệp văn bản ký.' },
});
