import { Alert, Empty, Result, Space, Spin, Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../app/session.tsx';
import { errorMessage } from '../../shared/errors.ts';
import { useListParams } from '../../shared/list-params.ts';
import { PageTitle } from '../../shared/PageTitle.tsx';
import { FilingForm } from './FilingForm.tsx';
import { ReminderNotices } from './Reminders.tsx';
import { useEnterprise, useEnterpriseReports, useReportingPeriods } from './statistics.api.ts';
import { ReportStatusTag, usePeriodLabel } from './StatusTag.tsx';

/**
 * Báo cáo thống kê định kỳ — the enterprise's home: its open periods and its reports, one form
 * per period. The chosen period lives in the address.
 */
export function Component() {
  const { t } = useTranslation(['statistics', 'common']);
  const me = useSession();
  const label = usePeriodLabel();
  const params = useListParams(['period'] as const);
  const enterpriseId = me.enterpriseId;
  const own = useEnterprise(enterpriseId);
  const periods = useReportingPeriods({ open: true });
  const reports = useEnterpriseReports(enterpriseId ? { enterpriseId } : {});

  if (!enterpriseId) return <Result status="info" title={t('filing.noEnterprise')} />;
  const error = periods.error ?? reports.error;
  const byPeriod = new Map((reports.data?.items ?? []).map((r) => [r.period, r]));
  const due = new Map((periods.data ?? []).map((p) => [p.period, p.dueDate]));
  const all = [...new Set([...(periods.data ?? []).map((p) => p.period), ...byPeriod.keys()])]
    .sort()
    .reverse();
  const chosen =
    typeof params.values.period === 'string' && all.includes(params.values.period)
      ? params.values.period
      : all[0];

  return (
    <>
      <PageTitle
        title={t('filing.title')}
        subtitle={own.data ? `${own.data.name} — ${own.data.taxCode}` : t('filing.subtitle')}
      />
      {error ? (
        <Alert type="error" showIcon title={errorMessage(t, error)} style={{ marginBottom: 16 }} />
      ) : null}
      <ReminderNotices />
      {periods.isPending || reports.isPending ? (
        <Spin />
      ) : all.length === 0 ? (
        <Empty description={t('filing.noPeriods')} />
      ) : (
        <Tabs
          activeKey={chosen}
          onChange={(period) => params.update({ period })}
          items={all.map((period) => ({
            key: period,
            label: (
              <Space size={4}>
                {label(period)}
                <ReportStatusTag status={byPeriod.get(period)?.status ?? 'none'} />
              </Space>
            ),
            children: (
              <FilingForm
                enterpriseId={enterpriseId}
                period={period}
                label={label(period)}
                dueDate={due.get(period) ?? null}
                report={byPeriod.get(period)}
              />
            ),
          }))}
        />
      )}
    </>
  );
}
