import { defineErrors } from '../../kernel/errors.ts';

export const UserErrors = defineErrors({
  AUTH_INVALID_CREDENTIALS: { status: 401, message: 'Tên đăng nhập hoặc mật khẩu không đúng.' },
  AUTH_ACCOUNT_LOCKED: {
    status: 429,
    message:
      'Tài khoản tạm khóa do đăng nhập sai nhiều lần. Hãy thử lại sau 15 phút hoặc liên hệ quản trị viên.',
  },
  AUTH_ACCOUNT_DISABLED: { status: 403, message: 'Tài khoản đã bị vô hiệu hóa.' },
  AUTH_WRONG_PASSWORD: { status: 400, message: 'Mật khẩu hiện tại không đúng.' },
  USER_NOT_FOUND: { status: 404, message: 'Không tìm thấy người dùng.' },
  USER_USERNAME_TAKEN: { status: 409, message: 'Tên đăng nhập đã được dùng.' },
  USER_SCOPE_INVALID: { status: 400, message: 'Phạm vi người dùng không hợp lệ.' },
  USER_CANNOT_DISABLE_SELF: { status: 400, message: 'Không thể tự vô hiệu hóa tài khoản của mình.' },
  TOKEN_NOT_FOUND: { status: 404, message: 'Không tìm thấy mã truy cập.' },
});
