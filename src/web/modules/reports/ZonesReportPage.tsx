import { Alert, Card, DatePicker, Flex, Form, Spin, Typography } from 'antd';
import dayjs from 'dayjs';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { zonesReportParagraphs } from '../../../domain/report-text.ts';
import { errorMessage } from '../../shared/errors.ts';
import { useFormat } from '../../shared/format.ts';
import { useListParams } from '../../shared/list-params.ts';
import { PageTitle } from '../../shared/PageTitle.tsx';
import { isIsoDate, today } from './period.ts';
import { useReportScope } from './report-scope.ts';
import { useZonesReport } from './reports.api.ts';
import { ReportText } from './ReportText.tsx';
import { ScopeFilters } from './ScopeFilters.tsx';
import { ZonesFigures } from './ZonesFigures.tsx';

const ZonesChart = lazy(() => import('./ZonesChart.tsx'));
const ReportDownloads = lazy(() => import('./ReportDownloads.tsx'));

/** Báo cáo các khu: zones by status at a date, areas, occupancy; counts link to the zones list. */
export function Component() {
  const { t } = useTranslation(['reports', 'common', 'reportText']);
  const format = useFormat();
  const params = useListParams(['asOf', 'board'] as const);
  const asOfParam = params.values.asOf;
  const asOf = typeof asOfParam === 'string' && isIsoDate(asOfParam) ? asOfParam : today();
  const board = params.list('board');
  const scope = useReportScope(board, []);
  const report = useZonesReport({ board, zone: [], asOf });
  const data = report.data;
  const zonesLink = (status?: string) => `/zones?${scope.listParams({ status, asOf: data?.asOf })}`;

  return (
    <>
      <PageTitle
        title={t('zones.title')}
        subtitle={t('zones.subtitle')}
        extra={
          <Suspense fallback={null}>
            <ReportDownloads
              path="/reports/zones"
              query={{ board, asOf }}
              summary={t('documents.zonesSummary', { date: format.date(asOf) })}
            />
          </Suspense>
        }
      />
      <Form layout="inline" style={{ marginBottom: 16, rowGap: 0 }}>
        <Form.Item label={t('zones.asOf')} htmlFor="report-as-of" style={{ marginBottom: 8 }}>
          <DatePicker
            id="report-as-of"
            format="DD/MM/YYYY"
            allowClear={false}
            value={dayjs(asOf)}
            onChange={(date) => {
              if (date) params.update({ asOf: date.format('YYYY-MM-DD') });
            }}
          />
        </Form.Item>
        <ScopeFilters scope={scope} board={board} onChange={(change) => params.update(change)} />
      </Form>
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
            <Typography.Text type="secondary">{t('zones.clickHint')}</Typography.Text>
            <ZonesFigures report={data} zonesLink={zonesLink} />
            <ReportText paragraphs={zonesReportParagraphs(data, t, format.locale)} />
            <Suspense fallback={<Card loading title={t('charts.loading')} />}>
              <ZonesChart report={data} />
            </Suspense>
          </Flex>
        </Spin>
      )}
    </>
  );
}
