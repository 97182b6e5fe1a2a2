import type { TenancyModule } from './modules.ts';

/** The open-data module's routes: public by design, so exempt (the lead adds this to TENANCY_MODULES). */
export const openDataTenancy: TenancyModule = {
  async setup() {},

  probes: () => ({
    'GET /api/v1/public/figures': {
      exempt:
        "public by design (E-Transactions Law 2023 Art. 43): a named board's yearly aggregates only, small cells suppressed (disclosure-v1), no project or investor named; unknown or dissolved board → OPEN_DATA_BOARD_NOT_FOUND; rate-limited",
    },
  }),
};
