/**
 * The modules whose tenancy probes live in their own file: each makes board BB's records (and
 * AA's, for `shows`) through the API, then names the probes of its routes. The suite
 * (test/tenancy.int.test.ts) runs their setups after its own and adds their probes to its map.
 */
import type { ApiClient, TestContext, TestUser } from '../test-app.ts';
import { complaintsTenancy } from './complaints.ts';
import { difficultiesTenancy } from './difficulties.ts';
import { environmentTenancy } from './environment.ts';
import { inspectionTenancy } from './inspection.ts';
import { agendaTenancy } from './agenda.ts';
import { boundariesTenancy } from './boundaries.ts';
import { infrastructureTenancy } from './infrastructure.ts';
import { investorPortalTenancy } from './investor-portal.ts';
import { openDataTenancy } from './open-data.ts';
import { promotionTenancy } from './promotion.ts';
import { planningTenancy } from './planning.ts';
import type { Entry } from './probes.ts';

export interface TenancyParties {
  ctx: TestContext;
  /** Board AA's administrator: every probe is sent as this user. */
  adminA: TestUser;
  /** Board BB's staff member, who makes BB's records. */
  staffB: TestUser;
  /** The enterprise account of AA's enterprise (a.enterprise). */
  firmA: ApiClient;
  /** Ids of AA's records (a.board, a.zone, a.enterprise …) and of BB's (b.board, b.zone, b.enterprise …). */
  a: Record<string, string>;
  b: Record<string, string>;
  /**
   * Texts of BB's records that no answer to AA may hold (names, numbers: put JSON strings in
   * quotes, e.g. '"VM-BB-1"'). Every id put in `b` is one already.
   */
  markers: string[];
}

export interface TenancyModule {
  /** Makes BB's records (ids into `b`, texts into `markers`) and AA's where a probe `shows` one. */
  setup(parties: TenancyParties): Promise<void>;
  /** Each of the module's routes, as 'METHOD /api/v1/path/{param}': its probes or an exemption. */
  probes(parties: TenancyParties): Record<string, Entry>;
}

export const TENANCY_MODULES: readonly TenancyModule[] = [
  inspectionTenancy,
  environmentTenancy,
  complaintsTenancy,
  difficultiesTenancy,
  agendaTenancy,
  planningTenancy,
  boundariesTenancy,
  infrastructureTenancy,
  openDataTenancy,
  investorPortalTenancy,
  promotionTenancy,
];
