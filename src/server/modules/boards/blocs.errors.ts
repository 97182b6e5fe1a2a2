import { defineErrors, IMPORT_MAX_DETAILS } from '../../kernel/errors.ts';

/**
 * Errors of blocs as data (blocs-v1) and of the members' returns. A refused year lists every
 * problem in `details` (each with its own code as `reason`); the envelope's code is the first's.
 */
export const BlocErrors = defineErrors({
  BLOC_CODE_INVALID: {
    status: 400,
    message: 'Mã khối thi đua gồm chữ in hoa, chữ số hoặc "-", tối đa 16 ký tự (ví dụ DBSH).',
  },
  BLOC_YEAR_OUT_OF_RANGE: { status: 400, message: 'Năm của khối thi đua phải từ 1990 đến 2200.' },
  BLOC_YEAR_NOT_FOUND: { status: 404, message: 'Khối thi đua chưa có danh sách thành viên của năm này.' },
  BLOC_MEMBER_UNKNOWN: { status: 422, message: 'Thành viên của khối phải là Ban Quản lý có trong hệ thống.' },
  BLOC_MEMBER_DUPLICATE: {
    status: 422,
    message: 'Một Ban Quản lý chỉ được ghi một lần trong danh sách thành viên.',
  },
  BLOC_MEMBER_DISSOLVED: {
    status: 422,
    message: 'Ban Quản lý đã giải thể trước khi năm bắt đầu không thể là thành viên của khối trong năm đó.',
  },
  BLOC_LEADER_NOT_MEMBER: { status: 422, message: 'Khối trưởng phải là một thành viên của khối trong năm.' },
  BLOC_DEPUTY_NOT_MEMBER: { status: 422, message: 'Khối phó phải là một thành viên của khối trong năm.' },
  BLOC_DEPUTY_IS_LEADER: { status: 422, message: 'Khối phó phải khác khối trưởng.' },
  BLOC_PERIOD_INVALID: {
    status: 400,
    message: 'Kỳ báo cáo có dạng "2024", "2024-H1", "2024-Q3" hoặc "2024-05".',
  },
  BLOC_RETURN_NOT_MEMBER: {
    status: 422,
    message: 'Chỉ nhập số liệu cho Ban Quản lý là thành viên của khối trong năm của kỳ báo cáo.',
  },
  BLOC_RETURN_NOT_FOUND: { status: 404, message: 'Chưa có số liệu của thành viên này cho kỳ báo cáo.' },
  BLOC_RETURNS_IMPORT_INVALID: {
    status: 422,
    message:
      'Tệp Excel có lỗi; không có số liệu nào được ghi. Danh sách lỗi theo từng dòng, cột ở "details".',
    maxDetails: IMPORT_MAX_DETAILS,
  },
});

/** The codes of a year's problems, in the order they are checked. */
export type BlocYearProblemCode =
  | 'BLOC_YEAR_OUT_OF_RANGE'
  | 'BLOC_MEMBER_UNKNOWN'
  | 'BLOC_MEMBER_DUPLICATE'
  | 'BLOC_MEMBER_DISSOLVED'
  | 'BLOC_LEADER_NOT_MEMBER'
  | 'BLOC_DEPUTY_NOT_MEMBER'
  | 'BLOC_DEPUTY_IS_LEADER';
