import { defineErrors } from '../../kernel/errors.ts';

/** Federation by logical replication: stable codes, Vietnamese messages. */
export const FederationErrors = defineErrors({
  FEDERATION_NEEDS_POSTGRES: {
    status: 409,
    message:
      'Liên thông dữ liệu dùng sao chép logic của PostgreSQL: cần chạy trên PostgreSQL (DATABASE_URL), không phải cơ sở dữ liệu nhúng.',
  },
  FEDERATION_WAL_LEVEL: {
    status: 409,
    message:
      'Máy chủ PostgreSQL cần đặt wal_level = logical (trong postgresql.conf) rồi khởi động lại, mới công bố được dữ liệu.',
  },
  FEDERATION_NAME_INVALID: {
    status: 400,
    message:
      'Tên đăng ký chỉ gồm chữ thường không dấu, chữ số và dấu gạch dưới, bắt đầu bằng chữ (tối đa 63 ký tự).',
  },
  FEDERATION_CONNECTION_INVALID: {
    status: 400,
    message: 'Chuỗi kết nối tới máy chủ tỉnh không hợp lệ.',
  },
});
