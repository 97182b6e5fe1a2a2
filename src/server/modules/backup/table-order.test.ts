import { describe, expect, it } from 'vitest';
import { parentsFirst } from './table-order.ts';

const names = (tables: { name: string }[]) => tables.map((t) => t.name);

describe('the order tables are restored in', () => {
  it('puts every table after the tables it references, ties by name', () => {
    const { order, cyclic } = parentsFirst([
      { name: 'sessions', parents: ['users'] },
      { name: 'users', parents: ['boards', 'blocs'] },
      { name: 'boards', parents: [] },
      { name: 'blocs', parents: [] },
      { name: 'audit_log', parents: [] },
      { name: 'bloc_members', parents: ['blocs', 'boards'] },
    ]);
    expect(names(order)).toEqual(['audit_log', 'blocs', 'boards', 'bloc_members', 'users', 'sessions']);
    expect(cyclic).toEqual([]);
  });

  it('lets a table reference itself and ignores references outside the set', () => {
    const { order } = parentsFirst([
      { name: 'tree', parents: ['tree', 'elsewhere'] },
      { name: 'leaf', parents: ['tree'] },
    ]);
    expect(names(order)).toEqual(['tree', 'leaf']);
  });

  it('reports tables that reference each other in a cycle', () => {
    const { order, cyclic } = parentsFirst([
      { name: 'a', parents: ['b'] },
      { name: 'b', parents: ['a'] },
      { name: 'c', parents: [] },
      { name: 'd', parents: ['a'] },
    ]);
    expect(names(order)).toEqual(['c']);
    expect(cyclic).toEqual(['a', 'b', 'd']);
  });
});
