import { defineErrors, IMPORT_MAX_DETAILS } from '../../kernel/errors.ts';

export const PackageErrors = defineErrors({
  PACKAGE_INVALID: {
    status: 422,
    message: 'Gói dữ liệu không hợp lệ; không có dữ liệu nào được ghi. Danh sách lỗi ở "details".',
    maxDetails: IMPORT_MAX_DETAILS,
  },
  PACKAGE_IMPORT_NOT_FOUND: {
    status: 404,
    message:
      'Không tìm thấy lượt nhập gói dữ liệu này (chưa bắt đầu, đã hết hạn theo dõi hoặc của người khác).',
  },
});
