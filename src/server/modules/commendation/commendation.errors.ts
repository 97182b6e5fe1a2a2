import { defineErrors } from '../../kernel/errors.ts';

/** Commendation's errors (khen thưởng): stable codes, Vietnamese messages. */
export const CommendationErrors = defineErrors({
  COMMENDATION_BOARD_REQUIRED: {
    status: 400,
    message: 'Cần chọn Ban Quản lý (board) có sổ thi đua, khen thưởng.',
  },
  COMMENDATION_BOARD_NOT_FOUND: { status: 404, message: 'Không tìm thấy Ban Quản lý này.' },
  COMMENDATION_SUBJECT_NOT_FOUND: {
    status: 404,
    message: 'Không tìm thấy cá nhân, tập thể này trong Ban Quản lý.',
  },
  COMMENDATION_COLLECTIVE_INVALID: {
    status: 422,
    message: 'Tập thể phải là một tập thể của cùng Ban Quản lý; chỉ cá nhân mới thuộc một tập thể.',
  },
  COMMENDATION_AWARD_KIND: {
    status: 422,
    message: 'Danh hiệu, hình thức khen thưởng này không dành cho đối tượng này (cá nhân hoặc tập thể).',
  },
  COMMENDATION_RATING_NOT_FOUND: {
    status: 404,
    message: 'Chưa có kết quả đánh giá, xếp loại của năm này.',
  },
  COMMENDATION_MOVEMENT_NOT_FOUND: {
    status: 422,
    message: 'Không tìm thấy phong trào thi đua này của Ban Quản lý.',
  },
  COMMENDATION_REGISTRATION_NOT_FOUND: { status: 404, message: 'Không tìm thấy đăng ký thi đua này.' },
  COMMENDATION_REGISTRATION_DUPLICATE: {
    status: 409,
    message: 'Đối tượng này đã đăng ký danh hiệu này trong năm.',
  },
  COMMENDATION_REGISTRATION_DECIDED: {
    status: 409,
    message: 'Đã có quyết định khen thưởng cho đăng ký này: không thể xóa.',
  },
  COMMENDATION_INITIATIVE_NOT_FOUND: { status: 404, message: 'Không tìm thấy sáng kiến này.' },
  COMMENDATION_PROPOSAL_NOT_FOUND: { status: 404, message: 'Không tìm thấy đề nghị khen thưởng này.' },
  COMMENDATION_PROPOSAL_STATE: {
    status: 409,
    message: 'Đề nghị khen thưởng đang ở trạng thái không cho phép thao tác này.',
  },
  COMMENDATION_PROPOSAL_EMPTY: {
    status: 422,
    message: 'Đề nghị khen thưởng chưa có cá nhân, tập thể nào được đề nghị.',
  },
  COMMENDATION_PROPOSAL_ITEM_DUPLICATE: {
    status: 422,
    message: 'Một đối tượng được đề nghị cùng một hình thức hai lần.',
  },
  COMMENDATION_REVIEW_INCOMPLETE: {
    status: 422,
    message:
      'Kết quả xét của Hội đồng phải có đủ từng đề nghị (đồng ý hay không, số phiếu đồng ý không quá tổng số phiếu).',
  },
  COMMENDATION_PROPOSAL_NOT_REVIEWED: {
    status: 409,
    message: 'Đề nghị chưa được Hội đồng Thi đua – Khen thưởng xét: chưa thể ra quyết định.',
  },
  COMMENDATION_PROPOSAL_NOTHING_AGREED: {
    status: 422,
    message: 'Hội đồng không đồng ý đề nghị nào: không có gì để quyết định khen thưởng.',
  },
  COMMENDATION_DECISION_ITEMS: {
    status: 422,
    message: 'Quyết định cần hoặc một đề nghị đã được xét (proposalId), hoặc danh sách khen thưởng (items).',
  },
  COMMENDATION_DECISION_DUPLICATE: {
    status: 409,
    message: 'Đã có quyết định cùng số, cùng ngày ký trong sổ của Ban Quản lý.',
  },
  COMMENDATION_DECISION_NOT_FOUND: { status: 404, message: 'Không tìm thấy quyết định khen thưởng này.' },
  COMMENDATION_AWARD_DUPLICATE: {
    status: 409,
    message: 'Một thành tích chỉ được khen một lần: đối tượng đã có danh hiệu, hình thức này của năm.',
  },
  COMMENDATION_CSTDCS_CAP: {
    status: 422,
    message:
      'Vượt tỷ lệ: số Chiến sĩ thi đua cơ sở không quá 15 % số Lao động tiên tiến của Ban Quản lý trong năm.',
  },
  COMMENDATION_AWARD_NOT_FOUND: {
    status: 404,
    message: 'Không tìm thấy danh hiệu, khen thưởng này trong sổ.',
  },
  COMMENDATION_AWARD_REVOKED: { status: 409, message: 'Danh hiệu, khen thưởng này đã bị thu hồi.' },
});
