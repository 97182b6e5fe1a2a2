/**
 * Boards' (tenants') and blocs' public face: tables, schemas, errors, services, routes. Blocs as
 * data (blocs-v1): blocs, their years and members' returns, their data package kinds.
 */
import type { ServerModule } from '../../kernel/module.ts';
import { boardsRoutes } from './boards.routes.ts';
import { blocsRoutes } from './blocs.routes.ts';

export * from './boards.tables.ts';
export * from './boards.schemas.ts';
export * from './boards.errors.ts';
export * from './boards.service.ts';
export * from './blocs.schemas.ts';
export { BlocErrors } from './blocs.errors.ts';
export {
  blocYearProblems,
  deleteBlocYear,
  firstYearWithout,
  getBloc,
  getBlocYear,
  listBlocs,
  managesBloc,
  readableBlocIds,
  setBloc,
  setBlocYear,
} from './blocs.service.ts';
export { deleteBlocReturn, listBlocReturns, setBlocReturn } from './bloc-returns.service.ts';
export { blocReturnsTemplate, importBlocReturns } from './bloc-returns.excel.ts';
export {
  checkPackageBlocReturns,
  checkPackageBlocs,
  exportPackageBlocs,
  upsertPackageBlocs,
} from './blocs.package.ts';
export { boardsRoutes, blocsRoutes };

export const boardsModule = {
  name: 'boards',
  routes: () => [boardsRoutes, blocsRoutes],
} satisfies ServerModule;
