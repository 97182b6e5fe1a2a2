import { Alert, Card, Empty, Flex, Form, Segmented, Select, Space, Spin, Table, Tag, Typography } from 'antd';
import type { ColumnsType, ColumnType } from 'antd/es/table';
import dayjs from 'dayjs';
import { lazy, Suspense, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isCalendarDate, vietnamToday } from '../../../domain/calendar-date.ts';
import { usdToMillions, vndToTy } from '../../../domain/number-format.ts';
import { DateField } from '../../shared/DateField.tsx';
import { errorMessage } from '../../shared/errors.ts';
import { useFormat } from '../../shared/format.ts';
import { useListParams } from '../../shared/list-params.ts';
import { PageTitle } from '../../shared/PageTitle.tsx';
import { usePhone } from '../../shared/screen.ts';
import { SEARCH_BY_LABEL } from '../../shared/search-select.ts';
import { ApiErrorAlert } from './ApiErrorAlert.tsx';
import { blocPeriodOf, memberRole } from './bloc-figures.ts';
import { BlocPeriodPicker, usePeriodLabel } from './BlocPeriodPicker.tsx';
import {
  useBlocReport,
  useBlocs,
  type BlocFigures,
  type BlocMemberFigures,
  type BlocReport,
  type Leaf,
} from './blocs.api.ts';
import { MemberMarks } from './MemberMarks.tsx';

const BlocCharts = lazy(() => import('./BlocCharts.tsx'));
const BlocReportDownloads = lazy(() => import('./BlocReportDownloads.tsx'));

/** The groups of figures the member table shows, one at a time (all at once is too wide to read). */
const GROUPS = ['newProjects', 'capital', 'revenue', 'budgetPaid', 'zones'] as const;
type Group = (typeof GROUPS)[number];
type Unit = 'count' | 'usd' | 'vnd' | 'ha';

/** One figure of a group: its label key, its unit, and where it is in the figures. */
interface FigureSpec {
  key: string;
  unit: Unit;
  pick: (f: BlocFigures) => Leaf<string> | Leaf<number>;
}

const FIGURES: Record<Group, FigureSpec[]> = {
  newProjects: [
    { key: 'newProjects.total', unit: 'count', pick: (f) => f.newProjects.total },
    { key: 'newProjects.fdi', unit: 'count', pick: (f) => f.newProjects.fdi },
    { key: 'newProjects.ddi', unit: 'count', pick: (f) => f.newProjects.ddi },
  ],
  capital: [
    { key: 'capital.fdiUsd', unit: 'usd', pick: (f) => f.capitalNewAndAdjusted.fdiUsd },
    { key: 'capital.ddiVnd', unit: 'vnd', pick: (f) => f.capitalNewAndAdjusted.ddiVnd },
  ],
  revenue: [
    { key: 'revenue.fdiUsd', unit: 'usd', pick: (f) => f.revenue.fdiUsd },
    { key: 'revenue.ddiVnd', unit: 'vnd', pick: (f) => f.revenue.ddiVnd },
  ],
  budgetPaid: [
    { key: 'budgetPaid.fdiUsd', unit: 'usd', pick: (f) => f.budgetPaid.fdiUsd },
    { key: 'budgetPaid.ddiVnd', unit: 'vnd', pick: (f) => f.budgetPaid.ddiVnd },
  ],
  zones: [
    { key: 'zones.inPlanCount', unit: 'count', pick: (f) => f.zones.inPlan.count },
    { key: 'zones.inPlanArea', unit: 'ha', pick: (f) => f.zones.inPlan.areaHa },
    { key: 'zones.operatingCount', unit: 'count', pick: (f) => f.zones.operating.count },
    { key: 'zones.operatingArea', unit: 'ha', pick: (f) => f.zones.operating.areaHa },
    { key: 'zones.underConstructionCount', unit: 'count', pick: (f) => f.zones.underConstruction.count },
    { key: 'zones.underConstructionArea', unit: 'ha', pick: (f) => f.zones.underConstruction.areaHa },
  ],
};

/** The groups not chosen are hidden on screen and printed. */
const PRINT_EVERY_GROUP =
  '.kcn-bloc-print-only{display:none}@media print{.kcn-bloc-print-only{display:block!important}}';

/**
 * Báo cáo khối: the bloc's consolidated figures for a period (blocs-v1) — the members of the
 * period's year in the bloc's order with the leader and deputy marked, each figure with the same
 * period a year earlier and the growth, the members known by a return marked, the totals, the
 * charts, and the Word and Excel documents.
 */
