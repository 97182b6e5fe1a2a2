import { defineErrors } from '../../kernel/errors.ts';

export const ZoneErrors = defineErrors({
  ZONE_NOT_FOUND: { status: 404, message: 'Không tìm thấy khu công nghiệp / khu kinh tế.' },
  ZONE_CODE_TAKEN: { status: 409, message: 'Mã khu đã được dùng trong Ban Quản lý này.' },
  ZONE_STATUS_HISTORY_INVALID: { status: 400, message: 'Lịch sử trạng thái của khu không hợp lệ.' },
  ZONE_HAS_PROJECTS: { status: 409, message: 'Không thể xóa khu đang có dự án.' },
  ZONE_PARENT_OTHER_BOARD: {
    status: 400,
    message: 'Khu kinh tế chứa khu này phải thuộc cùng Ban Quản lý.',
  },
  ZONE_PARENT_NOT_ECONOMIC_ZONE: {
    status: 400,
    message: 'Khu chứa khu này phải là khu kinh tế (KKT).',
  },
  ZONE_PARENT_CYCLE: {
    status: 400,
    message: 'Một khu không thể nằm trong chính nó hoặc trong khu nằm trong nó.',
  },
  ZONE_LEASED_LAND_EXCEEDS: {
    status: 400,
    message: 'Diện tích đã cho thuê không thể lớn hơn diện tích đất công nghiệp, dịch vụ của khu.',
  },
  ZONE_LAND_HISTORY_INVALID: {
    status: 400,
    message: 'Lịch sử đất của khu phải theo thứ tự thời gian tăng dần, không trùng ngày.',
  },
  ZONE_LAND_DIFFERS_FROM_HISTORY: {
    status: 400,
    message: 'Số liệu đất hiện tại của khu phải trùng với mốc cuối của lịch sử đất.',
  },
  ZONE_LAND_DATE_TAKEN: { status: 409, message: 'Đã có số liệu đất của khu từ ngày này.' },
  ZONE_LAND_DATE_IN_FUTURE: { status: 400, message: 'Ngày của số liệu đất không thể sau hôm nay.' },
  ZONE_LAND_HISTORY_START_REQUIRED: {
    status: 400,
    message: 'Khu chưa có lịch sử đất: cho biết số liệu hiện tại có từ ngày nào.',
  },
  ZONE_HAS_CHILD_ZONES: {
    status: 409,
    message: 'Khu kinh tế đang chứa các khu công nghiệp, khu chế xuất: không thể đổi loại khu.',
  },
});
