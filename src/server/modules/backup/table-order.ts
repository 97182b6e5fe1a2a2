/** A table and the tables its foreign keys point to (itself included, for a self reference). */
export interface TableLinks {
  name: string;
  parents: readonly string[];
}

/**
 * The order to load tables in: every table after the tables it references, ties by name. A
 * self reference does not constrain the order (such a table is loaded in one statement); tables
 * referencing each other in a cycle cannot be ordered and are returned in `cyclic`.
 */
export function parentsFirst<T extends TableLinks>(tables: readonly T[]): { order: T[]; cyclic: string[] } {
  const byName = new Map(tables.map((table) => [table.name, table]));
  const waitingFor = new Map(
    tables.map((table) => [
      table.name,
      new Set(table.parents.filter((parent) => parent !== table.name && byName.has(parent))),
    ]),
  );
  const order: T[] = [];
  for (;;) {
    const ready = [...waitingFor].filter(([, parents]) => parents.size === 0).map(([name]) => name);
    if (ready.length === 0) break;
    ready.sort();
    for (const name of ready) {
      waitingFor.delete(name);
      order.push(byName.get(name)!);
    }
    for (const parents of waitingFor.values()) for (const name of ready) parents.delete(name);
  }
  return { order, cyclic: [...waitingFor.keys()].sort() };
}
