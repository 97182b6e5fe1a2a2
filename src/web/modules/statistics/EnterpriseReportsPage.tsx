import { Alert, Select, Space, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../shared/errors.ts';
import { useFormat } from '../../shared/format.ts';
import { useListParams } from '../../shared/list-params.ts';
import { PageTitle } from '../../shared/PageTitle.tsx';
import { useFigureText } from './FilingForm.tsx';
import { PeriodSelect } from './PeriodSelect.tsx';
import { REPORT_STATUSES, useEnterpriseReports, type EnterpriseReport } from './statistics.api.ts';
import { ReportStatusTag, usePeriodLabel } from './StatusTag.tsx';

const KEYS = ['period', 'investmentType', 'status', 'boardId', 'zoneId', 'q'] as const;

/** The enterprises' reports behind a figure of the production report (filters in the address). */
export function Component() {
  const { t } = useTranslation(['statistics', 'common']);
  const format = useFormat();
  const figureText = useFigureText();
  const label = usePeriodLabel();
  const params = useListParams(KEYS);
  const one = (key: (typeof KEYS)[number]) => {
    const value = params.values[key];
    return typeof value === 'string' ? value : undefined;
  };
  const reports = useEnterpriseReports({
    period: one('period'),
    investmentType: one('investmentType'),
    status: params.list('status'),
    boardId: one('boardId'),
    zoneId: one('zoneId'),
    q: one('q'),
    page: params.page,
    pageSize: params.pageSize,
  });

  return (
    <>
      <PageTitle title={t('list.title')} subtitle={t('list.subtitle')} />
      <Space wrap style={{ marginBottom: 12 }}>
        <PeriodSelect value={one('period')} allowClear onChange={(period) => params.update({ period })} />
        <Select
          allowClear
          placeholder={t('list.allTypes')}
          aria-label={t('fields.investmentType')}
          value={one('investmentType')}
          style={{ minWidth: 180 }}
          onChange={(investmentType?: string) => params.update({ investmentType })}
          options={(['FDI', 'DDI'] as const).map((value) => ({
            value,
            label: t(`common:investmentTypes.${value}`),
          }))}
        />
        <Select
          mode="multiple"
          allowClear
          placeholder={t('list.allStatuses')}
          aria-label={t('fields.status')}
          value={params.list('status')}
          style={{ minWidth: 200 }}
          onChange={(status: string[]) => params.update({ status })}
          options={REPORT_STATUSES.map((value) => ({ value, label: t(`status.${value}`) }))}
        />
      </Space>
      {reports.error ? (
        <Alert type="error" showIcon title={errorMessage(t, reports.error)} style={{ marginBottom: 12 }} />
      ) : null}
      <Table<EnterpriseReport>
        size="small"
        rowKey="id"
        loading={reports.isPending || reports.isPlaceholderData}
        dataSource={reports.data?.items ?? []}
        scroll={{ x: 1100 }}
        pagination={{
          current: params.page,
          pageSize: params.pageSize,
          total: reports.data?.total ?? 0,
          showTotal: (total) => t('common:list.total', { total: format.number(total) }),
          onChange: (page, pageSize) => params.update({ page, pageSize }),
        }}
        columns={[
          { title: t('fields.taxCode'), render: (_, r) => r.taxCode },
          { title: t('fields.enterprise'), render: (_, r) => r.enterpriseName },
          {
            title: t('fields.investmentType'),
            render: (_, r) => t(`common:investmentTypesShort.${r.investmentType}`),
          },
          { title: t('fields.period'), render: (_, r) => label(r.period) },
          { title: t('fields.status'), render: (_, r) => <ReportStatusTag status={r.status} /> },
          ...(['productionValueVnd', 'revenueVnd', 'exportUsd', 'workers'] as const).map((field) => ({
            title: t(`fields.${field}`),
            align: 'right' as const,
            render: (_: unknown, r: EnterpriseReport) => figureText(field, r[field]),
          })),
        ]}
      />
    </>
  );
}
