import { Alert, Card, Flex, Spin, Typography } from 'antd';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { investmentReportParagraphs } from '../../../domain/report-text.ts';
import { errorMessage } from '../../shared/errors.ts';
import { useFormat } from '../../shared/format.ts';
import { useListParams } from '../../shared/list-params.ts';
import { PageTitle } from '../../shared/PageTitle.tsx';
import { InvestmentCumulative } from './InvestmentCumulative.tsx';
import { InvestmentLicensing, type EventsLink } from './InvestmentLicensing.tsx';
import { periodOf } from './period.ts';
import { useReportScope } from './report-scope.ts';
import { useInvestmentByMonth, useInvestmentReport } from './reports.api.ts';
import { ReportText } from './ReportText.tsx';

/** The charts and the filter controls load on their own chunks; the figures show before them. */
const InvestmentCharts = lazy(() => import('./InvestmentCharts.tsx'));
const InvestmentReportControls = lazy(() => import('./InvestmentReportControls.tsx'));
const ReportDownloads = lazy(() => import('./ReportDownloads.tsx'));

/**
 * Báo cáo thu hút đầu tư: licensing in a period and projects in force at its end, every figure a
 * link to the list behind it, the board's paragraph, charts. The period and scope live in the URL.
 */
export function Component() {
  const { t } = useTranslation(['reports', 'common', 'reportText']);
  const format = useFormat();
  const params = useListParams(['from', 'to', 'board', 'zone'] as const);
  const { from, to } = periodOf(params.values.from, params.values.to);
  const board = params.list('board');
  const zone = params.list('zone');
  const scope = useReportScope(board, zone);
  const query = { board, zone, from, to };
  const report = useInvestmentReport(query);
  const monthly = useInvestmentByMonth(query);
  const data = report.data;

  const events: EventsLink = ({ kind, investmentType, change }) =>
    `/licensing-events?${scope.listParams({ from: data?.from, to: data?.to, kind, investmentType, change })}`;
  const projects = (investmentType?: 'DDI' | 'FDI') =>
    `/projects?${scope.listParams({ inForceAt: data?.to, investmentType })}`;

  return (
    <>
      <PageTitle
        title={t('investment.title')}
        subtitle={t('investment.subtitle')}
        extra={
          <Suspense fallback={null}>
            <ReportDownloads
              path="/reports/investment"
              query={query}
              summary={t('documents.investmentSummary', { from: format.date(from), to: format.date(to) })}
            />
          </Suspense>
        }
      />
      <Suspense fallback={<div style={{ height: 48 }} />}>
        <InvestmentReportControls
          from={from}
          to={to}
          scope={scope}
          board={board}
          zone={zone}
          onPeriod={(change) =>
            params.update((current) =>
              typeof change === 'function' ? change(periodOf(current.from, current.to)) : change,
            )
          }
          onScope={(change) => params.update(change)}
        />
      </Suspense>
      {report.error ? (
        <Alert type="error" showIcon style={{ marginBottom: 16 }} message={errorMessage(t, report.error)} />
      ) : null}
      {!data ? (
        report.isPending ? (
          <Spin />
        ) : null
      ) : (
        <Spin spinning={report.isPlaceholderData}>
          <Flex vertical gap={16}>
            <Typography.Text type="secondary">{t('investment.clickHint')}</Typography.Text>
            <InvestmentLicensing report={data} events={events} />
            <InvestmentCumulative report={data} projects={projects} />
            <ReportText paragraphs={investmentReportParagraphs(data, t, format.locale)} />
            <Suspense fallback={<Card loading title={t('charts.loading')} />}>
              <InvestmentCharts report={data} monthly={monthly.data} />
            </Suspense>
          </Flex>
        </Spin>
      )}
    </>
  );
}
