import { defineErrors } from '../../kernel/errors.ts';

/** Zones' boundaries: stable codes, Vietnamese messages. */
export const BoundaryErrors = defineErrors({
  BOUNDARY_BOARD_NOT_FOUND: { status: 404, message: 'Không tìm thấy Ban Quản lý này.' },
  BOUNDARY_ZONE_NOT_FOUND: { status: 404, message: 'Không tìm thấy khu công nghiệp, khu kinh tế này.' },
  BOUNDARY_NOT_FOUND: { status: 404, message: 'Khu này chưa có ranh giới.' },
  BOUNDARY_GEOJSON_INVALID: {
    status: 422,
    message: 'Tệp ranh giới không phải GeoJSON vùng hợp lệ: xem lỗi trong danh sách.',
  },
  BOUNDARY_TOO_LARGE: {
    status: 422,
    message: 'Tệp ranh giới quá lớn: tối đa 50.000 điểm, 1.000 vùng, 1.000 đường bao một vùng.',
  },
  BOUNDARY_OUTSIDE_VIETNAM: {
    status: 422,
    message:
      'Ranh giới nằm ngoài lãnh thổ Việt Nam: kiểm tra hệ tọa độ (WGS84 hay VN-2000), kinh tuyến trục và thứ tự trục.',
  },
  BOUNDARY_CENTRAL_MERIDIAN_REQUIRED: {
    status: 422,
    message: 'Tọa độ VN-2000 cần kinh tuyến trục của tỉnh (từ 102° đến 118°, ví dụ 105,5 = 105°30′).',
  },
});
