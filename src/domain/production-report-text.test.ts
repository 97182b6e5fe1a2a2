import { describe, expect, it } from 'vitest';
import { createTranslator } from '../server/kernel/translate.ts';
import { periodPhrase, productionReportText, type ProductionFigures } from './production-report-text.ts';

const yoy = (value: string, previous: string | null, growthPct: number | null) => ({
  value,
  previous,
  growthPct,
});

/** The seed's 2019 figures (Thái Bình), as the production report gives them. */
const SEED: ProductionFigures = {
  period: '2019',
  previousPeriod: '2018',
  coverage: { enterprises: 310, reported: 296 },
  indicators: {
    productionValueVnd: {
      total: yoy('44078110000000', '37196717299578', 18.5),
      fdi: yoy('11117340000000', '9502000000000', 17.0),
      ddi: yoy('32960770000000', '27694717299578', 19.0),
    },
    revenueVnd: {
      total: yoy('46335080000000', '39944000000000', 16.0),
      fdi: yoy('12829760000000', '11224637000000', 14.3),
      ddi: yoy('33505320000000', '28719363000000', 16.7),
    },
    exportUsd: {
      total: yoy('1162790000.00', '988767000.00', 17.6),
      fdi: yoy('434340000.00', '371866000.00', 16.8),
      ddi: yoy('728450000.00', '616901000.00', 18.1),
    },
    importUsd: {
      total: yoy('1232590000.00', '1046340000.00', 17.8),
      fdi: yoy('389700000.00', '335659000.00', 16.1),
      ddi: yoy('842890000.00', '710681000.00', 18.6),
    },
    budgetPaidVnd: {
      total: yoy('3300000000000', '2894736842105', 14.0),
      fdi: yoy('0', '0', null),
      ddi: yoy('3300000000000', '2894736842105', 14.0),
    },
  },
  labour: {
    workers: {
      total: { value: 72000, previous: 71570, growthPct: 0.6 },
      fdi: { value: 34500, previous: 34000, growthPct: 1.5 },
      ddi: { value: 37500, previous: 37570, growthPct: -0.2 },
    },
    insuredPct: 85.0,
    averageIncomeVnd: '5200000',
  },
};

describe('productionReportText', () => {
  it("writes the board's paragraph for 2019 in Vietnamese", () => {
    const [paragraph, ...rest] = productionReportText(SEED, createTranslator('vi'));
    expect(rest).toEqual([]);
    expect(paragraph).toBe(
      'Năm 2019, giá trị sản xuất công nghiệp của các doanh nghiệp trong các KCN đạt 44.078,11 tỷ đồng, ' +
        'tăng 18,5% so với cùng kỳ (khu vực FDI đạt 11.117,34 tỷ đồng, tăng 17,0%); ' +
        'doanh thu đạt 46.335,08 tỷ đồng, tăng 16,0% (khu vực FDI đạt 12.829,76 tỷ đồng, tăng 14,3%); ' +
        'kim ngạch xuất khẩu đạt 1.162,79 triệu USD, tăng 17,6% (khu vực FDI đạt 434,34 triệu USD, tăng 16,8%); ' +
        'kim ngạch nhập khẩu đạt 1.232,59 triệu USD, tăng 17,8% (khu vực FDI đạt 389,70 triệu USD, tăng 16,1%); ' +
        'nộp ngân sách nhà nước đạt 3.300,00 tỷ đồng, tăng 14,0%; ' +
        'tổng số lao động 72.000 người, tăng 0,6% (khu vực FDI 34.500 người); ' +
        'thu nhập bình quân 5,2 triệu đồng/người/tháng; 85,0% lao động tham gia BHXH.',
    );
  });

  it('writes English when asked, and says how far the yearly plan is reached', () => {
    const report: ProductionFigures = {
      ...SEED,
      targets: [
        {
          indicator: 'productionValueVnd',
          year: 2019,
          targetValue: '41979152000000',
          targetGrowthPct: null,
          actual: '44078110000000',
          growthPct: 18.5,
          achievedPct: 105.0,
        },
        {
          indicator: 'revenueVnd',
          year: 2019,
          targetValue: null,
          targetGrowthPct: 15,
          actual: '46335080000000',
          growthPct: 16.0,
          achievedPct: null,
        },
      ],
    };
    const vi = productionReportText(report, createTranslator('vi'));
    expect(vi[1]).toBe('So với kế hoạch năm: giá trị sản xuất công nghiệp đạt 105,0% kế hoạch.');
    const [en] = productionReportText(report, createTranslator('en'), 'en');
    expect(en).toMatch(
      /^In 2019, the industrial production value of the enterprises in the zones reached 44,078\.11 billion VND, up 18\.5% year on year \(FDI sector: 11,117\.34 billion VND, up 17\.0%\); revenue reached 46,335\.08/,
    );
  });

  it('says "giảm" for a fall, names quarters and leaves out what is missing', () => {
    const t = createTranslator('vi');
    const report: ProductionFigures = {
      ...SEED,
      period: '2020-Q3',
      previousPeriod: '2019-Q3',
      indicators: {
        ...SEED.indicators,
        productionValueVnd: {
          total: yoy('900000000000', '1000000000000', -10.0),
          fdi: yoy('0', '0', null),
          ddi: yoy('900000000000', '1000000000000', -10.0),
        },
      },
      labour: { ...SEED.labour, averageIncomeVnd: null, insuredPct: null },
    };
    const [text] = productionReportText(report, t);
    expect(text).toMatch(
      /^Quý III\/2020, giá trị sản xuất công nghiệp .* đạt 900,00 tỷ đồng, giảm 10,0% so với cùng kỳ; doanh thu/,
    );
    expect(text).not.toContain('thu nhập bình quân');
    expect(text).not.toContain('BHXH');
    expect(text!.endsWith('(khu vực FDI 34.500 người).')).toBe(true);
  });

  it('names every kind of period, and says when no enterprise has figures', () => {
    const t = createTranslator('vi');
    expect(periodPhrase('2019-H1', t)).toBe('6 tháng đầu năm 2019');
    expect(periodPhrase('2019-11', t)).toBe('Tháng 11/2019');
    expect(productionReportText({ ...SEED, coverage: { enterprises: 3, reported: 0 } }, t)).toEqual([
      'Năm 2019, chưa có doanh nghiệp nào có số liệu.',
    ]);
  });

  it("adds the zones' share of the province and the plan's other indicators", () => {
    const paragraphs = productionReportText(
      {
        ...SEED,
        targets: [
          {
            indicator: 'attractedCapitalVnd',
            year: 2019,
            targetValue: '5000000000000',
            targetGrowthPct: null,
            actual: '6241810000000',
            growthPct: null,
            achievedPct: 124.8,
          },
        ],
        province: [
          {
            indicator: 'productionValueVnd',
            period: '2019',
            provinceValue: '72500000000000',
            zonesValue: '44078110000000',
            sharePct: 60.8,
          },
        ],
      },
      createTranslator('vi'),
    );
    expect(paragraphs.slice(1)).toEqual([
      'So với kế hoạch năm: vốn đầu tư thu hút đạt 124,8% kế hoạch.',
      'So với toàn tỉnh: giá trị sản xuất công nghiệp của các KCN chiếm 60,8%.',
    ]);
  });
});
