import type { TenancyModule } from './modules.ts';

/** The agenda module's routes: BB's records and AA's probes of them. */
export const agendaTenancy: TenancyModule = {
  async setup() {},
  probes: () => ({}),
};
