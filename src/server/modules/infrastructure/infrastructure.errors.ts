import { defineErrors } from '../../kernel/errors.ts';

/** The zones' infrastructure works: stable codes, Vietnamese messages. */
export const InfrastructureErrors = defineErrors({
  INFRASTRUCTURE_WORK_NOT_FOUND: { status: 404, message: 'Không tìm thấy công trình hạ tầng này.' },
  INFRASTRUCTURE_ZONE_NOT_FOUND: {
    status: 422,
    message: 'Không tìm thấy khu công nghiệp, khu kinh tế này.',
  },
  INFRASTRUCTURE_SCHEDULE_INVALID: {
    status: 422,
    message: 'Ngày khởi công theo kế hoạch không được sau ngày hoàn thành theo kế hoạch.',
  },
  INFRASTRUCTURE_CAPITAL_BELOW_DISBURSED: {
    status: 422,
    message: 'Tổng vốn đầu tư không được nhỏ hơn số vốn đã giải ngân theo các báo cáo tiến độ.',
  },
  INFRASTRUCTURE_PROGRESS_IN_FUTURE: {
    status: 422,
    message: 'Ngày báo cáo tiến độ không được sau ngày hôm nay.',
  },
  INFRASTRUCTURE_PROGRESS_BEFORE_PREVIOUS: {
    status: 422,
    message: 'Ngày báo cáo tiến độ không được trước ngày của báo cáo gần nhất.',
  },
  INFRASTRUCTURE_PROGRESS_DECREASED: {
    status: 422,
    message: 'Tiến độ không được thấp hơn tiến độ của báo cáo gần nhất.',
  },
  INFRASTRUCTURE_DISBURSED_ABOVE_CAPITAL: {
    status: 422,
    message: 'Vốn đã giải ngân không được vượt tổng vốn đầu tư theo kế hoạch của công trình.',
  },
  INFRASTRUCTURE_COMPLETION_NOT_FULL: {
    status: 422,
    message: 'Chỉ ghi ngày hoàn thành khi tiến độ đạt 100%.',
  },
  INFRASTRUCTURE_COMPLETION_DATE_INVALID: {
    status: 422,
    message:
      'Ngày hoàn thành không được sau ngày báo cáo, trước báo cáo gần nhất hoặc trước ngày khởi công theo kế hoạch.',
  },
});
