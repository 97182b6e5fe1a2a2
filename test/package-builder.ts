import { parseDecimal } from '../src/domain/decimal.ts';

/** "4.466777" tỷ đồng → "4466777000000" đồng (exact). */
export function ty(amount: string): string {
  const { units, scale } = parseDecimal(amount);
  return ((units * 1_000_000_000n) / 10n ** BigInt(scale)).toString();
}

type Json = Record<string, unknown>;

/** Builds data packages (contract v1) for tests, readably. */
export class PackageBuilder {
  boards: Json[] = [];
  zones: Json[] = [];
  projects: Json[] = [];
  licensingEvents: Json[] = [];
  capitalImplementations: Json[] = [];
  enterprises: Json[] = [];
  enterpriseReports: Json[] = [];
  calendarYears: Json[] = [];
  procedures: Json[] = [];
  dossiers: Json[] = [];
  private documentCounter = 0;

  board(code: string, name = `Ban Quản lý KKT và các KCN ${code}`): this {
    this.boards.push({ code, name, provinceCode: '99' });
    return this;
  }

  zone(boardCode: string, code: string, fields: Json = {}): this {
    this.zones.push({
      code,
      boardCode,
      name: `KCN ${code}`,
      kind: 'KCN',
      status: 'operating',
      areaHa: '100',
      ...fields,
    });
    return this;
  }

  project(boardCode: string, zoneCode: string, code: string, type: 'FDI' | 'DDI', fields: Json = {}): this {
    this.projects.push({
      code,
      boardCode,
      zoneCode,
      name: `Dự án ${code}`,
      investmentType: type,
      investors: [
        type === 'FDI'
          ? { name: `Investor ${code} Co., Ltd.`, country: 'KR' }
          : { name: `Công ty CP ${code}`, country: 'VN' },
      ],
      ...fields,
    });
    return this;
  }

  /** A licensing event; capital in tỷ đồng for readability ("230" → 230 tỷ), USD as given. */
  event(
    projectCode: string,
    kind: 'new' | 'adjustment' | 'termination',
    date: string,
    capitalTy?: string,
    capitalUsd?: string,
    documentNo?: string,
  ): this {
    this.licensingEvents.push({
      projectCode,
      kind,
      date,
      documentNo: documentNo ?? `${projectCode}-${kind}-${++this.documentCounter}`,
      ...(capitalTy === undefined ? {} : { capitalVnd: ty(capitalTy) }),
      ...(capitalUsd === undefined ? {} : { capitalUsd }),
    });
    return this;
  }

  implemented(projectCode: string, asOf: string, amountTy: string): this {
    this.capitalImplementations.push({ projectCode, asOf, implementedVnd: ty(amountTy) });
    return this;
  }

  enterprise(
    boardCode: string,
    zoneCode: string,
    taxCode: string,
    type: 'FDI' | 'DDI',
    fields: Json = {},
  ): this {
    this.enterprises.push({
      taxCode,
      boardCode,
      zoneCode,
      name: `Công ty ${taxCode}`,
      investmentType: type,
      ...fields,
    });
    return this;
  }

  /** An enterprise's periodic report ("2019", "2019-H1", "2019-Q3", "2019-11"). */
  enterpriseReport(taxCode: string, period: string, fields: Json = {}): this {
    this.enterpriseReports.push({ taxCode, period, ...fields });
    return this;
  }

  /** A year's schedule of working days (one-stop-v1): replaces the whole year. */
  calendarYear(year: number, daysOff: string[], workdays: string[] = [], fields: Json = {}): this {
    this.calendarYears.push({ year, daysOff, workdays, ...fields });
    return this;
  }

  /** A procedure of a board; 7 working days, fully online unless told. */
  procedure(boardCode: string, code: string, fields: Json = {}): this {
    this.procedures.push({
      code,
      boardCode,
      name: `Thủ tục ${code}`,
      deadline: { value: 7, unit: 'working_days' },
      onlineLevel: 'full',
      ...fields,
    });
    return this;
  }

  /** A dossier received at `receivedAt` (with its offset), online, no supplement, no result unless told. */
  dossier(
    boardCode: string,
    code: string,
    procedureCode: string,
    receivedAt: string,
    fields: Json = {},
  ): this {
    this.dossiers.push({
      code,
      boardCode,
      procedureCode,
      channel: 'online',
      applicant: `Công ty TNHH ${code}`,
      receivedAt,
      supplements: [],
      ...fields,
    });
    return this;
  }

  build(): Json {
    return {
      format: 'kcn-data-package',
      version: 1,
      boards: this.boards,
      zones: this.zones,
      projects: this.projects,
      licensingEvents: this.licensingEvents,
      capitalImplementations: this.capitalImplementations,
      enterprises: this.enterprises,
      enterpriseReports: this.enterpriseReports,
      ...(this.calendarYears.length > 0 ? { calendarYears: this.calendarYears } : {}),
      ...(this.procedures.length > 0 ? { procedures: this.procedures } : {}),
      ...(this.dossiers.length > 0 ? { dossiers: this.dossiers } : {}),
    };
  }
}
