import { Flex, Typography } from 'antd';
import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { weekdayIndex } from './calendar-dates.ts';

const pad = (n: number) => String(n).padStart(2, '0');

/** Days in a month of a year (month 1–12). */
function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

type Kind = 'off' | 'workday' | 'weekend' | 'working';

const STYLES: Record<Kind, CSSProperties> = {
  off: { background: '#fff1f0', color: '#cf1322', fontWeight: 600 },
  workday: { background: '#f6ffed', color: '#389e0d', fontWeight: 600, outline: '1px solid #b7eb8f' },
  weekend: { color: '#bfbfbf' },
  working: {},
};

/**
 * The year at a glance: twelve small months, Monday first; days off in red, make-up working days
 * in green, Saturdays and Sundays grey. Each day says what it is to a screen reader too.
 */
export function MonthGrid({
  year,
  daysOff,
  workdays,
  names,
}: {
  year: number;
  daysOff: readonly string[];
  workdays: readonly string[];
  names: ReadonlyMap<string, string | null>;
}) {
  const { t } = useTranslation('settings');
  const off = new Set(daysOff);
  const worked = new Set(workdays);
  const kindOf = (date: string): Kind => {
    if (worked.has(date)) return 'workday';
    if (off.has(date)) return 'off';
    const weekday = weekdayIndex(date);
    return weekday === 0 || weekday === 6 ? 'weekend' : 'working';
  };
  // Monday first: Thứ Hai … Chủ nhật.
  const heads = [1, 2, 3, 4, 5, 6, 0].map((i) => t(`settings:calendar.short.${i}`));

  return (
    <>
      <Flex wrap gap={16}>
        {Array.from({ length: 12 }, (_, m) => m + 1).map((month) => {
          const first = weekdayIndex(`${year}-${pad(month)}-01`);
          const lead = (first + 6) % 7;
          const cells: (string | null)[] = [
            ...Array.from({ length: lead }, () => null),
            ...Array.from({ length: daysIn(year, month) }, (_, d) => `${year}-${pad(month)}-${pad(d + 1)}`),
          ];
          const weeks = Array.from({ length: Math.ceil(cells.length / 7) }, (_, w) =>
            cells.slice(w * 7, w * 7 + 7),
          );
          return (
            <table key={month} style={{ borderCollapse: 'collapse', fontSize: 12, width: 196 }}>
              <caption style={{ textAlign: 'start', fontWeight: 600, padding: '4px 0' }}>
                {t('settings:calendar.month', { month, year })}
              </caption>
              <thead>
                <tr>
                  {heads.map((head) => (
                    <th key={head} scope="col" style={{ fontWeight: 400, color: '#8c8c8c', width: 28 }}>
                      {head}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {weeks.map((week, w) => (
                  <tr key={w}>
                    {week.map((date, d) =>
                      date ? (
                        <td
                          key={date}
                          title={names.get(date) ?? undefined}
                          aria-label={`${date.slice(8)}/${pad(month)}: ${t(`settings:calendar.kinds.${kindOf(date)}`)}${
                            names.get(date) ? ` — ${names.get(date)}` : ''
                          }`}
                          style={{
                            textAlign: 'center',
                            height: 24,
                            borderRadius: 4,
                            ...STYLES[kindOf(date)],
                          }}
                        >
                          {Number(date.slice(8))}
                        </td>
                      ) : (
                        <td key={`blank-${d}`} />
                      ),
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          );
        })}
      </Flex>
      <Flex gap={16} wrap style={{ marginTop: 12 }}>
        {(['off', 'workday', 'weekend'] as const).map((kind) => (
          <Typography.Text key={kind} style={{ fontSize: 12 }}>
            <span
              aria-hidden
              style={{
                display: 'inline-block',
                width: 12,
                height: 12,
                borderRadius: 3,
                marginInlineEnd: 6,
                ...STYLES[kind],
                background: STYLES[kind].background ?? '#f5f5f5',
              }}
            />
            {t(`settings:calendar.kinds.${kind}`)}
          </Typography.Text>
        ))}
      </Flex>
    </>
  );
}
