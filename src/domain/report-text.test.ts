import { describe, expect, it } from 'vitest';
import { createTranslator } from '../server/kernel/translate.ts';
import { investmentReportParagraphs, type InvestmentFigures } from './report-text.ts';

/** The seed's 11-month 2019 figures (Thái Bình), as reports-v1 gives them. */
const SEED: InvestmentFigures = {
  from: '2019-01-01',
  to: '2019-11-30',
  licensing: {
    turns: 51,
    new: {
      count: 21,
      capitalVnd: '4466777000000',
      fdi: { count: 5, capitalVnd: '1000000000000', capitalUsd: '43000000.00' },
      ddi: { count: 16, capitalVnd: '3466777000000' },
    },
    adjustments: {
      count: 30,
      capitalChangeVnd: '899413000000',
      increases: { count: 14, capitalVnd: '907538000000' },
      decreases: { count: 2, capitalVnd: '8125000000' },
    },
    terminations: { count: 0, capitalVnd: '0' },
  },
  cumulative: {
    asOf: '2019-11-30',
    total: {
      projects: 284,
      registeredVnd: '81770544000000',
      implementedVnd: '55555400000000',
      implementedPct: 67.9,
    },
    ddi: {
      projects: 231,
      projectsSharePct: 81.3,
      registeredVnd: '70527829000000',
      registeredSharePct: 86.3,
      implementedVnd: '48063700000000',
      implementedPct: 68.1,
    },
    fdi: {
      projects: 53,
      projectsSharePct: 18.7,
      registeredVnd: '11242715000000',
      registeredSharePct: 13.7,
      registeredUsd: '484000000.00',
      implementedVnd: '7491700000000',
      implementedPct: 66.6,
    },
  },
};

describe('the investment report in the board’s own words', () => {
  it('reads like seed 004 in Vietnamese', () => {
    const text = investmentReportParagraphs(SEED, createTranslator('vi'), 'vi').join('\n');
    expect(text).toContain(
      'Ban Quản lý đã cấp mới và điều chỉnh Quyết định chủ trương đầu tư/Giấy chứng nhận đăng ký đầu tư cho 51 lượt dự án',
    );
    expect(text).toContain('Cấp mới cho 21 dự án, với tổng vốn đầu tư đăng ký là 4.466,777 tỷ đồng');
    expect(text).toContain(
      'Cấp điều chỉnh cho 30 lượt dự án, với số vốn đăng ký tăng thêm 899,413 tỷ đồng (trong đó 14 lượt dự án điều chỉnh tăng vốn, tăng thêm 907,538 tỷ đồng',
    );
    expect(text).toContain(
      'có 284 dự án còn hiệu lực với tổng vốn đầu tư đăng ký là 81.770,544 tỷ đồng; tổng vốn đầu tư thực hiện là 55.555,4 tỷ đồng, đạt 67,9%',
    );
    expect(text).toContain('231 dự án đầu tư trong nước, chiếm 81,3% tổng số dự án');
    expect(text).not.toContain('Chấm dứt');
  });
  it('switches to English with English number conventions', () => {
    const text = investmentReportParagraphs(SEED, createTranslator('en'), 'en').join('\n');
    expect(text).toContain('for 51 project-turns');
    expect(text).toContain('registered capital of 4,466.777 billion VND');
  });
  it('uses singular and plural forms in English', () => {
    const one = {
      ...SEED,
      licensing: { ...SEED.licensing, turns: 1, new: { ...SEED.licensing.new, count: 1 } },
    };
    const [intro, created] = investmentReportParagraphs(one, createTranslator('en'), 'en');
    expect(intro).toContain('for 1 project-turn:');
    expect(created).toContain('New certificates for 1 project,');
  });
  it('says "giảm" when adjustments lowered capital overall', () => {
    const lower = {
      ...SEED,
      licensing: {
        ...SEED.licensing,
        adjustments: { ...SEED.licensing.adjustments, capitalChangeVnd: '-5000000000' },
      },
    };
    expect(investmentReportParagraphs(lower, createTranslator('vi'), 'vi')[2]).toContain(
      'số vốn đăng ký giảm 5,000 tỷ đồng',
    );
  });
});
