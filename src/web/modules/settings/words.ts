import { useTranslation } from 'react-i18next';
import { useFormat } from '../../shared/format.ts';
import { formatAmount } from '../../shared/typed-input.ts';
import { unitOf, type SettingsHistoryEntry } from './settings.api.ts';

/** "23155.00" → "23155", "24500.50" → "24500.5": a decimal without its trailing zeros, exactly. */
export function trimZeros(value: string): string {
  return value.includes('.') ? value.replace(/0+$/, '').replace(/\.$/, '') : value;
}

/** One changed value of a setting, in words: what it is, before and after (null: not there). */
export interface ChangeLine {
  label: string;
  before: string | null;
  after: string | null;
}

type Row = Record<string, unknown>;
const asRow = (value: unknown): Row | null =>
  value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Row) : null;

/**
 * The settings' values in the board's words: periods ("Quý 1/2026"), due rules, severities,
 * amounts with their units (exact: grouped digits, never rounded), and a history entry's changes.
 */
export function useSettingsWords() {
  const { t } = useTranslation(['settings', 'common']);
  const format = useFormat();

  function period(value: string): string {
    const match = /^(\d{4})(?:-(H[12]|Q[1-4]|\d{2}))?$/.exec(value);
    if (!match) return value;
    const [, year, part] = match;
    if (!part) return t('settings:period.year', { year });
    if (part.startsWith('H')) return t(`settings:period.${part}`, { year });
    if (part.startsWith('Q')) return t('settings:period.quarter', { quarter: part.slice(1), year });
    return t('settings:period.month', { month: Number(part), year });
  }

  /** An exact decimal with the language's grouping: "24500.5" → "24.500,5". */
  const exact = (value: string) => formatAmount(trimZeros(value), format.locale);

  /** An indicator's amount in its unit, exactly ("2.000.000.000.000 đồng", "3.000 người"). */
  function amount(indicator: string, value: string): string {
    const unit = unitOf(indicator);
    if (unit === 'people') return t('settings:units.peopleValue', { value: exact(value) });
    return `${exact(value)} ${t(`settings:units.${unit}`)}`;
  }

  /** The same amount shortened as the reports print it (tỷ đồng, triệu USD), for a glance. */
  function short(indicator: string, value: string): string | null {
    const unit = unitOf(indicator);
    if (unit === 'vnd') return format.ty(trimZeros(value));
    if (unit === 'usd') return format.millionUsd(value);
    return null;
  }

  const rate = (value: string) => t('settings:rates.rateValue', { value: exact(value) });
  const indicator = (code: string) => t(`settings:indicators.${code}`, { defaultValue: code });
  const ruleName = (code: string) => t(`settings:rules.names.${code}`, { defaultValue: code });
  const kind = (code: string) => t(`settings:period.kinds.${code}`, { defaultValue: code });

  function due(dueMonthsAfter: number, dueDay: number): string {
    return dueMonthsAfter === 0
      ? t('settings:schedules.dueWordsSameMonth', { day: dueDay })
      : t('settings:schedules.dueWords', { day: dueDay, months: dueMonthsAfter });
  }

  function targetText(value: unknown, growth: unknown, code: string): string | null {
    if (typeof value === 'string') return amount(code, value);
    if (typeof growth === 'number' || typeof growth === 'string')
      return t('settings:targets.growthValue', { pct: format.percent(Number(growth)) });
    return null;
  }

  function ruleParams(code: string, params: unknown): string | null {
    const values = asRow(params);
    if (!values || Object.keys(values).length === 0) return null;
    if (code === 'required_figures')
      return Object.entries(values)
        .filter(([, v]) => v === 1)
        .map(([field]) => t(`settings:rules.figures.${field}`, { defaultValue: field }))
        .join(', ');
    return Object.entries(values)
      .map(
        ([name, v]) =>
          `${t(`settings:rules.paramNames.${name}`, { defaultValue: name })}: ${exact(String(v))}`,
      )
      .join('; ');
  }

  /** What the entry is about: "Quý", "Năm 2026 · Doanh thu", "Quy tắc: …". */
  function record(entry: SettingsHistoryEntry): string {
    const key = entry.entityKey ?? entry.entityId;
    switch (entry.entityType) {
      case 'reporting_schedule':
        return kind(key);
      case 'reporting_period':
      case 'exchange_rate':
        return period(key);
      case 'statistics_rule':
        return ruleName(key);
      case 'board_target': {
        const [year, code = ''] = key.split(' ');
        return `${t('settings:targets.year')} ${year} · ${indicator(code)}`;
      }
      case 'province_total': {
        const [p = '', code = ''] = key.split(' ');
        return `${period(p)} · ${indicator(code)}`;
      }
      case 'calendar_year':
        return t('settings:calendar.yearOf', { year: key });
    }
  }

  /** A list of calendar dates in the language's format ("01/01/2031, 22/01/2031"). */
  function dates(value: unknown): string | null {
    if (!Array.isArray(value) || value.length === 0) return null;
    return value.map((date) => format.date(String(date))).join(', ');
  }

  /** The values of a setting's row that people read, each in words (absent: not shown). */
  function valuesOf(entry: SettingsHistoryEntry, row: Row | null): Map<string, string | null> {
    const values = new Map<string, string | null>();
    if (!row) return values;
    const code = (entry.entityKey ?? '').split(' ').pop() ?? '';
    switch (entry.entityType) {
      case 'reporting_schedule':
        values.set(
          t('settings:fields.collected'),
          row.collected ? t('settings:schedules.collectedYes') : t('settings:schedules.collectedNo'),
        );
        values.set(t('settings:fields.due'), due(Number(row.dueMonthsAfter), Number(row.dueDay)));
        break;
      case 'reporting_period':
        values.set(
          t('settings:fields.open'),
          row.open ? t('settings:fields.isOpen') : t('settings:fields.isClosed'),
        );
        values.set(t('settings:fields.dueDate'), format.date(String(row.dueDate)));
        break;
      case 'statistics_rule':
        values.set(t('settings:fields.severity'), t(`settings:rules.severityShort.${String(row.severity)}`));
        values.set(t('settings:rules.params'), ruleParams(entry.entityKey ?? '', row.params));
        break;
      case 'exchange_rate':
        values.set(t('settings:fields.vndPerUsd'), rate(String(row.vndPerUsd)));
        break;
      case 'board_target':
        values.set(t('settings:targets.target'), targetText(row.targetValue, row.targetGrowthPct, code));
        break;
      case 'province_total':
        values.set(t('settings:fields.value'), amount(code, String(row.value)));
        break;
      case 'calendar_year':
        values.set(t('settings:calendar.daysOff'), dates(row.daysOff));
        values.set(t('settings:calendar.workdays'), dates(row.workdays));
        values.set(t('settings:calendar.note'), typeof row.note === 'string' ? row.note : null);
        break;
    }
    return values;
  }

  /**
   * A history entry's change, field by field: the changed ones (all of them when added or
   * deleted). `baseline`: what a record added stood for before it existed — a rule's built-in
   * severity and parameters, which the board's first change of the rule replaces.
   */
  function changes(entry: SettingsHistoryEntry, baseline?: Row | null): ChangeLine[] {
    const compared = entry.action === 'update' || (entry.action === 'create' && !!baseline);
    const before = valuesOf(
      entry,
      asRow(entry.before) ?? (entry.action === 'create' ? (baseline ?? null) : null),
    );
    const after = valuesOf(entry, asRow(entry.after));
    const labels = [...new Set([...before.keys(), ...after.keys()])];
    return labels
      .map((label) => ({ label, before: before.get(label) ?? null, after: after.get(label) ?? null }))
      .filter((line) => !compared || line.before !== line.after);
  }

  return {
    period,
    exact,
    amount,
    short,
    rate,
    indicator,
    ruleName,
    kind,
    due,
    targetText,
    ruleParams,
    record,
    changes,
  };
}
