import { beforeAll, describe, expect, it } from 'vitest';
import { orderLedger, walkLedger, type LedgerEvent } from '../../../domain/licensing-ledger.ts';
import { percent } from '../../../domain/percent.ts';
import { centsToUsd, usdToCents } from '../../../domain/money.ts';
import { createTestContext, type TestUser } from '../../../../test/test-app.ts';

/** A small deterministic PRNG, so a failure reproduces. */
function prng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Project {
  code: string;
  type: 'FDI' | 'DDI';
  events: (LedgerEvent & { documentNo: string })[];
  implementations: { asOf: string; vnd: bigint }[];
}

const day = (offset: number) =>
  new Date(Date.UTC(2015, 0, 1) + offset * 86_400_000).toISOString().slice(0, 10);

function randomProjects(seed: number, count: number): Project[] {
  const random = prng(seed);
  const pick = (n: number) => Math.floor(random() * n);
  return Array.from({ length: count }, (_, i) => {
    const type = random() < 0.3 ? 'FDI' : 'DDI';
    let date = pick(1800);
    let seq = 0;
    const capital = () => BigInt(1 + pick(900)) * 1_000_000_000n;
    const usd = () => BigInt(1 + pick(50_000)) * 100_000n;
    const events: Project['events'] = [
      {
        kind: 'new',
        date: day(date),
        seq: ++seq,
        capitalVnd: capital(),
        capitalUsdCents: type === 'FDI' ? usd() : null,
        documentNo: `N${i}`,
      },
    ];
    const adjustments = pick(5);
    for (let k = 0; k < adjustments; k++) {
      if (random() < 0.6) date += pick(400); // else: same day as the previous event
      const states = random() < 0.75;
      events.push({
        kind: 'adjustment',
        date: day(date),
        seq: ++seq,
        capitalVnd: states ? capital() : null,
        // An FDI adjustment changing the capital states it in USD too (domain/licensing-rules.ts).
        capitalUsdCents: states && type === 'FDI' ? usd() : null,
        documentNo: `A${i}-${k}`,
      });
    }
    if (random() < 0.2)
      events.push({
        kind: 'termination',
        date: day(date + pick(600)),
        seq: ++seq,
        capitalVnd: null,
        capitalUsdCents: null,
        documentNo: `T${i}`,
      });
    const implementations = Array.from({ length: pick(4) }, (_, k) => ({
      asOf: day(pick(2600) + k),
      vnd: BigInt(pick(500)) * 1_000_000_000n,
    }));
    // Implemented capital is not recorded after the termination (domain/licensing-rules.ts).
    const end = events.find((e) => e.kind === 'termination')?.date;
    const unique = new Map(
      implementations
        .filter((entry) => end === undefined || entry.asOf <= end)
        .map((entry) => [entry.asOf, entry]),
    );
    return { code: `R${String(i).padStart(4, '0')}`, type, events, implementations: [...unique.values()] };
  });
}

/** The contract's definitions, computed directly in code over the generated histories. */
function referenceReport(projects: Project[], from: string, to: string) {
  let newCount = 0,
    newVnd = 0n,
    adjCount = 0,
    change = 0n,
    incCount = 0,
    incVnd = 0n,
    decCount = 0,
    decVnd = 0n,
    fdiUsdChange = 0n,
    termCount = 0,
    termVnd = 0n;
  const cumulative = {
    FDI: { projects: 0, registered: 0n, usd: 0n, implemented: 0n },
    DDI: { projects: 0, registered: 0n, usd: 0n, implemented: 0n },
  };
  for (const project of projects) {
    const entries = walkLedger(orderLedger(project.events));
    for (const entry of entries) {
      const { event } = entry;
      if (event.date < from || event.date > to) continue;
      if (event.kind === 'new') {
        newCount++;
        newVnd += event.capitalVnd!;
      } else if (event.kind === 'adjustment') {
        adjCount++;
        if (entry.vndChange !== null) {
          change += entry.vndChange;
          if (entry.vndChange > 0n) {
            incCount++;
            incVnd += entry.vndChange;
          }
          if (entry.vndChange < 0n) {
            decCount++;
            decVnd -= entry.vndChange;
          }
        }
        if (project.type === 'FDI' && entry.usdChange !== null) fdiUsdChange += entry.usdChange;
      } else {
        termCount++;
        termVnd += entry.vndAfter ?? 0n;
      }
    }
    const upToTo = entries.filter((e) => e.event.date <= to);
    const inForce =
      upToTo.some((e) => e.event.kind === 'new') && !upToTo.some((e) => e.event.kind === 'termination');
    if (inForce) {
      const last = upToTo[upToTo.length - 1]!;
      const bucket = cumulative[project.type];
      bucket.projects++;
      bucket.registered += last.vndAfter ?? 0n;
      bucket.usd += last.usdAfter ?? 0n;
      const implemented = project.implementations
        .filter((i) => i.asOf <= to)
        .sort((a, b) => (a.asOf < b.asOf ? 1 : -1))[0];
      bucket.implemented += implemented?.vnd ?? 0n;
    }
  }
  const total = cumulative.FDI.registered + cumulative.DDI.registered;
  return {
    turns: newCount + adjCount,
    newCount,
    newVnd: newVnd.toString(),
    adjustments: {
      count: adjCount,
      change: change.toString(),
      incCount,
      incVnd: incVnd.toString(),
      decCount,
      decVnd: decVnd.toString(),
    },
    fdiUsdChange: centsToUsd(fdiUsdChange),
    terminations: { count: termCount, capitalVnd: termVnd.toString() },
    ddi: {
      projects: cumulative.DDI.projects,
      registered: cumulative.DDI.registered.toString(),
      implemented: cumulative.DDI.implemented.toString(),
    },
    fdi: {
      projects: cumulative.FDI.projects,
      registered: cumulative.FDI.registered.toString(),
      usd: centsToUsd(cumulative.FDI.usd),
      implemented: cumulative.FDI.implemented.toString(),
      share: percent(cumulative.FDI.registered, total),
    },
  };
}

