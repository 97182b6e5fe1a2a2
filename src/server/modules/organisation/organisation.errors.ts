import { defineErrors } from '../../kernel/errors.ts';

/** Refusals of a zone transfer or a board merge (organisation-v1); each changes nothing. */
export const OrganisationErrors = defineErrors({
  ORGANISATION_SAME_BOARD: {
    status: 422,
    message: 'Ban Quản lý nhận phải khác Ban Quản lý chuyển đi.',
  },
  ORGANISATION_BOARD_DISSOLVED: {
    status: 409,
    message: 'Ban Quản lý này đã giải thể (hợp nhất vào Ban khác); không thể chuyển khu đến hoặc đi.',
  },
  ORGANISATION_DATE_BEFORE_LAST_MOVE: {
    status: 409,
    message: 'Ngày chuyển phải sau lần chuyển gần nhất của khu.',
  },
  ORGANISATION_ZONE_INSIDE_ECONOMIC_ZONE: {
    status: 409,
    message: 'Khu nằm trong một khu kinh tế chuyển cùng khu kinh tế đó, không chuyển riêng.',
  },
  ORGANISATION_CODE_CLASH: {
    status: 409,
    message: 'Ban Quản lý nhận đã có khu, dự án hoặc doanh nghiệp trùng mã; hãy đổi mã trước khi chuyển.',
  },
});
