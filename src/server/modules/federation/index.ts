/**
 * Federation: provinces' servers publish their boards' rows with PostgreSQL's logical replication,
 * the national (or a bloc's) server subscribes — no sync of our own (decision 022).
 */
import type { ServerModule } from '../../kernel/module.ts';
import type { ModuleContext } from '../index.ts';

export { FederationErrors } from './federation.errors.ts';
export {
  FEDERATION_PUBLICATION,
  KEPT_AT_HOME,
  PARTS_OF_PUBLISHED,
  refreshFederation,
  federatedTables,
  federationStatus,
  publishFederation,
  subscribeFederation,
  unsubscribeFederation,
  type SubscriptionStatus,
} from './federation.service.ts';

export const federationModule = { name: 'federation' } satisfies ServerModule<ModuleContext>;