export function Component() {
  const { t } = useTranslation(['blocs', 'common']);
  const params = useListParams(['bloc', 'period', 'asOf', 'group'] as const);
  const blocs = useBlocs();
  const label = usePeriodLabel();
  const format = useFormat();
  const period = blocPeriodOf(params.values.period, vietnamToday());
  const items = blocs.data?.items ?? [];
  const blocParam = typeof params.values.bloc === 'string' ? params.values.bloc : undefined;
  const bloc = items.find((b) => b.code === blocParam)?.code ?? items[0]?.code;
  const asOfParam = typeof params.values.asOf === 'string' ? params.values.asOf : undefined;
  const asOf = asOfParam && isCalendarDate(asOfParam) ? asOfParam : undefined;
  const group: Group = GROUPS.find((g) => g === params.values.group) ?? 'newProjects';
  const query = bloc ? { bloc, period, boundariesAsOf: asOf } : undefined;
  const report = useBlocReport(query);
  const data = report.data;

  return (
    <>
      <PageTitle
        title={t('blocs:report.title')}
        subtitle={t('blocs:report.subtitle')}
        extra={
          query ? (
            <Suspense fallback={null}>
              <BlocReportDownloads query={query} />
            </Suspense>
          ) : null
        }
      />
      <Form layout="inline" style={{ marginBottom: 16, rowGap: 8 }} className="kcn-no-print">
        <Form.Item label={t('blocs:report.bloc')} htmlFor="bloc-report-bloc" style={{ marginBottom: 8 }}>
          <Select
            id="bloc-report-bloc"
            showSearch={SEARCH_BY_LABEL}
            loading={blocs.isPending}
            value={bloc}
            placeholder={t('blocs:report.chooseBloc')}
            style={{ minWidth: 240, maxWidth: '100%' }}
            popupMatchSelectWidth={false}
            options={items.map((b) => ({ value: b.code, label: `${b.code} — ${b.name}` }))}
            onChange={(code: string) => params.update({ bloc: code })}
          />
        </Form.Item>
        <BlocPeriodPicker id="bloc-report" period={period} onChange={(p) => params.update({ period: p })} />
        <Form.Item
          label={t('blocs:report.boundariesAsOf')}
          htmlFor="bloc-report-as-of"
          tooltip={t('blocs:report.boundariesAsOfHint')}
          style={{ marginBottom: 8 }}
        >
          <DateField
            id="bloc-report-as-of"
            value={asOf ? dayjs(asOf) : null}
            placeholder={t('blocs:report.boundariesDefault')}
            onChange={(d) => params.update({ asOf: d ? d.format('YYYY-MM-DD') : undefined })}
          />
        </Form.Item>
      </Form>
      {blocs.error ? (
        <Alert type="error" showIcon style={{ marginBottom: 16 }} title={errorMessage(t, blocs.error)} />
      ) : null}
      {blocs.data && items.length === 0 ? <Empty description={t('blocs:report.noBloc')} /> : null}
      {report.error ? <ApiErrorAlert error={report.error} /> : null}
      {!data ? (
        report.isPending && query ? (
          <Card loading />
        ) : null
      ) : (
        <Spin spinning={report.isPlaceholderData}>
          <Flex vertical gap={16} data-testid="bloc-report">
            <Typography.Text type="secondary">
              {t('blocs:report.heading', {
                bloc: data.blocName,
                period: label(data.period),
                previous: label(data.previousPeriod),
                asOf: format.date(data.boundariesAsOf),
              })}
            </Typography.Text>
            <GroupChoice group={group} onChange={(g) => params.update({ group: g })} />
            {/* On screen the chosen group; printed, every group, one table after another. */}
            <style>{PRINT_EVERY_GROUP}</style>
            {GROUPS.map((g) => (
              <div key={g} className={g === group ? undefined : 'kcn-bloc-print-only'}>
                <MemberTable report={data} group={g} />
              </div>
            ))}
            <Marks />
            <Suspense fallback={<Card loading title={t('blocs:report.chartsLoading')} />}>
              <BlocCharts report={data} />
            </Suspense>
          </Flex>
        </Spin>
      )}
    </>
  );
}

/** Which figures the member table shows: buttons on a desk, a list on a phone. */
function GroupChoice({ group, onChange }: { group: Group; onChange: (group: Group) => void }) {
  const { t } = useTranslation('blocs');
  const phone = usePhone();
  const options = GROUPS.map((g) => ({ value: g, label: t(`report.groups.${g}`) }));
  return phone ? (
    <Select<Group>
      className="kcn-no-print"
      aria-label={t('report.groupLabel')}
      value={group}
      options={options}
      onChange={onChange}
      style={{ width: '100%' }}
    />
  ) : (
    <div className="kcn-no-print" style={{ overflowX: 'auto' }}>
      <Segmented<Group>
        aria-label={t('report.groupLabel')}
        value={group}
        options={options}
        onChange={onChange}
      />
    </div>
  );
}

