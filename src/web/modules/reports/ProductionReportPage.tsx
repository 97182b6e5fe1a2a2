import { Alert, Card, Flex, Spin, Typography } from 'antd';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { periodPhrase, productionReportText } from '../../../domain/production-report-text.ts';
import { errorMessage } from '../../shared/errors.ts';
import { useFormat } from '../../shared/format.ts';
import { useListParams } from '../../shared/list-params.ts';
import { PageTitle } from '../../shared/PageTitle.tsx';
import { useProductionReport } from './production.api.ts';
import { ProductionFigures } from './ProductionFigures.tsx';
import { productionPeriodOf } from './ProductionPeriodPicker.tsx';
import { useReportScope } from './report-scope.ts';
import { ReportText } from './ReportText.tsx';

const ProductionCharts = lazy(() => import('./ProductionCharts.tsx'));
const ProductionReportControls = lazy(() => import('./ProductionReportControls.tsx'));
const ReportDownloads = lazy(() => import('./ReportDownloads.tsx'));

/**
 * Báo cáo sản xuất kinh doanh: a period against the same period a year earlier (total, FDI,
 * domestic), labour and income, the yearly plan and the province's share when entered, the board's
 * paragraph and charts; every figure opens the enterprise reports behind it.
 */
export function Component() {
  const { t } = useTranslation(['statistics', 'reports', 'common', 'reportText']);
  const format = useFormat();
  const params = useListParams(['period', 'board', 'zone'] as const);
  const period = productionPeriodOf(params.values.period);
  const board = params.list('board');
  const zone = params.list('zone');
  const scope = useReportScope(board, zone);
  const report = useProductionReport({ period, board, zone });
  const data = report.data;
  const label = (p: string) => periodPhrase(p, t, 'statistics:period');

  // The list takes one board and one zone (ids); a wider scope lists every visible report.
  const reports = (investmentType?: 'FDI' | 'DDI') => {
    const query = new URLSearchParams(
      scope.listParams({ period: data?.period ?? period, status: 'accepted', investmentType }),
    );
    for (const key of ['boardId', 'zoneId']) if (query.getAll(key).length > 1) query.delete(key);
    return `/statistics/reports?${query.toString()}`;
  };

  return (
    <>
      <PageTitle
        title={t('production.title')}
        subtitle={t('production.subtitle')}
        extra={
          <Suspense fallback={null}>
            <ReportDownloads
              path="/reports/production"
              query={{ period, board, zone }}
              summary={t('reports:documents.productionSummary', { period: label(period) })}
            />
          </Suspense>
        }
      />
      <Suspense fallback={<div style={{ height: 48 }} />}>
        <ProductionReportControls
          period={period}
          scope={scope}
          board={board}
          zone={zone}
          onPeriod={(p) => params.update({ period: p })}
          onScope={(change) => params.update(change)}
        />
      </Suspense>
      {report.error ? (
        <Alert type="error" showIcon style={{ marginBottom: 16 }} title={errorMessage(t, report.error)} />
      ) : null}
      {!data ? (
        report.isPending ? (
          <Spin />
        ) : null
      ) : (
        <Spin spinning={report.isPlaceholderData}>
          <Flex vertical gap={16} data-testid="production-report">
            <Typography.Text type="secondary">{t('production.clickHint')}</Typography.Text>
            <ProductionFigures
              report={data}
              periodLabel={label(data.period)}
              previousLabel={label(data.previousPeriod)}
              reports={reports}
            />
            <ReportText paragraphs={productionReportText(data, t, format.locale)} />
            <Suspense fallback={<Card loading title={t('production.chartsLoading')} />}>
              <ProductionCharts
                report={data}
                periodLabel={label(data.period)}
                previousLabel={label(data.previousPeriod)}
              />
            </Suspense>
          </Flex>
        </Spin>
      )}
    </>
  );
}
