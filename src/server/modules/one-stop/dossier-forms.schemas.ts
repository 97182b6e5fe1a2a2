import { z } from 'zod';
import { Uuid } from '../../kernel/schemas.ts';

/** The forms of Circular 03/2025/TT-VPCP, Annex I, that a dossier prints (01–04). */
export const DOSSIER_FORMS = ['01', '02', '03', '04'] as const;
export type DossierForm = (typeof DOSSIER_FORMS)[number];

export const DossierFormParams = z.strictObject({
  id: Uuid,
  form: z
    .enum(DOSSIER_FORMS)
    .describe(
      '01 receipt and appointment slip, 02 request to supplement, 03 refusal to accept, 04 apology and new date (Circular 03/2025/TT-VPCP, Annex I)',
    ),
});
