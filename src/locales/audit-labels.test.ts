import { describe, expect, it } from 'vitest';
import { AUDIT_ACTIONS, AUDIT_ENTITY_TYPES } from '../domain/audit-vocabulary.ts';
import en from './en/admin.json' with { type: 'json' };
import vi from './vi/admin.json' with { type: 'json' };

describe('the audit log in people’s words', () => {
  it.each([
    ['vi', vi],
    ['en', en],
  ])('%s names every action and every kind of record the server writes', (_lang, admin) => {
    expect(AUDIT_ACTIONS.filter((action) => !(action in admin.actions))).toEqual([]);
    expect(AUDIT_ENTITY_TYPES.filter((type) => !(type in admin.entityTypes))).toEqual([]);
  });
});
