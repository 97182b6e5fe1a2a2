import { defineErrors, IMPORT_MAX_DETAILS } from '../../kernel/errors.ts';

export const PackageErrors = defineErrors({
  PACKAGE_INVALID: {
    status: 422,
    message: 'Gói dữ liệu không hợp lệ; không có dữ liệu nào được ghi. Danh sách lỗi ở "details".',
    maxDetails: IMPORT_MAX_DETAILS,
  },
});
