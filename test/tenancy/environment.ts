import type { TenancyModule } from './modules.ts';

/** The environment module's routes: BB's records and AA's probes of them. */
export const environmentTenancy: TenancyModule = {
  async setup() {},
  probes: () => ({}),
};