/** A figure as the table shows it: the number in the column's unit (counts, triệu USD, tỷ đồng, ha). */
function useCell() {
  const format = useFormat();
  return (unit: Unit, value: string | number): string => {
    switch (unit) {
      case 'count':
        return format.number(value);
      case 'usd':
        return format.number(usdToMillions(String(value), 2));
      case 'vnd':
        return format.number(vndToTy(String(value), 3));
      case 'ha':
        return format.number(String(value));
    }
  };
}

type Row = BlocMemberFigures & { key: string; index: number };

/** The members in the bloc's order, one group of figures with previous and growth, and the totals. */
function MemberTable({ report, group }: { report: BlocReport; group: Group }) {
  const { t } = useTranslation(['blocs', 'common']);
  const format = useFormat();
  const cell = useCell();
  const label = usePeriodLabel();
  const specs = FIGURES[group];
  // On a phone the member column scrolls with the figures: kept in view it would leave no room.
  const fixed = usePhone() ? undefined : ('left' as const);
  const unitLabel = (unit: Unit) => t(`blocs:report.units.${unit}`);
  const leafColumns = (spec: FigureSpec): ColumnType<Row>[] => [
    {
      key: `${spec.key}.value`,
      title: label(report.period),
      align: 'right',
      render: (_: unknown, row: Row) => cell(spec.unit, spec.pick(row).value),
    },
    {
      key: `${spec.key}.previous`,
      title: label(report.previousPeriod),
      align: 'right',
      render: (_: unknown, row: Row) => cell(spec.unit, spec.pick(row).previous),
    },
    {
      key: `${spec.key}.growth`,
      title: t('blocs:report.growth'),
      align: 'right',
      render: (_: unknown, row: Row) => format.percent(spec.pick(row).growthPct),
    },
  ];
  const columns: ColumnsType<Row> = [
    {
      key: 'index',
      title: t('blocs:report.index'),
      dataIndex: 'index',
      width: 48,
      align: 'center',
      fixed: 'left',
    },
    {
      key: 'member',
      title: t('blocs:report.member'),
      fixed,
      render: (_: unknown, row: Row) => (
        <div style={{ minWidth: 140, maxWidth: 260 }}>
          <Typography.Text strong>{row.board}</Typography.Text> <span>{row.name}</span>
          <MemberMarks role={memberRole(report, row.board)} source={row.source} />
        </div>
      ),
    },
    ...specs.map((spec) => ({
      key: spec.key,
      title: `${t(`blocs:report.figures.${spec.key}`)} (${unitLabel(spec.unit)})`,
      children: leafColumns(spec),
    })),
  ];
  const rows: Row[] = report.byMember.map((m, i) => ({ ...m, key: m.board, index: i + 1 }));
  const totals = specs.flatMap((spec) => {
    const leaf = spec.pick(report.totals);
    return [cell(spec.unit, leaf.value), cell(spec.unit, leaf.previous), format.percent(leaf.growthPct)];
  });
  return (
    <Table<Row>
      rowKey="key"
      size="small"
      bordered
      pagination={false}
      dataSource={rows}
      columns={columns}
      scroll={{ x: 'max-content' }}
      aria-label={t('blocs:report.memberTable')}
      title={() => <Typography.Text strong>{t(`blocs:report.groups.${group}`)}</Typography.Text>}
      summary={() => (
        <Table.Summary>
          <Table.Summary.Row style={{ fontWeight: 600 }}>
            <Table.Summary.Cell index={0} />
            <Table.Summary.Cell index={1}>
              {t('blocs:report.totals', { count: report.members.length })}
            </Table.Summary.Cell>
            {totals.map((text, i) => (
              <Table.Summary.Cell key={i} index={i + 2} align="right">
                {text}
              </Table.Summary.Cell>
            ))}
          </Table.Summary.Row>
        </Table.Summary>
      )}
    />
  );
}

/** What the marks beside a member say. */
function Marks() {
  const { t } = useTranslation('blocs');
  const items: [ReactNode, string][] = [
    [<Tag color="gold">{t('marks.leader')}</Tag>, t('marks.leaderHint')],
    [<Tag color="blue">{t('marks.deputy')}</Tag>, t('marks.deputyHint')],
    [<Tag color="purple">{t('marks.return')}</Tag>, t('marks.returnHint')],
    [<Tag>{t('marks.none')}</Tag>, t('marks.noneHint')],
  ];
  return (
    <Space wrap size={[16, 4]}>
      {items.map(([tag, hint], i) => (
        <span key={i}>
          {tag}
          <Typography.Text type="secondary">{hint}</Typography.Text>
        </span>
      ))}
    </Space>
  );
}
