import { defineErrors } from '../../kernel/errors.ts';

export const EnterpriseErrors = defineErrors({
  ENTERPRISE_NOT_FOUND: { status: 404, message: 'Không tìm thấy doanh nghiệp.' },
  ENTERPRISE_TAX_CODE_TAKEN: {
    status: 409,
    message: 'Mã số thuế đã được dùng cho một doanh nghiệp khác trong Ban Quản lý này.',
  },
  ENTERPRISE_REFERENCE_INVALID: {
    status: 400,
    message: 'Khu hoặc dự án được chọn không thuộc Ban Quản lý của doanh nghiệp.',
  },
  ENTERPRISE_ACCOUNT_NOT_FOUND: {
    status: 404,
    message: 'Không tìm thấy tài khoản này của doanh nghiệp.',
  },
  /** A statistics request about one board (calendar, settings, completeness) that names none. */
  STATISTICS_BOARD_REQUIRED: { status: 400, message: 'Cần chọn Ban Quản lý.' },
});
