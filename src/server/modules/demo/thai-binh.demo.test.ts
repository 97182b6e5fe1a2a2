import { describe, expect, it } from 'vitest';
import {
  RECORD_KINDS,
  RECORD_SCHEMAS,
  type DataPackage,
  type PackageLicensingEvent,
} from '../packages/index.ts';
import { dueDate, vietnamDateOf, workingCalendar } from '../../../domain/working-days.ts';
import { RESULT_KINDS } from '../../../domain/one-stop.ts';
import { THAI_BINH_ONE_STOP_FIGURES } from './thai-binh-one-stop.demo.ts';
import { THAI_BINH_DEMO_FIGURES, buildThaiBinhDemoPackage } from './thai-binh.demo.ts';

/**
 * The Thái Bình demo package: valid record by record, references resolve, and the figures of the
 * board's 11-month 2019 report (seed 004) come out exactly. The figures are computed here with a
 * small implementation of shared/contracts/reports-v1.md of its own, straight over the arrays.
 */
const pkg = buildThaiBinhDemoPackage();

/** A project's events oldest first; events of one date keep their package order. */
function eventsByProject(events: readonly PackageLicensingEvent[]): Map<string, PackageLicensingEvent[]> {
  const byProject = new Map<string, PackageLicensingEvent[]>();
  for (const e of events) byProject.set(e.projectCode, [...(byProject.get(e.projectCode) ?? []), e]);
  for (const list of byProject.values())
    list.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)); // stable
  return byProject;
}

function investmentFigures(p: DataPackage, from: string, to: string) {
  const typeOf = new Map(p.projects.map((project) => [project.code, project.investmentType]));
  const newProjects = { count: 0, capitalVnd: 0n };
  const adjustments = {
    count: 0,
    capitalChangeVnd: 0n,
    increases: { count: 0, capitalVnd: 0n },
    decreases: { count: 0, capitalVnd: 0n },
    unchanged: 0,
  };
  const cumulative = {
    DDI: { projects: 0, registeredVnd: 0n, implementedVnd: 0n },
    FDI: { projects: 0, registeredVnd: 0n, implementedVnd: 0n },
  };
  for (const [code, events] of eventsByProject(p.licensingEvents)) {
    let capital: bigint | undefined; // capital of the latest earlier event that states one
    let registeredAtEnd: bigint | undefined;
    for (const e of events) {
      const inPeriod = e.date >= from && e.date <= to;
      if (inPeriod && e.kind === 'new') {
        newProjects.count++;
        newProjects.capitalVnd += BigInt(e.capitalVnd ?? '0');
      }
      if (inPeriod && e.kind === 'adjustment') {
        adjustments.count++;
        const change = e.capitalVnd != null && capital !== undefined ? BigInt(e.capitalVnd) - capital : 0n;
        adjustments.capitalChangeVnd += change;
        if (change > 0n) {
          adjustments.increases.count++;
          adjustments.increases.capitalVnd += change;
        } else if (change < 0n) {
          adjustments.decreases.count++;
          adjustments.decreases.capitalVnd -= change;
        } else adjustments.unchanged++;
      }
      if (e.capitalVnd != null) capital = BigInt(e.capitalVnd);
      if (e.date <= to && e.capitalVnd != null) registeredAtEnd = BigInt(e.capitalVnd);
    }
    const inForce =
      events.some((e) => e.kind === 'new' && e.date <= to) &&
      !events.some((e) => e.kind === 'termination' && e.date <= to);
    if (!inForce) continue;
    const latest = p.capitalImplementations
      .filter((i) => i.projectCode === code && i.asOf <= to)
      .reduce<{ asOf: string; implementedVnd: string } | undefined>(
        (best, i) => (!best || i.asOf > best.asOf ? i : best),
        undefined,
      );
    const bucket = cumulative[typeOf.get(code) ?? 'DDI'];
    bucket.projects++;
    bucket.registeredVnd += registeredAtEnd ?? 0n;
    bucket.implementedVnd += BigInt(latest?.implementedVnd ?? '0');
  }
  const text = (b: { projects: number; registeredVnd: bigint; implementedVnd: bigint }) => ({
    projects: b.projects,
    registeredVnd: String(b.registeredVnd),
    implementedVnd: String(b.implementedVnd),
  });
  return {
    turns: newProjects.count + adjustments.count,
    new: { count: newProjects.count, capitalVnd: String(newProjects.capitalVnd) },
    adjustments: {
      count: adjustments.count,
      capitalChangeVnd: String(adjustments.capitalChangeVnd),
      increases: { count: adjustments.increases.count, capitalVnd: String(adjustments.increases.capitalVnd) },
      decreases: { count: adjustments.decreases.count, capitalVnd: String(adjustments.decreases.capitalVnd) },
      unchanged: adjustments.unchanged,
    },
    cumulative: {
      total: text({
        projects: cumulative.DDI.projects + cumulative.FDI.projects,
        registeredVnd: cumulative.DDI.registeredVnd + cumulative.FDI.registeredVnd,
        implementedVnd: cumulative.DDI.implementedVnd + cumulative.FDI.implementedVnd,
      }),
      ddi: text(cumulative.DDI),
      fdi: text(cumulative.FDI),
    },
  };
}

