/** FDI dự án có vốn đầu tư nước ngoài · DDI dự án đầu tư trong nước — of a project and of an enterprise. */
export const INVESTMENT_TYPES = ['FDI', 'DDI'] as const;
export type InvestmentTypeCode = (typeof INVESTMENT_TYPES)[number];
