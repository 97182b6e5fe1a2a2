import { defineErrors } from '../../kernel/errors.ts';

export const ZoneErrors = defineErrors({
  ZONE_NOT_FOUND: { status: 404, message: 'Không tìm thấy khu công nghiệp / khu kinh tế.' },
  ZONE_CODE_TAKEN: { status: 409, message: 'Mã khu đã được dùng trong Ban Quản lý này.' },
  ZONE_STATUS_HISTORY_INVALID: { status: 400, message: 'Lịch sử trạng thái của khu không hợp lệ.' },
  ZONE_HAS_PROJECTS: { status: 409, message: 'Không thể xóa khu đang có dự án.' },
});
