import { describe, expect, it } from 'vitest';
import { sortableColumn, sortOrder, sortParam } from './list-sort.ts';

describe('the projects list order in the address', () => {
  it('turns a column sorted by the table into the API parameter', () => {
    expect(sortParam('registeredCapitalVnd', 'descend')).toBe('-registeredCapitalVnd');
    expect(sortParam('registeredCapitalVnd', 'ascend')).toBe('registeredCapitalVnd');
    expect(sortParam('implementedVnd', 'descend')).toBe('-implementedVnd');
    expect(sortParam('licensedOn', 'descend')).toBe('-licensedOn');
    expect(sortParam('code', 'ascend')).toBe('code');
    // No descending order by code or name in the API; no order at all: the default.
    expect(sortParam('code', 'descend')).toBeUndefined();
    expect(sortParam('registeredCapitalVnd', null)).toBeUndefined();
    expect(sortParam('status', 'ascend')).toBeUndefined();
    expect(sortParam(['zone', 'name'], 'ascend')).toBeUndefined();
  });

  it('shows the order the address holds on its column, and only there', () => {
    expect(sortOrder('-registeredCapitalVnd', 'registeredCapitalVnd')).toBe('descend');
    expect(sortOrder('registeredCapitalVnd', 'registeredCapitalVnd')).toBe('ascend');
    expect(sortOrder('-registeredCapitalVnd', 'implementedVnd')).toBeNull();
    expect(sortOrder(undefined, 'code')).toBeNull();
    expect(sortableColumn('-implementedVnd', 'implementedVnd')).toEqual({
      sorter: true,
      sortDirections: ['descend', 'ascend'],
      sortOrder: 'descend',
    });
  });
});
