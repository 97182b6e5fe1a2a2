import { useQuery } from '@tanstack/react-query';
import { Col, Form, Input, InputNumber, Row, Select, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PROVINCES_BEFORE_2025, PROVINCES_FROM_2025, successorProvince } from '../../../domain/provinces.ts';
import {
  ECONOMIC_ZONE_TYPES,
  LAND_LEASE_TERM_MAX_YEARS,
  LAND_LEASE_TERM_MIN_YEARS,
  POSITION_CLASSES,
  type EconomicZoneType,
  type PositionClass,
} from '../../../domain/zone-profile.ts';
import { api } from '../../shared/api.ts';
import { DateField } from '../../shared/DateField.tsx';
import { FormModal } from '../../shared/FormModal.tsx';
import { useFormat } from '../../shared/format.ts';
import { MoneyInput } from '../../shared/MoneyInput.tsx';
import { SEARCH_BY_LABEL } from '../../shared/search-select.ts';
import { useSaveZoneProfile, type ZoneProfile, type ZoneProfileBody } from './zone-profile.api.ts';

interface FormValues {
  positionClass?: PositionClass | null;
  economicZoneType?: EconomicZoneType | null;
  communeName?: string;
  provinceCode?: string | null;
  formerCommuneName?: string;
  formerDistrictName?: string;
  formerProvinceCode?: string | null;
  developerProjectId?: string | null;
  developerInvestorId?: string | null;
  landLeaseTermYears?: number | null;
  landLeaseUntil?: Dayjs | null;
  infrastructureCapitalVnd?: string | null;
  infrastructureCapitalUsd?: string | null;
  note?: string;
}

const text = (value: string | undefined) => (value?.trim() ? value.trim() : null);

const provinceOptions = (list: readonly { code: string; name: string }[]) =>
  list.map((p) => ({ value: p.code, label: `${p.name} (${p.code})` }));
const AFTER_OPTIONS = provinceOptions(PROVINCES_FROM_2025);
const BEFORE_OPTIONS = provinceOptions(PROVINCES_BEFORE_2025);

/** The developer investor: the picked project's investors, else the board's investors found by name. */
function InvestorSelect({
  id,
  value,
  onChange,
  projectInvestors,
  current,
}: {
  id?: string;
  value?: string | null;
  onChange?: (value: string | null) => void;
  projectInvestors: { id: string; name: string; countryName: string }[] | null;
  current: ZoneProfile['developerInvestor'];
}) {
  const { t } = useTranslation('zones');
  const [q, setQ] = useState('');
  const found = useQuery({
    queryKey: ['investors', { q, pageSize: 20 }],
    queryFn: () => api.get('/investors', { query: { q, pageSize: 20 } }),
    enabled: projectInvestors === null && q.trim().length >= 2,
    staleTime: 60_000,
  });
  const listed = projectInvestors ?? found.data?.items ?? [];
  const options = listed.map((i) => ({ value: i.id, label: `${i.name} — ${i.countryName}` }));
  if (current && !options.some((o) => o.value === current.id))
    options.unshift({ value: current.id, label: `${current.name} — ${current.countryName}` });
  return (
    <Select
      id={id}
      value={value ?? null}
      onChange={(next: string | undefined) => onChange?.(next ?? null)}
      allowClear
      placeholder={t(projectInvestors ? 'profile.investorOfProject' : 'profile.investorSearch')}
      options={options}
      {...(projectInvestors
        ? { showSearch: SEARCH_BY_LABEL }
        : { showSearch: { filterOption: false, onSearch: setQ }, loading: found.isFetching })}
    />
  );
}

type ZoneProjects = NonNullable<Awaited<ReturnType<typeof fetchZoneProjects>>>['items'];
const fetchZoneProjects = (zoneId: string) => api.get('/projects', { query: { zoneId, pageSize: 500 } });

