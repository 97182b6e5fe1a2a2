import { PlusOutlined } from '@ant-design/icons';
import { Button, DatePicker, Input, Select, Space, Table, Tag } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useCan } from '../../app/session.tsx';
import { useFormat } from '../../shared/format.ts';
import { PageTitle } from '../../shared/PageTitle.tsx';
import { useCountries } from './countries.ts';
import { FilterTags } from './FilterTags.tsx';
import { useProjectFilters } from './project-filters.ts';
import { useProjects, type ProjectSummary } from './projects.api.ts';
import { StatusTag } from './StatusTag.tsx';

const SORTS = { code: 'code', name: 'name', licensedOn: 'licensedOn' } as const;

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
          canWrite ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => void navigate('/projects/new')}>
              {t('projects:list.register')}
            </Button>
          ) : null
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
          showSearch={{ optionFilterProp: 'label' }}
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
        scroll={{ x: 1200 }}
        onChange={(_pagination, _filters, sorter) => {
          const s = Array.isArray(sorter) ? sorter[0] : sorter;
          const field = SORTS[s?.field as keyof typeof SORTS] as string | undefined;
          const next =
            !s?.order || !field
              ? undefined
              : s.order === 'descend' && field === 'licensedOn'
                ? '-licensedOn'
                : field;
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
            width: 120,
            fixed: 'start',
            sorter: true,
            sortOrder: sort === 'code' ? 'ascend' : null,
          },
          {
            title: t('projects:fields.name'),
            dataIndex: 'name',
            sorter: true,
            sortOrder: sort === 'name' ? 'ascend' : null,
            render: (name: string, p) => <Link to={`/projects/${p.id}`}>{name}</Link>,
          },
          {
            title: t('projects:fields.zone'),
            dataIndex: ['zone', 'name'],
            width: 130,
            render: (_: string, p) => <Link to={`/zones/${p.zone.id}`}>{p.zone.name}</Link>,
          },
          {
            title: t('projects:fields.investmentTypeShort'),
            dataIndex: 'investmentType',
            width: 90,
            render: (v: ProjectSummary['investmentType']) => (
              <Tag color={v === 'FDI' ? 'purple' : 'cyan'}>{t(`common:investmentTypesShort.${v}`)}</Tag>
            ),
          },
          {
            title: t('projects:fields.investors'),
            dataIndex: 'investors',
            width: 190,
            render: (investors: ProjectSummary['investors']) =>
              investors.map((i) => `${i.name} (${countries.name(i.country)})`).join('; '),
          },
          {
            title: t('projects:fields.licensedOn'),
            dataIndex: 'licensedOn',
            width: 110,
            sorter: true,
            sortOrder: sort === 'licensedOn' ? 'ascend' : sort === '-licensedOn' ? 'descend' : null,
            render: (v: string | null) => format.date(v),
          },
          {
            title: t('projects:fields.registeredCapitalNow'),
            dataIndex: 'registeredCapitalVnd',
            align: 'right',
            width: 130,
            render: (v: string | null) => <span style={{ whiteSpace: 'nowrap' }}>{format.ty(v)}</span>,
          },
          {
            title: t('projects:fields.implemented'),
            dataIndex: 'implementedVnd',
            align: 'right',
            width: 130,
            render: (v: string | null) => <span style={{ whiteSpace: 'nowrap' }}>{format.ty(v)}</span>,
          },
          {
            title: t('projects:fields.status'),
            dataIndex: 'status',
            width: 120,
            fixed: 'end',
            render: (v: ProjectSummary['status']) => <StatusTag status={v} />,
          },
        ]}
      />
    </>
  );
}
