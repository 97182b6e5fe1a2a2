import { Card, DatePicker, Flex, Select, Space, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ExcelDownloadButton } from '../../shared/ExcelDownloadButton.tsx';
import { useFormat } from '../../shared/format.ts';
import { PageTitle } from '../../shared/PageTitle.tsx';
import { DATE_FORMAT } from './CertificateFields.tsx';
import { useEventFilters } from './event-filters.ts';
import { FilterTags } from './FilterTags.tsx';
import { isoDate } from './form-helpers.ts';
import { CapitalChange } from './LicensingTimeline.tsx';
import { useLicensingEvents, type BoardLicensingEvent } from './projects.api.ts';
import { EventKindTag } from './StatusTag.tsx';

/** Các lượt cấp phép: licensing events across projects, as the investment report counts them. */
export function Component() {
  const { t } = useTranslation(['projects', 'common']);
  const format = useFormat();
  const { params, one, query, sentence, tags, clear } = useEventFilters();
  const events = useLicensingEvents(query);
  const total = events.data?.total;
  const from = one('from');
  const to = one('to');

  return (
    <>
      <PageTitle
        title={t('projects:events.title')}
        subtitle={t('projects:events.subtitle')}
        extra={<ExcelDownloadButton path="/licensing-events" query={query} />}
      />
      <Card style={{ marginBottom: 16 }}>
        <Flex align="baseline" gap={12} wrap>
          <Typography.Title level={2} style={{ margin: 0 }} data-testid="events-total">
            {total === undefined ? '…' : format.number(total)}
          </Typography.Title>
          <Typography.Text style={{ fontSize: 16 }}>
            {t('projects:events.countUnit', { count: total ?? 0 })}
          </Typography.Text>
          <Typography.Text strong style={{ fontSize: 16 }} data-testid="events-filter-sentence">
            {sentence}
          </Typography.Text>
        </Flex>
      </Card>
      <Space wrap style={{ marginBottom: 12 }}>
        <DatePicker.RangePicker
          format={DATE_FORMAT}
          allowEmpty={[true, true]}
          placeholder={[t('projects:events.from'), t('projects:events.to')]}
          aria-label={t('projects:events.period')}
          value={[from ? dayjs(from) : null, to ? dayjs(to) : null]}
          onChange={(range) => params.update({ from: isoDate(range?.[0]), to: isoDate(range?.[1]) })}
        />
        <Select
          mode="multiple"
          allowClear
          placeholder={t('projects:events.kind')}
          aria-label={t('projects:events.kind')}
          value={params.list('kind')}
          onChange={(kind) => params.update({ kind })}
          style={{ minWidth: 220 }}
          options={(['new', 'adjustment', 'termination'] as const).map((k) => ({
            value: k,
            label: t(`common:eventKinds.${k}`),
          }))}
        />
        <Select
          allowClear
          placeholder={t('projects:events.changeLabel')}
          aria-label={t('projects:events.changeLabel')}
          value={one('change')}
          onChange={(change?: string) => params.update({ change })}
          style={{ minWidth: 200 }}
          options={(['increase', 'decrease'] as const).map((c) => ({
            value: c,
            label: t(`projects:events.change.${c}`),
          }))}
        />
        <Select
          allowClear
          placeholder={t('projects:fields.investmentType')}
          aria-label={t('projects:fields.investmentType')}
          value={params.list('investmentType').length === 1 ? params.list('investmentType')[0] : undefined}
          onChange={(investmentType?: string) => params.update({ investmentType })}
          style={{ minWidth: 200 }}
          options={(['FDI', 'DDI'] as const).map((v) => ({
            value: v,
            label: t(`common:investmentTypes.${v}`),
          }))}
        />
      </Space>
      <FilterTags filters={tags} onClear={clear} />
      <Table<BoardLicensingEvent>
        rowKey="id"
        size="middle"
        loading={events.isFetching}
        dataSource={events.data?.items}
        scroll={{ x: 1150 }}
        pagination={{
          current: params.page,
          pageSize: params.pageSize,
          total,
          showSizeChanger: true,
          showTotal: (n) => t('common:list.total', { total: n }),
          onChange: (page, pageSize) => params.update({ page, pageSize }),
        }}
        columns={[
          {
            title: t('projects:events.date'),
            dataIndex: 'date',
            width: 100,
            render: (v: string) => format.date(v),
          },
          {
            title: t('projects:events.kind'),
            dataIndex: 'kind',
            width: 110,
            render: (v: BoardLicensingEvent['kind']) => <EventKindTag kind={v} />,
          },
          {
            title: t('projects:events.project'),
            dataIndex: ['project', 'name'],
            render: (_: string, e) => (
              <Link to={`/projects/${e.project.id}`}>
                {e.project.code} — {e.project.name}
              </Link>
            ),
          },
          { title: t('projects:fields.zone'), dataIndex: ['project', 'zoneCode'], width: 90 },
          {
            title: t('projects:fields.investmentTypeShort'),
            dataIndex: ['project', 'investmentType'],
            width: 100,
            render: (v: BoardLicensingEvent['project']['investmentType']) => (
              <Tag color={v === 'FDI' ? 'purple' : 'cyan'}>{t(`common:investmentTypesShort.${v}`)}</Tag>
            ),
          },
          { title: t('projects:events.documentNo'), dataIndex: 'documentNo', width: 150 },
          {
            title: t('projects:events.capitalBeforeAfter'),
            key: 'capital',
            align: 'right',
            width: 180,
            render: (_: unknown, e) => (
              <Flex vertical style={{ whiteSpace: 'nowrap' }}>
                <Typography.Text type="secondary">
                  {format.ty(e.capitalVndBefore)}
                  {e.kind === 'termination' ? '' : ' →'}
                </Typography.Text>
                {e.kind === 'termination' ? null : <span>{format.ty(e.capitalVndAfter)}</span>}
              </Flex>
            ),
          },
          {
            title: t('projects:events.changeColumn'),
            dataIndex: 'capitalChangeVnd',
            align: 'right',
            width: 180,
            render: (v: string | null, e) => (e.kind === 'termination' ? '—' : <CapitalChange change={v} />),
          },
        ]}
      />
    </>
  );
}