describe('investment report against the contract computed in code', () => {
  const projects = randomProjects(20261122, 120);
  let viewer: TestUser;

  beforeAll(async () => {
    const ctx = await createTestContext();
    await ctx.importPackage({
      format: 'kcn-data-package',
      version: 1,
      boards: [{ code: 'RR', name: 'Ban Quản lý ngẫu nhiên' }],
      zones: [
        { code: 'RZ', boardCode: 'RR', name: 'KCN RZ', kind: 'KCN', status: 'operating', areaHa: '100' },
      ],
      projects: projects.map((p) => ({
        code: p.code,
        boardCode: 'RR',
        zoneCode: 'RZ',
        name: `Dự án ${p.code}`,
        investmentType: p.type,
        investors: [{ name: `Nhà đầu tư ${p.code}`, country: p.type === 'FDI' ? 'JP' : 'VN' }],
      })),
      licensingEvents: projects.flatMap((p) =>
        p.events.map((e) => ({
          projectCode: p.code,
          kind: e.kind,
          date: e.date,
          documentNo: e.documentNo,
          ...(e.capitalVnd === null ? {} : { capitalVnd: e.capitalVnd.toString() }),
          ...(e.capitalUsdCents === null ? {} : { capitalUsd: centsToUsd(e.capitalUsdCents) }),
        })),
      ),
      capitalImplementations: projects.flatMap((p) =>
        p.implementations.map((i) => ({
          projectCode: p.code,
          asOf: i.asOf,
          implementedVnd: i.vnd.toString(),
        })),
      ),
    });
    viewer = await ctx.createUser({ role: 'viewer' });
  });

  it.each([
    ['2016-01-01', '2016-12-31'],
    ['2017-04-01', '2018-09-30'],
    ['2015-01-01', '2020-12-31'],
    ['2019-01-01', '2019-11-30'],
    ['2018-06-15', '2018-06-15'],
  ])('gives the same figures as the definitions for %s..%s', async (from, to) => {
    const expected = referenceReport(projects, from, to);
    const { body } = await viewer.api.get(`/api/v1/reports/investment?board=RR&from=${from}&to=${to}`);
    const l = body.licensing;
    const c = body.cumulative;
    expect({
      turns: l.turns,
      newCount: l.new.count,
      newVnd: l.new.capitalVnd,
      adjustments: {
        count: l.adjustments.count,
        change: l.adjustments.capitalChangeVnd,
        incCount: l.adjustments.increases.count,
        incVnd: l.adjustments.increases.capitalVnd,
        decCount: l.adjustments.decreases.count,
        decVnd: l.adjustments.decreases.capitalVnd,
      },
      fdiUsdChange: l.adjustments.fdi.capitalChangeUsd,
      terminations: { count: l.terminations.count, capitalVnd: l.terminations.capitalVnd },
      ddi: { projects: c.ddi.projects, registered: c.ddi.registeredVnd, implemented: c.ddi.implementedVnd },
      fdi: {
        projects: c.fdi.projects,
        registered: c.fdi.registeredVnd,
        usd: c.fdi.registeredUsd,
        implemented: c.fdi.implementedVnd,
        share: c.fdi.registeredSharePct,
      },
    }).toEqual(expected);
    expect(usdToCents(c.fdi.registeredUsd)).toBeGreaterThanOrEqual(0n);
  });
});
