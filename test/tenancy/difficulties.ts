import type { TenancyModule } from './modules.ts';

/** The difficulties module's routes: BB's records and AA's probes of them. */
export const difficultiesTenancy: TenancyModule = {
  async setup() {},
  probes: () => ({}),
};
