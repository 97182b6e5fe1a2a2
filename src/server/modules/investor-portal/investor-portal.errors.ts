import { defineErrors } from '../../kernel/errors.ts';

/** The investor portal's zone pages: stable codes, Vietnamese messages. */
export const InvestorPortalErrors = defineErrors({
  INVESTOR_PORTAL_ZONE_NOT_FOUND: {
    status: 404,
    message: 'Không tìm thấy khu công nghiệp, khu kinh tế này.',
  },
  INVESTOR_PORTAL_BOARD_NOT_FOUND: { status: 404, message: 'Không tìm thấy Ban Quản lý này.' },
  INVESTOR_PORTAL_BOARD_REQUIRED: { status: 400, message: 'Cần chọn Ban Quản lý (boardId).' },
  INVESTOR_PORTAL_PAGE_NOT_FOUND: {
    status: 404,
    message: 'Khu chưa có trang giới thiệu: hãy lưu nội dung trước.',
  },
  INVESTOR_PORTAL_PAGE_INCOMPLETE: {
    status: 422,
    message: 'Trang giới thiệu chưa đủ nội dung để công bố: xem từng lỗi trong danh sách.',
  },
  INVESTOR_PORTAL_NOT_PUBLISHED: { status: 409, message: 'Trang giới thiệu đang không được công bố.' },
  INVESTOR_PORTAL_PHOTO_NOT_FOUND: { status: 404, message: 'Không tìm thấy ảnh này.' },
  INVESTOR_PORTAL_PHOTO_TYPE: {
    status: 415,
    message: 'Ảnh phải là tệp JPEG hoặc PNG (nhận biết theo nội dung tệp).',
  },
  INVESTOR_PORTAL_PHOTO_LIMIT: { status: 409, message: 'Mỗi trang giới thiệu có tối đa 12 ảnh.' },
});
