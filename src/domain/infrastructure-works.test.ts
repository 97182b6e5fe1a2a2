import { describe, expect, it } from 'vitest';
import {
  BEHIND_THRESHOLD_POINTS,
  capacityReachedPct,
  expectedProgressPct,
  isProgressPct,
  progressAt,
  progressReportProblems,
  workStatus,
  type WorkSchedule,
} from './infrastructure-works.ts';

// 2024 is a leap year: 1 Jan → 31 Dec is 365 days; 1 Jan → 1 Jul is 182 days.
const year2024: WorkSchedule = {
  plannedStartOn: '2024-01-01',
  plannedCompletionOn: '2024-12-31',
  completedOn: null,
};

describe('progressAt', () => {
  const reports = [
    { reportedOn: '2024-03-01', progressPct: '10' },
    { reportedOn: '2024-06-01', progressPct: '30' },
    { reportedOn: '2024-06-01', progressPct: '35' },
    { reportedOn: '2024-09-01', progressPct: '60' },
  ];
  it('is the latest report on or before the day', () => {
    expect(progressAt(reports, '2024-02-29')).toBeNull();
    expect(progressAt(reports, '2024-03-01')?.progressPct).toBe('10');
    expect(progressAt(reports, '2024-05-31')?.progressPct).toBe('10');
    expect(progressAt(reports, '2024-08-31')?.progressPct).toBe('35');
    expect(progressAt(reports, '2026-01-01')?.progressPct).toBe('60');
  });
  it('takes the later of two reports on one day', () => {
    expect(progressAt(reports, '2024-06-01')?.progressPct).toBe('35');
  });
  it('does not depend on the list being sorted by date', () => {
    expect(progressAt([...reports].reverse(), '2024-08-31')?.reportedOn).toBe('2024-06-01');
  });
});

describe('expectedProgressPct', () => {
  it('is a straight line from planned start to planned completion', () => {
    expect(expectedProgressPct(year2024, '2023-12-31')).toBe('0');
    expect(expectedProgressPct(year2024, '2024-01-01')).toBe('0');
    // 182 / 365 × 100 = 49.863… → 49.9
    expect(expectedProgressPct(year2024, '2024-07-01')).toBe('49.9');
    expect(expectedProgressPct(year2024, '2024-12-31')).toBe('100');
    expect(expectedProgressPct(year2024, '2025-06-01')).toBe('100');
  });
  it('is unknown without a planned start', () => {
    expect(expectedProgressPct({ ...year2024, plannedStartOn: null }, '2024-07-01')).toBeNull();
  });
  it('handles a one-day schedule', () => {
    const oneDay = { plannedStartOn: '2024-05-05', plannedCompletionOn: '2024-05-05', completedOn: null };
    expect(expectedProgressPct(oneDay, '2024-05-04')).toBe('0');
    expect(expectedProgressPct(oneDay, '2024-05-05')).toBe('100');
  });
});

