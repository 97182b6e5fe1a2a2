import { describe, expect, it } from 'vitest';
import { PutSiteSettingsBody, tileUrlProblems } from './investor-portal.schemas.ts';

describe('a tile URL template', () => {
  it.each([
    'https://tile.openstreetmap.org/{z}/{x}/{y}.png',
    'https://{s}.tile.openstreetmap.fr/hot/{z}/{x}/{y}.png',
    'https://tiles.example.gov.vn:8443/wmts/{z}/{y}/{x}{r}.png?key=abc&style=light',
    'https://a-b.c-d.example.com/{z}/{x}/{y}@2x.webp',
  ])('takes %s', (template) => expect(tileUrlProblems(template)).toEqual([]));

  it.each([
    ['http://tile.openstreetmap.org/{z}/{x}/{y}.png', 'https://'],
    ['//tile.openstreetmap.org/{z}/{x}/{y}.png', 'https://'],
    ['javascript:alert(1)//{z}{x}{y}', 'https://'],
    ['https://tile.openstreetmap.org/{z}/{x}.png', '{y}'],
    ['https://tile.openstreetmap.org/{x}/{y}.png', '{z}'],
    ['https://tile.openstreetmap.org/{z}/{x}/{y}/{foo}.png', '{s}'],
    ['https://tile.openstreetmap.org/{z}/{x}/{y}}.png', '{s}'],
    ['https://tile.openstreetmap.org/{z}/{x}/{y}.png?a="b"', 'dấu nháy'],
    ["https://tile.openstreetmap.org/{z}/{x}/{y}.png?a='b'", 'dấu nháy'],
    ['https://tile.openstreetmap.org/{z}/{x}/ {y}.png', 'dấu cách'],
    ['https://tile.openstreetmap.org/<img>/{z}/{x}/{y}.png', '< >'],
    ['https://192.168.1.10/{z}/{x}/{y}.png', 'tên miền'],
    ['https://[::1]/{z}/{x}/{y}.png', 'tên miền'],
    ['https://localhost:8080/{z}/{x}/{y}.png', 'tên miền'],
    ['https://user:pw@tile.example.vn/{z}/{x}/{y}.png', 'tên miền'],
    ['https://-bad.example.vn/{z}/{x}/{y}.png', 'tên miền'],
    ['https://{z}.example.vn/{x}/{y}.png', 'tên miền'],
    [`https://tile.example.vn/${'a'.repeat(481)}/{z}/{x}/{y}`, '500'],
  ])('refuses %s', (template, word) => {
    const problems = tileUrlProblems(template);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.join(' ')).toContain(word);
  });
});

describe('the settings body', () => {
  const body = (change: object) => ({
    version: 0,
    tileUrlTemplate: 'https://tile.openstreetmap.org/{z}/{x}/{y}.png',
    tileAttribution: '© OpenStreetMap contributors',
    ...change,
  });

  it('takes a layer with its attribution, or neither', () => {
    expect(PutSiteSettingsBody.safeParse(body({})).success).toBe(true);
    expect(
      PutSiteSettingsBody.safeParse(body({ tileUrlTemplate: null, tileAttribution: null })).success,
    ).toBe(true);
  });

  it.each([
    [{ tileAttribution: null }],
    [{ tileAttribution: '' }],
    [{ tileAttribution: 'a <b>' }],
    [{ tileAttribution: 'hai\ndòng' }],
    [{ tileAttribution: 'x'.repeat(301) }],
    [{ tileUrlTemplate: null }],
  ])('refuses the attribution of %j', (change) => {
    const parsed = PutSiteSettingsBody.safeParse(body(change));
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues.map((i) => i.path.join('.'))).toContain('tileAttribution');
  });
});
