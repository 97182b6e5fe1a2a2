import type { TenancyModule } from './modules.ts';

/** The complaints module's routes: BB's records and AA's probes of them. */
export const complaintsTenancy: TenancyModule = {
  async setup() {},
  probes: () => ({}),
};
