import type { ApiQueryParams } from '../../shared/api.ts';

/** The orders the projects list API knows (`-` first: descending). */
export type ProjectSort = NonNullable<ApiQueryParams<'/projects'>['sort']>;

/** The columns the list sorts by, and the directions the API offers for each. */
export const SORTABLE = {
  code: ['ascend'],
  name: ['ascend'],
  licensedOn: ['ascend', 'descend'],
  // Capitals: the largest first is what people look for.
  registeredCapitalVnd: ['descend', 'ascend'],
  implementedVnd: ['descend', 'ascend'],
} as const satisfies Record<string, readonly ('ascend' | 'descend')[]>;

export type SortableColumn = keyof typeof SORTABLE;
type Order = 'ascend' | 'descend' | null | undefined;

/** The `sort` parameter for a column the table sorts (antd's sorter); undefined: the default. */
export function sortParam(column: unknown, order: Order): ProjectSort | undefined {
  if (!order || typeof column !== 'string' || !(column in SORTABLE)) return undefined;
  const directions: readonly string[] = SORTABLE[column as SortableColumn];
  if (!directions.includes(order)) return undefined;
  return (order === 'descend' ? `-${column}` : column) as ProjectSort;
}

/** How a column shows as sorted for the address's `sort`. */
export function sortOrder(sort: string | undefined, column: SortableColumn): 'ascend' | 'descend' | null {
  if (sort === column) return 'ascend';
  if (sort === `-${column}`) return 'descend';
  return null;
}

/** A column's sorting properties for antd's Table, from the address's `sort`. */
export function sortableColumn(sort: string | undefined, column: SortableColumn) {
  return { sorter: true, sortDirections: [...SORTABLE[column]], sortOrder: sortOrder(sort, column) };
}
