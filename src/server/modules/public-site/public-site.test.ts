import { describe, expect, it } from 'vitest';
import { tileOrigin } from './public-site.routes.ts';
import { sitePath } from './public-site.paths.ts';

describe("the tile server's origin in a page's security policy", () => {
  it('is the host itself, or a wildcard for the label that holds {s}', () => {
    expect(tileOrigin('https://tile.openstreetmap.org/{z}/{x}/{y}.png')).toBe(
      'https://tile.openstreetmap.org',
    );
    expect(tileOrigin('https://{s}.tile.openstreetmap.org/{z}/{x}/{y}.png')).toBe(
      'https://*.tile.openstreetmap.org',
    );
    expect(tileOrigin('https://tile-{s}.example.org/{z}/{x}/{y}.png')).toBe('https://*.example.org');
    expect(tileOrigin('https://maps.example.vn:8443/{z}/{x}/{y}.png?key=1')).toBe(
      'https://maps.example.vn:8443',
    );
  });

  it('is nothing when {s} would make the wildcard cover a whole domain, or the template is not a URL', () => {
    expect(tileOrigin('https://tiles{s}.org/{z}/{x}/{y}.png')).toBeNull();
    expect(tileOrigin('not a url')).toBeNull();
  });
});

describe("the site's addresses", () => {
  it('puts Vietnamese at the root and English under /en, with the query kept and empty values left out', () => {
    expect(sitePath('home', 'vi')).toBe('/');
    expect(sitePath('home', 'en', { query: { board: 'TB' } })).toBe('/en?board=TB');
    expect(sitePath('zone', 'vi', { id: 'a b' })).toBe('/khu/a%20b');
    expect(sitePath('figures', 'en', { query: { year: 2024, board: '', zone: null } })).toBe(
      '/en/figures?year=2024',
    );
    expect(sitePath('lookup', 'vi', { query: { code: 'H56.22-251201-0001' } })).toBe(
      '/tra-cuu?code=H56.22-251201-0001',
    );
  });
});