describe('workStatus', () => {
  it('is the board’s rule of 15 points', () => {
    expect(BEHIND_THRESHOLD_POINTS).toBe('15');
  });

  it('is not started before any progress is reported', () => {
    expect(workStatus(year2024, [], '2023-12-01')).toEqual({
      state: 'not_started',
      daysLate: 0,
      progressPct: null,
      progressReportedOn: null,
      expectedPct: '0',
    });
    // A report of 0% still means not started, as long as the line expects ≤ 15%.
    // 1 Feb: 31/365 × 100 = 8.49 → 8.5
    const zero = [{ reportedOn: '2024-01-15', progressPct: '0' }];
    expect(workStatus(year2024, zero, '2024-02-01').state).toBe('not_started');
  });

  it('is behind when more than 15 points under the line, exactly', () => {
    // On 1 Jul the line expects 49.863…%: 34.9% is 14.96 points under (on track),
    // 34.8% is 15.06 points under (behind).
    expect(workStatus(year2024, [{ reportedOn: '2024-06-30', progressPct: '34.9' }], '2024-07-01')).toEqual({
      state: 'on_track',
      daysLate: 0,
      progressPct: '34.9',
      progressReportedOn: '2024-06-30',
      expectedPct: '49.9',
    });
    expect(
      workStatus(year2024, [{ reportedOn: '2024-06-30', progressPct: '34.8' }], '2024-07-01').state,
    ).toBe('behind');
  });

  it('is behind at exactly more than 15 points, not at 15', () => {
    // 1 Jan 2024 → 10 Jan 2024: 10 days; on 4 Jan 30% expected. 15% is exactly 15 under: on track.
    const tenDays = { plannedStartOn: '2024-01-01', plannedCompletionOn: '2024-01-11', completedOn: null };
    expect(workStatus(tenDays, [{ reportedOn: '2024-01-04', progressPct: '15' }], '2024-01-04').state).toBe(
      'on_track',
    );
    expect(workStatus(tenDays, [{ reportedOn: '2024-01-04', progressPct: '14.9' }], '2024-01-04').state).toBe(
      'behind',
    );
  });

  it('counts a work with no report as behind once the line expects more than 15%', () => {
    // 25 Feb: 55/365 × 100 = 15.07 → behind; 24 Feb: 54/365 × 100 = 14.79 → not started.
    expect(workStatus(year2024, [], '2024-02-24').state).toBe('not_started');
    expect(workStatus(year2024, [], '2024-02-25').state).toBe('behind');
  });

  it('is late the day after the planned completion, with the days counted', () => {
    const reports = [{ reportedOn: '2024-12-01', progressPct: '95' }];
    expect(workStatus(year2024, reports, '2024-12-31').state).toBe('on_track');
    expect(workStatus(year2024, reports, '2025-01-01')).toMatchObject({ state: 'late', daysLate: 1 });
    // 31 Dec 2024 → 1 Mar 2025: 31 + 28 + 1 = 60 days
    expect(workStatus(year2024, reports, '2025-03-01')).toMatchObject({
      state: 'late',
      daysLate: 60,
      progressPct: '95',
      expectedPct: '100',
    });
  });

  it('is completed from its completion date on, even after a late one', () => {
    const done = { ...year2024, completedOn: '2025-02-10' };
    const reports = [
      { reportedOn: '2024-12-01', progressPct: '95' },
      { reportedOn: '2025-02-10', progressPct: '100' },
    ];
    expect(workStatus(done, reports, '2025-02-09')).toMatchObject({ state: 'late', daysLate: 40 });
    expect(workStatus(done, reports, '2025-02-10')).toMatchObject({
      state: 'completed',
      daysLate: 0,
      progressPct: '100',
    });
    const early = { ...year2024, completedOn: '2024-11-30' };
    expect(workStatus(early, [{ reportedOn: '2024-11-30', progressPct: '100' }], '2024-11-30').state).toBe(
      'completed',
    );
  });

  it('never calls a work without a planned start behind', () => {
    const noStart = { plannedStartOn: null, plannedCompletionOn: '2024-12-31', completedOn: null };
    expect(workStatus(noStart, [], '2024-12-30').state).toBe('not_started');
    expect(workStatus(noStart, [{ reportedOn: '2024-01-05', progressPct: '1' }], '2024-12-30').state).toBe(
      'on_track',
    );
    expect(workStatus(noStart, [], '2025-01-02')).toMatchObject({ state: 'late', daysLate: 2 });
  });

  it('shows stored progress without trailing zeros', () => {
    expect(
      workStatus(year2024, [{ reportedOn: '2024-12-01', progressPct: '90.50' }], '2024-12-02').progressPct,
    ).toBe('90.5');
  });
});