/** The form's fields: position, location before and after 01/7/2025, developer, lease, capital. */
function ProfileFields({
  profile,
  projects,
  projectsPending,
  projectOptions,
}: {
  profile: ZoneProfile;
  projects: ZoneProjects | undefined;
  projectsPending: boolean;
  projectOptions: { value: string; label: string }[];
}) {
  const { t } = useTranslation(['zones', 'common']);
  const format = useFormat();
  const form = Form.useFormInstance<FormValues>();
  const isKkt = profile.zoneKind === 'KKT';
  const projectId = Form.useWatch('developerProjectId', form);
  const picked = (projects ?? []).find((p) => p.id === projectId);
  return (
    <>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          {isKkt ? (
            <Form.Item name="economicZoneType" label={t('zones:profile.economicZoneType')}>
              <Select
                allowClear
                options={ECONOMIC_ZONE_TYPES.map((type) => ({
                  value: type,
                  label: t(`zones:profile.economicZoneTypes.${type}`),
                }))}
              />
            </Form.Item>
          ) : (
            <Form.Item
              name="positionClass"
              label={t('zones:profile.position')}
              extra={
                profile.parentZone
                  ? t('zones:profile.positionInParent', { name: profile.parentZone.name })
                  : t('zones:profile.positionOutside')
              }
            >
              <Select
                allowClear
                options={POSITION_CLASSES.map((c) => ({
                  value: c,
                  label: t(`zones:profile.positionClasses.${c}`),
                }))}
              />
            </Form.Item>
          )}
        </Col>
      </Row>
      <Typography.Title level={5}>{t('zones:profile.locationAfter')}</Typography.Title>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item name="communeName" label={t('zones:profile.communeName')}>
            <Input maxLength={200} autoComplete="off" />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="provinceCode" label={t('zones:profile.province')}>
            <Select allowClear showSearch={SEARCH_BY_LABEL} options={AFTER_OPTIONS} />
          </Form.Item>
        </Col>
      </Row>
      <Typography.Title level={5}>{t('zones:profile.locationBefore')}</Typography.Title>
      <Row gutter={16}>
        <Col xs={24} md={8}>
          <Form.Item name="formerCommuneName" label={t('zones:profile.formerCommuneName')}>
            <Input maxLength={200} autoComplete="off" />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="formerDistrictName" label={t('zones:profile.formerDistrictName')}>
            <Input maxLength={200} autoComplete="off" />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item
            name="formerProvinceCode"
            label={t('zones:profile.formerProvince')}
            extra={t('zones:profile.formerProvinceHint')}
          >
            <Select
              allowClear
              showSearch={SEARCH_BY_LABEL}
              options={BEFORE_OPTIONS}
              onChange={(code: string | undefined) => {
                // The province since 01/7/2025 follows from the former one (whole provinces merged).
                const successor = code ? successorProvince(code) : null;
                if (successor && !form.getFieldValue('provinceCode'))
                  form.setFieldValue('provinceCode', successor.code);
              }}
            />
          </Form.Item>
        </Col>
      </Row>
      <Typography.Title level={5}>{t('zones:profile.developer')}</Typography.Title>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item
            name="developerProjectId"
            label={t('zones:profile.developerProject')}
            extra={t('zones:profile.developerProjectHint')}
          >
            <Select
              allowClear
              showSearch={SEARCH_BY_LABEL}
              loading={projectsPending}
              options={projectOptions}
              onChange={(next: string | undefined) => {
                const project = (projects ?? []).find((p) => p.id === next);
                const investorId = form.getFieldValue('developerInvestorId') as string | null;
                // One investor of the project: the developer; another one picked before is dropped.
                if (project && project.investors.length === 1)
                  form.setFieldValue('developerInvestorId', project.investors[0]!.id);
                else if (project && investorId && !project.investors.some((i) => i.id === investorId))
                  form.setFieldValue('developerInvestorId', null);
              }}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="developerInvestorId" label={t('zones:profile.developerInvestor')}>
            <InvestorSelect
              projectInvestors={picked ? picked.investors : null}
              current={profile.developerInvestor}
            />
          </Form.Item>
        </Col>
      </Row>
      <Typography.Title level={5}>{t('zones:profile.leaseAndCapital')}</Typography.Title>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item
            name="landLeaseTermYears"
            label={t('zones:profile.landLeaseTermYears')}
            extra={t('zones:profile.termHint', {
              min: LAND_LEASE_TERM_MIN_YEARS,
              max: LAND_LEASE_TERM_MAX_YEARS,
            })}
          >
            <InputNumber
              min={LAND_LEASE_TERM_MIN_YEARS}
              max={LAND_LEASE_TERM_MAX_YEARS}
              precision={0}
              style={{ width: '100%' }}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item
            name="landLeaseUntil"
            label={t('zones:profile.landLeaseUntil')}
            extra={
              profile.establishedOn
                ? t('zones:profile.untilHint', { date: format.date(profile.establishedOn) })
                : undefined
            }
          >
            <DateField />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="infrastructureCapitalVnd" label={t('zones:profile.capitalVnd')}>
            <MoneyInput />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="infrastructureCapitalUsd" label={t('zones:profile.capitalUsd')}>
            <MoneyInput usd />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="note" label={t('zones:profile.note')}>
        <Input.TextArea rows={2} maxLength={2000} />
      </Form.Item>
    </>
  );
}

