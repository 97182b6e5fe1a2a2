import { defineErrors } from '../../kernel/errors.ts';

/** A zone's master data (thông tin chung của khu): stable codes, Vietnamese messages. */
export const ZoneProfileErrors = defineErrors({
  ZONE_PROFILE_INVALID: {
    status: 422,
    message: 'Thông tin chung của khu không hợp lệ: xem từng lỗi trong danh sách.',
  },
  ZONE_PROFILE_INVESTOR_NOT_FOUND: {
    status: 422,
    message: 'Không tìm thấy nhà đầu tư này trong Ban Quản lý của khu.',
  },
  ZONE_PROFILE_PROJECT_NOT_FOUND: {
    status: 422,
    message: 'Không tìm thấy dự án này trong khu.',
  },
  ZONE_PROFILE_INVESTOR_NOT_OF_PROJECT: {
    status: 422,
    message: 'Chủ đầu tư hạ tầng phải là một nhà đầu tư của dự án hạ tầng đã chọn.',
  },
});