describe('Thái Bình demo package', () => {
  it('passes the record schemas of the data package', () => {
    expect(pkg.format).toBe('kcn-data-package');
    expect(pkg.version).toBe(1);
    const problems: string[] = [];
    for (const kind of RECORD_KINDS) {
      (pkg[kind] as readonly unknown[]).forEach((record, index) => {
        const result = RECORD_SCHEMAS[kind].safeParse(record);
        if (!result.success)
          problems.push(
            `${kind}[${index}]: ${result.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}`,
          );
      });
    }
    expect(problems).toEqual([]);
  });

  it('has 310 enterprises in operating zones filing a mix of yearly, half-year, quarterly and monthly reports', () => {
    expect(pkg.enterprises).toHaveLength(310);
    expect(new Set(pkg.enterprises.map((e) => e.taxCode)).size).toBe(310);
    const operating = new Set(pkg.zones.filter((z) => z.status === 'operating').map((z) => z.code));
    expect(pkg.enterprises.every((e) => operating.has(e.zoneCode))).toBe(true);
    const projects = new Map(pkg.projects.map((p) => [p.code, p]));
    for (const e of pkg.enterprises)
      for (const code of e.projectCodes ?? [])
        expect(projects.get(code)?.investmentType).toBe(e.investmentType);
    const kinds = new Set(
      pkg.enterpriseReports.map((r) => (r.period.length === 4 ? 'year' : r.period.slice(5, 6))),
    );
    expect([...kinds].sort()).toEqual(['0', '1', 'H', 'Q', 'year']); // months 01–12, halves, quarters, years
    const keys = new Set(pkg.enterpriseReports.map((r) => `${r.taxCode} ${r.period}`));
    expect(keys.size).toBe(pkg.enterpriseReports.length);
  });

  it('has one board, zones with ordered histories, and references that resolve', () => {
    expect(pkg.boards).toEqual([
      {
        code: 'TB',
        name: 'Ban Quản lý Khu kinh tế và các khu công nghiệp tỉnh Thái Bình',
        provinceCode: '34',
      },
    ]);
    const zones = new Map(pkg.zones.map((z) => [z.code, z]));
    expect(zones.size).toBe(pkg.zones.length);
    for (const z of pkg.zones) {
      expect(z.boardCode).toBe('TB');
      const history = z.statusHistory ?? [];
      expect(history.length).toBeGreaterThan(0);
      history.forEach((entry, i) => {
        if (i > 0) expect(entry.since > (history[i - 1]?.since ?? '')).toBe(true);
      });
      expect(history.at(-1)?.status).toBe(z.status);
    }
    const kkt = zones.get('TB-KKT');
    expect(kkt).toMatchObject({ kind: 'KKT', areaHa: '30583.0' });
    expect(kkt?.statusHistory?.[0]).toEqual({ status: 'planned', since: '2019-10-28' });

    const statusAt = (code: string, date: string) =>
      (zones.get(code)?.statusHistory ?? []).filter((h) => h.since <= date).at(-1)?.status;
    const kcnAt = (date: string) =>
      pkg.zones.filter((z) => z.kind === 'KCN' && [undefined, 'planned'].indexOf(statusAt(z.code, date)) < 0);
    const established = kcnAt(THAI_BINH_DEMO_FIGURES.zones.asOf);
    expect(established).toHaveLength(THAI_BINH_DEMO_FIGURES.zones.establishedKcn);
    expect((established.reduce((s, z) => s + Math.round(Number(z.areaHa) * 10), 0) / 10).toFixed(1)).toBe(
      THAI_BINH_DEMO_FIGURES.zones.establishedKcnAreaHa,
    );

    const projects = new Map(pkg.projects.map((p) => [p.code, p]));
    expect(projects.size).toBe(pkg.projects.length);
    const byProject = eventsByProject(pkg.licensingEvents);
    for (const p of pkg.projects) {
      expect(p.code).toMatch(/^\d{10}$/);
      expect(p.boardCode).toBe('TB');
      expect(zones.has(p.zoneCode)).toBe(true);
      const foreign = p.investors.filter((i) => i.country !== 'VN');
      expect(foreign.length > 0, p.code).toBe(p.investmentType === 'FDI');
      for (const i of p.investors) if (i.country === 'VN') expect(i.name).toMatch(/^Công ty (TNHH|Cổ phần) /);
      const events = byProject.get(p.code) ?? [];
      expect(events[0]?.kind, p.code).toBe('new');
      expect(events.filter((e) => e.kind === 'new')).toHaveLength(1);
      const termination = events.findIndex((e) => e.kind === 'termination');
      expect(termination === -1 || termination === events.length - 1, p.code).toBe(true);
      // licensed into a zone that was open to investors at the time
      expect(['established', 'under_construction', 'operating'], p.code).toContain(
        statusAt(p.zoneCode, events[0]?.date ?? ''),
      );
      for (const e of events) {
        expect(e.capitalUsd != null, `${p.code} ${e.date}`).toBe(
          p.investmentType === 'FDI' && e.capitalVnd != null,
        );
        if (e.capitalUsd != null) expect(e.capitalUsd).toMatch(/^\d+\.\d{2}$/);
      }
    }
    expect(byProject.size).toBe(pkg.projects.length);
    expect(pkg.licensingEvents.every((e) => e.date >= '2004-01-01' && e.date <= '2024-12-31')).toBe(true);

    const implementations = new Map<string, typeof pkg.capitalImplementations>();
    for (const i of pkg.capitalImplementations)
      implementations.set(i.projectCode, [...(implementations.get(i.projectCode) ?? []), i]);
    for (const [code, entries] of implementations) {
      const events = byProject.get(code);
      expect(events, code).toBeDefined();
      const licensed = events?.[0]?.date ?? '';
      const terminated = events?.find((e) => e.kind === 'termination')?.date ?? '9999-12-31';
      entries.forEach((entry, i) => {
        expect(entry.asOf > licensed && entry.asOf < terminated, `${code} ${entry.asOf}`).toBe(true);
        const previous = entries[i - 1];
        if (previous) {
          expect(entry.asOf > previous.asOf).toBe(true);
          expect(
            BigInt(entry.implementedVnd) >= BigInt(previous.implementedVnd),
            `${code} ${entry.asOf}`,
          ).toBe(true);
        }
      });
    }
  });

  it('reproduces the figures of the 2019 report exactly', () => {
    const figures = investmentFigures(pkg, '2019-01-01', '2019-11-30');
    expect(figures).toEqual({
      turns: 51,
      new: { count: 21, capitalVnd: '4466777000000' },
      adjustments: {
        count: 30,
        capitalChangeVnd: '899413000000',
        increases: { count: 14, capitalVnd: '907538000000' },
        decreases: { count: 2, capitalVnd: '8125000000' },
        unchanged: 14,
      },
      cumulative: {
        total: { projects: 284, registeredVnd: '81770544000000', implementedVnd: '55555400000000' },
        ddi: { projects: 231, registeredVnd: '70527829000000', implementedVnd: '48063700000000' },
        fdi: { projects: 53, registeredVnd: '11242715000000', implementedVnd: '7491700000000' },
      },
    });
    expect(figures).toEqual({
      ...THAI_BINH_DEMO_FIGURES.licensing,
      cumulative: {
        total: THAI_BINH_DEMO_FIGURES.cumulative.total,
        ddi: THAI_BINH_DEMO_FIGURES.cumulative.ddi,
        fdi: THAI_BINH_DEMO_FIGURES.cumulative.fdi,
      },
    });
  });

  it('has a same-day pair of capital adjustments in 2019 and a history that goes on after it', () => {
    const in2019 = pkg.licensingEvents.filter(
      (e) =>
        e.kind === 'adjustment' && e.date >= '2019-01-01' && e.date <= '2019-11-30' && e.capitalVnd != null,
    );
    const pairs = in2019.filter((e, i) =>
      in2019.some((f, j) => j !== i && f.projectCode === e.projectCode && f.date === e.date),
    );
    expect(pairs.length).toBeGreaterThanOrEqual(2);
    const later = pkg.licensingEvents.filter((e) => e.date > '2019-11-30');
    expect(new Set(later.map((e) => e.kind))).toEqual(new Set(['new', 'adjustment', 'termination']));
    expect(pkg.capitalImplementations.some((i) => i.asOf > '2019-11-30')).toBe(true);
    const terminatedBefore = pkg.licensingEvents.filter(
      (e) => e.kind === 'termination' && e.date <= '2019-11-30',
    );
    expect(terminatedBefore.length).toBeGreaterThan(0);
  });

  it('is the same document on every call', () => {
    const again = buildThaiBinhDemoPackage();
    expect(again).toEqual(pkg);
    expect(JSON.stringify(again)).toBe(JSON.stringify(pkg));
  });

  it("has the one-stop shop's procedures, their deadlines and departments", () => {
    const byCode = new Map(pkg.procedures.map((p) => [p.code, p]));
    expect(byCode.get('BQL-DT-01')).toMatchObject({
      deadline: { value: 10, unit: 'days' },
      effectiveFrom: '2025-09-03',
      versions: [{ effectiveFrom: '2021-01-01', deadline: { value: 15, unit: 'days' } }],
    });
    expect(byCode.get('BQL-DT-02')?.deadline).toEqual({ value: 7, unit: 'working_days' });
    expect(byCode.get('BQL-DT-03')?.deadline).toEqual({ value: 3, unit: 'working_days' });
    expect(byCode.get('BQL-XD-02')?.deadline).toEqual({ value: 15, unit: 'working_days' });
    expect(byCode.get('BQL-XD-03')?.deadline).toEqual({ value: 5, unit: 'working_days' });
    expect(byCode.get('BQL-XD-04')?.deadline).toEqual({ value: 15, unit: 'days' });
    const fields = new Set(pkg.procedures.map((p) => p.field));
    expect([...fields].sort()).toEqual(['Lao động', 'Môi trường', 'Xây dựng', 'Đầu tư'].sort());
    for (const p of pkg.procedures) {
      expect(p.documents?.length).toBeGreaterThan(0);
      const days = (p.steps ?? []).reduce((sum, s) => sum + s.workingDays, 0);
      if (p.deadline.unit === 'working_days') expect(days).toBeLessThanOrEqual(p.deadline.value);
      else expect(days).toBeLessThanOrEqual(Math.floor((p.deadline.value * 5) / 7));
    }
    expect(pkg.procedures.filter((p) => p.onlineLevel === 'partial').length).toBeGreaterThan(0);
    expect(pkg.procedures.filter((p) => p.onlineLevel === 'full').length).toBeGreaterThan(
      pkg.procedures.length / 2,
    );
  });

  it('has a year of dossiers on working days in office hours, every result early or on time, none overdue', () => {
    const { from, to, asOf } = THAI_BINH_ONE_STOP_FIGURES;
    const calendar = workingCalendar();
    const dossiers = pkg.dossiers;
    expect(dossiers.length).toBeGreaterThanOrEqual(250);
    expect(dossiers.length).toBeLessThanOrEqual(400);
    expect(new Set(dossiers.map((d) => d.code)).size).toBe(dossiers.length);
    const online = dossiers.filter((d) => d.channel === 'online').length;
    expect(online / dossiers.length).toBeGreaterThan(0.6);
    for (const channel of ['counter', 'post']) expect(dossiers.some((d) => d.channel === channel)).toBe(true);
    for (const kind of RESULT_KINDS) expect(dossiers.some((d) => d.result?.kind === kind)).toBe(true);
    expect(dossiers.filter((d) => d.result?.kind === 'approved').length / dossiers.length).toBeGreaterThan(
      0.8,
    );
    expect(dossiers.filter((d) => d.supplements?.length).length).toBeGreaterThan(10);
    const procedures = new Map(pkg.procedures.map((p) => [p.code, p]));
    const applicants = new Set(pkg.enterprises.map((e) => e.name));
    let early = 0;
    let onTime = 0;
    const pending: string[] = [];
    for (const d of dossiers) {
      expect(d.code.startsWith('H56.22-')).toBe(true);
      const day = vietnamDateOf(d.receivedAt);
      expect(day >= from && day <= to).toBe(true);
      expect(calendar.isWorkingDay(day)).toBe(true);
      const time = d.receivedAt.slice(11, 16);
      expect(time >= '08:00' && time <= '16:30').toBe(true);
      if (d.applicantTaxCode) expect(applicants.has(d.applicant)).toBe(true);
      const p = procedures.get(d.procedureCode)!;
      const version = [p, ...(p.versions ?? [])]
        .filter((v) => (v.effectiveFrom ?? '2021-01-01') <= day)
        .sort((a, b) => ((a.effectiveFrom ?? '') < (b.effectiveFrom ?? '') ? 1 : -1))[0]!;
      const timing = dueDate(calendar, {
        receivedAt: d.receivedAt,
        deadline: version.deadline,
        supplements: d.supplements ?? [],
      });
      if (d.result) {
        const resolvedOn = vietnamDateOf(d.result.at);
        expect(resolvedOn <= timing.dueDate, `${d.code} late`).toBe(true);
        expect(resolvedOn <= to).toBe(true);
        if (resolvedOn === timing.dueDate) onTime++;
        else early++;
      } else {
        pending.push(d.code);
        expect(timing.dueDate >= asOf, `${d.code} overdue`).toBe(true);
        // Still in progress: received in the last days of the data.
        expect(day >= '2026-11-16', `${d.code} still in progress`).toBe(true);
      }
    }
    expect(early).toBeGreaterThan(onTime);
    expect(onTime).toBeGreaterThan(0);
    expect(pending.length).toBeGreaterThanOrEqual(2);
    expect(pending.length).toBeLessThanOrEqual(12);
    expect(dossiers.some((d) => !d.result && d.supplements?.some((s) => s.suppliedAt == null))).toBe(true);
  });
});
