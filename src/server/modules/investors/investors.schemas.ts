import { z } from 'zod';
import { COUNTRY_CODES, isCountryCode } from '../../../domain/countries.ts';
import { CorrectionReason } from '../../kernel/audit.ts';
import { PageQuery, repeatable, Timestamp, Uuid, Version } from '../../kernel/schemas.ts';

export const CountryCode = z
  .string()
  .refine(isCountryCode, {
    message: 'Quốc gia phải là mã ISO 3166-1 alpha-2 in hoa, ví dụ "SG", "KR", "VN".',
  })
  // The codes the check above accepts, for the document (one component, not 249 codes per use).
  .meta({
    id: 'CountryCode',
    description: 'ISO 3166-1 alpha-2, upper case',
    example: 'SG',
    enum: [...COUNTRY_CODES],
  });

export const InvestorName = z.string().trim().min(2).max(300);

export const Investor = z
  .object({
    id: Uuid,
    boardId: Uuid,
    name: z.string(),
    country: z.string(),
    countryName: z.string(),
    version: z.number().int(),
    createdAt: Timestamp,
    updatedAt: Timestamp,
  })
  .meta({ id: 'Investor' });
export type Investor = z.infer<typeof Investor>;

export const CreateInvestorBody = z.strictObject({
  boardId: Uuid.optional(),
  name: InvestorName,
  country: CountryCode,
});
export type CreateInvestorBody = z.infer<typeof CreateInvestorBody>;

export const UpdateInvestorBody = z.strictObject({
  version: Version,
  /** Why the investor is corrected (lý do), kept in the audit log. */
  reason: CorrectionReason,
  name: InvestorName.optional(),
  country: CountryCode.optional(),
});
export type UpdateInvestorBody = z.infer<typeof UpdateInvestorBody>;

export const ListInvestorsQuery = z.strictObject({
  ...PageQuery,
  boardId: repeatable(Uuid),
  country: repeatable(CountryCode),
  q: z.string().max(200).optional(),
});
export type ListInvestorsQuery = z.infer<typeof ListInvestorsQuery>;
