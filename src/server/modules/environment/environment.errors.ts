import { defineErrors } from '../../kernel/errors.ts';

/** The zones' environment: stable codes, Vietnamese messages. */
export const EnvironmentErrors = defineErrors({
  ENVIRONMENT_BOARD_NOT_FOUND: { status: 404, message: 'Không tìm thấy Ban Quản lý này.' },
  ENVIRONMENT_STANDARD_NOT_FOUND: { status: 404, message: 'Không tìm thấy quy chuẩn xả thải này.' },
  ENVIRONMENT_STANDARD_DUPLICATE: {
    status: 409,
    message: 'Ban Quản lý đã có một quy chuẩn xả thải với mã này.',
  },
  ENVIRONMENT_STANDARD_IN_USE: {
    status: 409,
    message: 'Quy chuẩn đang là quy chuẩn thiết kế của một nhà máy xử lý nước thải: không thể xóa.',
  },
  ENVIRONMENT_PARAMETER_INVALID: {
    status: 422,
    message: 'Thông số của quy chuẩn không hợp lệ: xem từng lỗi trong danh sách.',
  },
  ENVIRONMENT_PLANT_NOT_FOUND: { status: 404, message: 'Không tìm thấy nhà máy xử lý nước thải này.' },
  ENVIRONMENT_ZONE_NOT_FOUND: { status: 422, message: 'Không tìm thấy khu công nghiệp, khu kinh tế này.' },
  ENVIRONMENT_PLANT_STANDARD_NOT_FOUND: {
    status: 422,
    message: 'Không tìm thấy quy chuẩn xả thải này trong Ban Quản lý của nhà máy.',
  },
  ENVIRONMENT_ENTERPRISE_NOT_FOUND: {
    status: 422,
    message: 'Không tìm thấy doanh nghiệp này trong khu công nghiệp của nhà máy.',
  },
  ENVIRONMENT_ALREADY_CONNECTED: {
    status: 409,
    message: 'Doanh nghiệp đã đấu nối vào hệ thống xử lý nước thải tập trung vào ngày này.',
  },
  ENVIRONMENT_CONNECTION_NOT_FOUND: { status: 404, message: 'Không tìm thấy đấu nối này.' },
  ENVIRONMENT_CONNECTION_ENDED: { status: 409, message: 'Đấu nối này đã kết thúc.' },
  ENVIRONMENT_CONNECTION_PERIOD: {
    status: 422,
    message: 'Ngày ngừng đấu nối không được trước ngày đấu nối.',
  },
  ENVIRONMENT_PLANT_NO_STANDARD: {
    status: 422,
    message: 'Nhà máy chưa có quy chuẩn thiết kế: chưa ghi được kết quả quan trắc.',
  },
  ENVIRONMENT_SAMPLE_INVALID: {
    status: 422,
    message: 'Kết quả quan trắc không hợp lệ: xem từng lỗi trong danh sách.',
  },
});
