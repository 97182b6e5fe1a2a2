import { defineErrors } from '../../kernel/errors.ts';

export const BackupErrors = defineErrors({
  BACKUP_NOT_A_BACKUP: {
    status: 400,
    message:
      'Tệp này không phải bản sao lưu KCN Hub (kcn-backup, tạo bằng `kcn backup`); không có gì được ghi.',
  },
  BACKUP_VERSION_UNSUPPORTED: {
    status: 400,
    message: 'Bản sao lưu có định dạng mới hơn phiên bản KCN Hub này đọc được; hãy nâng cấp KCN Hub.',
  },
  BACKUP_FILE_CORRUPT: {
    status: 400,
    message: 'Tệp sao lưu bị hỏng hoặc không đầy đủ (bị cắt ngắn); không có gì được ghi.',
  },
  BACKUP_FILE_NOT_FOUND: { status: 404, message: 'Không tìm thấy tệp sao lưu.' },
  BACKUP_NO_DATABASE: { status: 404, message: 'Không có cơ sở dữ liệu nào ở đây để sao lưu.' },
  BACKUP_MIGRATIONS_DIFFER: {
    status: 409,
    message:
      'Bản sao lưu được tạo từ cơ sở dữ liệu có các bước nâng cấp lược đồ (migration) khác với cơ sở dữ liệu này. ' +
      'Hãy khôi phục bằng đúng phiên bản KCN Hub đã tạo bản sao lưu, rồi nâng cấp KCN Hub; không có gì được ghi.',
  },
  BACKUP_SCHEMA_MISMATCH: {
    status: 409,
    message: 'Các bảng trong bản sao lưu không khớp với lược đồ của cơ sở dữ liệu này; không có gì được ghi.',
  },
  BACKUP_TARGET_NOT_EMPTY: {
    status: 409,
    message:
      'Chỉ khôi phục vào một cơ sở dữ liệu trống (mới tạo, chưa có dữ liệu). Cơ sở dữ liệu này đã có dữ liệu; ' +
      'hãy dùng --data-dir với một thư mục mới hoặc một cơ sở dữ liệu PostgreSQL mới. Không có gì được ghi.',
  },
  BACKUP_SERVER_RUNNING: {
    status: 409,
    message:
      'Máy chủ KCN Hub đang chạy trên cơ sở dữ liệu này. Hãy dừng máy chủ (Ctrl+C hoặc dừng dịch vụ) rồi chạy lại lệnh khôi phục.',
  },
  BACKUP_SERVER_WITHOUT_BACKUP: {
    status: 409,
    message:
      'Máy chủ đang chạy trên cơ sở dữ liệu này chưa cho sao lưu qua API. Hãy dừng máy chủ rồi chạy lại `kcn backup`, ' +
      'hoặc dùng PostgreSQL qua biến DATABASE_URL.',
  },
  BACKUP_SCHEMA_UNSUPPORTED: {
    status: 500,
    message: 'Lược đồ có các bảng tham chiếu vòng lẫn nhau; sao lưu chưa hỗ trợ trường hợp này.',
  },
});
