import { defineErrors } from '../../kernel/errors.ts';

/** The dossier forms' own errors (Circular 03/2025/TT-VPCP, Annex I). */
export const DossierFormErrors = defineErrors({
  DOSSIER_FORM_NOT_APPLICABLE: {
    status: 409,
    message:
      'Hồ sơ không có nội dung cho mẫu này (chưa tiếp nhận, không có yêu cầu bổ sung, không bị từ chối tiếp nhận hoặc không có văn bản xin lỗi).',
  },
});
