import { PlusOutlined } from '@ant-design/icons';
import { Button, DatePicker, Input, Select, Space, Table, Tag } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useCan } from '../../app/session.tsx';
import { ExcelDownloadButton } from '../../shared/ExcelDownloadButton.tsx';
import { useFormat } from '../../shared/format.ts';
import { PageTitle } from '../../shared/PageTitle.tsx';
import { useCountries } from './countries.ts';
import { FilterTags } from './FilterTags.tsx';
import { useProjectFilters } from './project-filters.ts';
import { useProjects, type ProjectSummary } from './projects.api.ts';
import { sortableColumn, sortParam } from './list-sort.ts';
import { StatusTag } from './StatusTag.tsx';
import { SEARCH_BY_LABEL } from '../../shared/search-select.ts';

/** Danh sách dự án: filters kept in the address (report figures link here), search without accents. */
export function Component() {
  const { t } = useTranslation(['projects', 'common']);
  const format = useFormat();
  const canWrite = useCan('records.write');
  const navigate = useNavigate();
  const countries = useCountries();
  const { params, one, query, zones, filters, fullYear, clear } = useProjectFilters();
  const projects = useProjects(query);
  const sort = one('sort');
  const single = (key: 'investmentType' | 'status') =>
    params.list(key).length === 1 ? params.list(key)[0] : undefined;

  return (
    <>
      <PageTitle
        title={t('projects:list.title')}
        subtitle={t('projects:list.subtitle')}
        extra={
          <Space wrap>
            <ExcelDownloadButton path="/projects" query={query} />
            {canWrite ? (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => void navigate('/projects/new')}>
                {t('projects:list.register')}
              </Button>
            ) : null}
          </Space>
        }
      />
      <Space wrap style={{ marginBottom: 12 }}>
        <Input.Search
          key={one('q') ?? ''}
          allowClear
          placeholder={t('projects:list.searchPlaceholder')}
          defaultValue={one('q')}
          onSearch={(q) => params.update({ q })}
          style={{ width: 320 }}
          aria-label={t('projects:list.search')}
        />
        <Select
          mode="multiple"
          allowClear
          showSearch={SEARCH_BY_LABEL}
          placeholder={t('projects:fields.zone')}
          aria-label={t('projects:fields.zone')}
          value={params.list('zoneId')}
          onChange={(zoneId) => params.update({ zoneId })}
          style={{ minWidth: 240 }}
          loading={zones.isPending}
          options={zones.data?.items.map((z) => ({ value: z.id, label: z.name }))}
        />
        <Select
          allowClear
          placeholder={t('projects:fields.investmentType')}
          aria-label={t('projects:fields.investmentType')}
          value={single('investmentType')}
          onChange={(v?: string) => params.update({ investmentType: v })}
          style={{ minWidth: 200 }}
          options={(['FDI', 'DDI'] as const).map((v) => ({
            value: v,
            label: t(`common:investmentTypes.${v}`),
          }))}
        />
        <Select
          allowClear
          placeholder={t('projects:fields.status')}
          aria-label={t('projects:fields.status')}
          value={single('status')}
          onChange={(v?: string) => params.update({ status: v })}
          style={{ minWidth: 160 }}
          options={(['active', 'terminated'] as const).map((v) => ({
            value: v,
            label: t(`common:projectStatuses.${v}`),
          }))}
        />
        <DatePicker
          picker="year"
          placeholder={t('projects:list.licensedYear')}
          aria-label={t('projects:list.licensedYear')}
          value={fullYear ? dayjs(`${fullYear}-01-01`) : null}
          onChange={(value) => {
            const year = value?.year();
            params.update({
              licensedFrom: year ? `${year}-01-01` : undefined,
              licensedTo: year ? `${year}-12-31` : undefined,
            });
          }}
        />
      </Space>
      <FilterTags
        filters={filters}
        total={projects.data?.total}
        totalLabel={(total) => t('projects:list.count', { count: total, total: format.number(total) })}
        onClear={clear}
      />
      <Table<ProjectSummary>
        rowKey="id"
        size="middle"
        loading={projects.isFetching}
        dataSource={projects.data?.items}
        // Wide enough for every column; at 1440 px it fits without scrolling, so no capital
        // hides under the sticky status column.
        scroll={{ x: 1100 }}
        onChange={(_pagination, _filters, sorter) => {
          const s = Array.isArray(sorter) ? sorter[0] : sorter;
          const next = sortParam(s?.field, s?.order);
          if (next !== sort) params.update({ sort: next });
        }}
        pagination={{
          current: params.page,
          pageSize: params.pageSize,
          total: projects.data?.total,
          showSizeChanger: true,
          showTotal: (total) => t('common:list.total', { total }),
          onChange: (page, pageSize) => params.update({ page, pageSize }),
        }}
        columns={[
          {
            title: t('projects:fields.code'),
            dataIndex: 'code',
            width: 140,
            fixed: 'start',
            ...sortableColumn(sort, 'code'),
          },
          {
            title: t('projects:fields.name'),
            dataIndex: 'name',
            ...sortableColumn(sort, 'name'),
            // The investment type beside the name: a column of its own would leave the capitals
            // no room at 1440 px.
            render: (name: string, p) => (
              <>
                <Link to={`/projects/${p.id}`}>{name}</Link>{' '}
                <Tag color={p.investmentType === 'FDI' ? 'purple' : 'cyan'} style={{ marginInlineEnd: 0 }}>
                  {t(`common:investmentTypesShort.${p.investmentType}`)}
                </Tag>
              </>
            ),
          },
          {
            title: t('projects:fields.zone'),
            dataIndex: ['zone', 'name'],
            width: 120,
            render: (_: string, p) => <Link to={`/zones/${p.zone.id}`}>{p.zone.name}</Link>,
          },
          {
            title: t('projects:fields.investors'),
            dataIndex: 'investors',
            width: 170,
            render: (investors: ProjectSummary['investors']) =>
              investors.map((i) => `${i.name} (${countries.name(i.country)})`).join('; '),
          },
          {
            title: t('projects:fields.licensedOn'),
            dataIndex: 'licensedOn',
            width: 105,
            ...sortableColumn(sort, 'licensedOn'),
            render: (v: string | null) => format.date(v),
          },
          {
            title: t('projects:fields.registeredCapitalNow'),
            dataIndex: 'registeredCapitalVnd',
            align: 'right',
            width: 150,
            ...sortableColumn(sort, 'registeredCapitalVnd'),
            render: (v: string | null) => <span style={{ whiteSpace: 'nowrap' }}>{format.ty(v)}</span>,
          },
          {
            title: t('projects:fields.implemented'),
            dataIndex: 'implementedVnd',
            align: 'right',
            width: 150,
            ...sortableColumn(sort, 'implementedVnd'),
            render: (v: string | null) => <span style={{ whiteSpace: 'nowrap' }}>{format.ty(v)}</span>,
          },
          {
            title: t('projects:fields.status'),
            dataIndex: 'status',
            width: 115,
            fixed: 'end',
            render: (v: ProjectSummary['status']) => <StatusTag status={v} />,
          },
        ]}
      />
    </>
  );
}
