import { defineErrors } from '../../kernel/errors.ts';

export const InvestorErrors = defineErrors({
  INVESTOR_NOT_FOUND: { status: 404, message: 'Không tìm thấy nhà đầu tư.' },
  INVESTOR_DUPLICATE: {
    status: 409,
    message: 'Đã có nhà đầu tư cùng tên và quốc tịch trong Ban Quản lý này.',
  },
});
