import { describe, expect, it } from 'vitest';
import {
  describeSource,
  figureValue,
  pctText,
  SCORING_SOURCES,
  type MemberFigures,
} from './scoring-sources.ts';

const leaf = (value: string, growthPct: number | null) => ({ value, growthPct });
const figures: MemberFigures = {
  newProjects: {
    total: { value: 7, growthPct: 40 },
    fdi: { value: 3, growthPct: null },
    ddi: { value: 4, growthPct: -20 },
  },
  capitalNewAndAdjusted: { fdiUsd: leaf('434340000.50', 12.5), ddiVnd: leaf('4466777000000', -3.2) },
  revenue: { fdiUsd: leaf('0', null), ddiVnd: leaf('1000000001', 0) },
  budgetPaid: { fdiUsd: leaf('1250000', 100), ddiVnd: leaf('999', null) },
};

describe('scoring sources: a member’s figure of the consolidated report, in the source’s unit', () => {
  it('reads counts as they are and money exactly in tỷ đồng or triệu USD', () => {
    expect(figureValue(figures, 'newProjects.total')).toBe('7');
    expect(figureValue(figures, 'newProjects.ddi')).toBe('4');
    expect(figureValue(figures, 'capitalNewAndAdjusted.ddiVnd')).toBe('4466.777');
    expect(figureValue(figures, 'capitalNewAndAdjusted.fdiUsd')).toBe('434.3400005');
    expect(figureValue(figures, 'revenue.ddiVnd')).toBe('1.000000001');
    expect(figureValue(figures, 'revenue.fdiUsd')).toBe('0');
    expect(figureValue(figures, 'budgetPaid.ddiVnd')).toBe('0.000000999');
  });

  it('reads growth as a decimal percentage, none where last year had nothing', () => {
    expect(figureValue(figures, 'newProjects.total.growthPct')).toBe('40');
    expect(figureValue(figures, 'newProjects.fdi.growthPct')).toBeNull();
    expect(figureValue(figures, 'capitalNewAndAdjusted.ddiVnd.growthPct')).toBe('-3.2');
    expect(figureValue(figures, 'revenue.ddiVnd.growthPct')).toBe('0');
    expect(figureValue(figures, 'oneStop.onTimePct')).toBeNull();
    expect(pctText(81.3)).toBe('81.3');
    expect(pctText(null)).toBeNull();
    expect(pctText(1e-7)).toBe('0.0000');
  });

  it('names every source with its unit', () => {
    expect(SCORING_SOURCES).toHaveLength(19);
    for (const source of SCORING_SOURCES) expect(describeSource(source).label.length).toBeGreaterThan(5);
    expect(describeSource('capitalNewAndAdjusted.fdiUsd').unit).toBe('triệu USD');
    expect(describeSource('revenue.ddiVnd.growthPct')).toEqual({
      label: 'Tăng trưởng doanh thu khu vực trong nước so với năm trước',
      unit: '%',
    });
    expect(describeSource('oneStop.onTimePct').unit).toBe('%');
  });
});
