import type { TenancyModule } from './modules.ts';

/** The inspection module's routes: BB's records and AA's probes of them. */
export const inspectionTenancy: TenancyModule = {
  async setup() {},
  probes: () => ({}),
};