describe('progressReportProblems', () => {
  const previous = { reportedOn: '2024-06-01', progressPct: '40' };
  const base = { previous, today: '2024-07-01', plannedCapitalVnd: '1000000000' };

  it('accepts a report after the previous one with more progress', () => {
    expect(
      progressReportProblems({ ...base, report: { reportedOn: '2024-07-01', progressPct: '40' } }),
    ).toEqual([]);
    expect(
      progressReportProblems({
        ...base,
        report: { reportedOn: '2024-06-01', progressPct: '55.5', disbursedVnd: '1000000000' },
      }),
    ).toEqual([]);
    expect(
      progressReportProblems({
        ...base,
        previous: null,
        report: { reportedOn: '2020-01-01', progressPct: '0' },
      }),
    ).toEqual([]);
  });

  it('refuses a report dated in the future', () => {
    expect(
      progressReportProblems({ ...base, report: { reportedOn: '2024-07-02', progressPct: '50' } }),
    ).toEqual(['in_future']);
  });

  it('refuses a report before the previous one', () => {
    expect(
      progressReportProblems({ ...base, report: { reportedOn: '2024-05-31', progressPct: '50' } }),
    ).toEqual(['before_previous']);
  });

  it('refuses progress below the previous report', () => {
    expect(
      progressReportProblems({ ...base, report: { reportedOn: '2024-06-15', progressPct: '39.9' } }),
    ).toEqual(['progress_decreased']);
  });

  it('refuses disbursement above the planned capital, when it is known', () => {
    const report = { reportedOn: '2024-06-15', progressPct: '50', disbursedVnd: '1000000001' };
    expect(progressReportProblems({ ...base, report })).toEqual(['disbursed_above_capital']);
    expect(progressReportProblems({ ...base, plannedCapitalVnd: null, report })).toEqual([]);
  });

  it('requires 100% and a date not after the report to complete a work', () => {
    expect(
      progressReportProblems({
        ...base,
        report: { reportedOn: '2024-06-15', progressPct: '99.9', completedOn: '2024-06-15' },
      }),
    ).toEqual(['completion_not_full']);
    expect(
      progressReportProblems({
        ...base,
        report: { reportedOn: '2024-06-15', progressPct: '100', completedOn: '2024-06-16' },
      }),
    ).toEqual(['completion_date_invalid']);
    expect(
      progressReportProblems({
        ...base,
        plannedStartOn: '2024-01-01',
        report: { reportedOn: '2024-06-15', progressPct: '100', completedOn: '2023-12-31' },
      }),
    ).toEqual(['completion_date_invalid']);
    // Completed before the previous report (which said 40 %): refused.
    expect(
      progressReportProblems({
        ...base,
        report: { reportedOn: '2024-06-15', progressPct: '100', completedOn: '2024-05-31' },
      }),
    ).toEqual(['completion_date_invalid']);
    expect(
      progressReportProblems({
        ...base,
        report: { reportedOn: '2024-06-15', progressPct: '100', completedOn: '2024-06-10' },
      }),
    ).toEqual([]);
  });

  it('lists every problem, in order', () => {
    expect(
      progressReportProblems({
        ...base,
        report: {
          reportedOn: '2024-08-01',
          progressPct: '10',
          disbursedVnd: '2000000000',
          completedOn: '2024-08-01',
        },
      }),
    ).toEqual(['in_future', 'progress_decreased', 'disbursed_above_capital', 'completion_not_full']);
  });
});

describe('figures', () => {
  it('checks progress percentages', () => {
    expect(isProgressPct('0')).toBe(true);
    expect(isProgressPct('99.9')).toBe(true);
    expect(isProgressPct('100')).toBe(true);
    expect(isProgressPct('100.0')).toBe(true);
    expect(isProgressPct('100.1')).toBe(false);
    expect(isProgressPct('45.25')).toBe(false);
    expect(isProgressPct('-1')).toBe(false);
    expect(isProgressPct('1e2')).toBe(false);
  });
  it('computes capacity reached', () => {
    expect(capacityReachedPct('5000', '2500')).toBe('50');
    expect(capacityReachedPct('3', '1')).toBe('33.3');
    expect(capacityReachedPct('12.5', '12.5')).toBe('100');
    expect(capacityReachedPct(null, '1')).toBeNull();
    expect(capacityReachedPct('0', '1')).toBeNull();
  });
});