/** Sửa thông tin chung: the whole master data, written at once (PUT). */
export function ZoneProfileForm({ profile, onClose }: { profile: ZoneProfile; onClose: () => void }) {
  const { t } = useTranslation(['zones', 'common']);
  const save = useSaveZoneProfile(profile.zoneId);
  const isKkt = profile.zoneKind === 'KKT';
  const projects = useQuery({
    queryKey: ['projects', { zoneId: profile.zoneId, pageSize: 500 }],
    queryFn: () => fetchZoneProjects(profile.zoneId),
  });
  const initialValues: FormValues = {
    positionClass: profile.positionClass ?? (isKkt ? null : profile.defaultPositionClass),
    economicZoneType: profile.economicZoneType,
    communeName: profile.communeName ?? '',
    provinceCode: profile.province?.code ?? null,
    formerCommuneName: profile.formerCommuneName ?? '',
    formerDistrictName: profile.formerDistrictName ?? '',
    formerProvinceCode: profile.formerProvince?.code ?? null,
    developerProjectId: profile.developerProject?.id ?? null,
    developerInvestorId: profile.developerInvestor?.id ?? null,
    landLeaseTermYears: profile.landLeaseTermYears,
    landLeaseUntil: profile.landLeaseUntil ? dayjs(profile.landLeaseUntil) : null,
    infrastructureCapitalVnd: profile.infrastructureCapitalVnd,
    infrastructureCapitalUsd: profile.infrastructureCapitalUsd,
    note: profile.note ?? '',
  };
  const projectOptions = (projects.data?.items ?? []).map((p) => ({
    value: p.id,
    label: `${p.code} — ${p.name}`,
  }));
  if (profile.developerProject && !projectOptions.some((o) => o.value === profile.developerProject!.id))
    projectOptions.unshift({
      value: profile.developerProject.id,
      label: `${profile.developerProject.code} — ${profile.developerProject.name}`,
    });

  return (
    <FormModal<FormValues, ZoneProfile>
      title={t('zones:profile.editTitle')}
      okText={t('common:actions.save')}
      width={760}
      initialValues={initialValues}
      onClose={() => onClose()}
      send={(values) => {
        const body: ZoneProfileBody = {
          version: profile.version,
          positionClass: isKkt ? null : (values.positionClass ?? null),
          economicZoneType: isKkt ? (values.economicZoneType ?? null) : null,
          communeName: text(values.communeName),
          provinceCode: values.provinceCode ?? null,
          formerCommuneName: text(values.formerCommuneName),
          formerDistrictName: text(values.formerDistrictName),
          formerProvinceCode: values.formerProvinceCode ?? null,
          developerProjectId: values.developerProjectId ?? null,
          developerInvestorId: values.developerInvestorId ?? null,
          landLeaseTermYears: values.landLeaseTermYears ?? null,
          landLeaseUntil: values.landLeaseUntil ? values.landLeaseUntil.format('YYYY-MM-DD') : null,
          infrastructureCapitalVnd: values.infrastructureCapitalVnd ?? null,
          infrastructureCapitalUsd: values.infrastructureCapitalUsd ?? null,
          note: text(values.note),
        };
        return save.mutateAsync(body);
      }}
    >
      <ProfileFields
        profile={profile}
        projects={projects.data?.items}
        projectsPending={projects.isPending}
        projectOptions={projectOptions}
      />
    </FormModal>
  );
}
