import { defineErrors } from '../../kernel/errors.ts';

/** The working-day calendar's errors (one-stop-v1): stable codes, Vietnamese messages. */
export const CalendarErrors = defineErrors({
  CALENDAR_YEAR_INVALID: {
    status: 400,
    message: 'Lịch ngày làm việc của năm không hợp lệ.',
  },
  CALENDAR_YEAR_NOT_SET: {
    status: 404,
    message: 'Năm này chưa được đặt lịch riêng; lịch đang dùng là lịch mặc định.',
  },
});
