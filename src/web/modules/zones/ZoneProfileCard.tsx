import { Alert, Button, Card, Descriptions, Result, Skeleton, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../domain/number-format.ts';
import { capitalInMillionUsd, capitalInTy } from '../../../domain/zone-profile.ts';
import { errorMessage } from '../../shared/errors.ts';
import { useFormat } from '../../shared/format.ts';
import { useZoneTimeline, type ZoneDecision } from '../planning/index.ts';
import { useZoneProfile, type ZoneProfile } from './zone-profile.api.ts';
import { ZoneProfileForm } from './ZoneProfileForm.tsx';

export interface ZoneProfileCardProps {
  zoneId: string;
  zoneKind: 'KCN' | 'KCX' | 'KKT';
  canWrite: boolean;
}

const dash = '—';

/** Thông tin chung: a zone's master data as the ministry's forms ask for it, and its edit form. */
export function ZoneProfileCard({ zoneId, zoneKind, canWrite }: ZoneProfileCardProps) {
  const { t } = useTranslation(['zones', 'common']);
  const format = useFormat();
  const profile = useZoneProfile(zoneId);
  const timeline = useZoneTimeline(zoneId);
  const [editing, setEditing] = useState(false);
  /** The latest decision of a kind, from the zone's register of decisions (planning). */
  const latestDecision = (kind: ZoneDecision['kind']) =>
    (timeline.data?.items ?? [])
      .flatMap((item) => (item.type === 'decision' && item.decision.kind === kind ? [item.decision] : []))
      .at(-1);
  const decisionText = (kind: ZoneDecision['kind']) => {
    const decision = latestDecision(kind);
    return decision
      ? t('zones:profile.decisionLine', {
          number: decision.number,
          date: format.date(decision.signedOn),
          issuer: decision.issuer,
        })
      : t('zones:profile.decisionNone');
  };

  const title = t('zones:profile.title');
  if (profile.isPending)
    return (
      <Card title={title}>
        <Skeleton active />
      </Card>
    );
  if (profile.error)
    return (
      <Card title={title}>
        <Result status="warning" title={errorMessage(t, profile.error)} />
      </Card>
    );
  const p = profile.data;
  const kind = p.zoneKind ?? zoneKind;
  const locale = format.locale;
  const join = (...parts: (string | null | undefined)[]) => parts.filter(Boolean).join(', ') || dash;

  const position = () => {
    if (kind === 'KKT')
      return p.economicZoneType ? t(`zones:profile.economicZoneTypes.${p.economicZoneType}`) : dash;
    const shown = p.positionClass ?? p.defaultPositionClass;
    if (!shown) return dash;
    const label = t(`zones:profile.positionClasses.${shown}`);
    const text = p.positionClass ? label : t('zones:profile.positionDefault', { value: label });
    return p.parentZone ? `${text} — ${p.parentZone.name}` : text;
  };

  const developer = (profileData: ZoneProfile) => {
    const investor = profileData.developerInvestor;
    const project = profileData.developerProject;
    if (!investor && !project) return dash;
    const certificate = project?.certificate;
    return (
      <span>
        {investor ? `${investor.name} (${investor.countryName})` : null}
        {project ? (
          <Typography.Text type="secondary" style={{ display: 'block' }}>
            {t('zones:profile.projectLine', { code: project.code })}
            {' · '}
            {certificate
              ? t('zones:profile.certificate', {
                  number: certificate.documentNo,
                  date: format.date(certificate.date),
                })
              : t('zones:profile.certificateNone')}
          </Typography.Text>
        ) : null}
      </span>
    );
  };

  const lease = () => {
    if (p.landLeaseTermYears === null && p.landLeaseUntil === null) return dash;
    return [
      p.landLeaseTermYears === null ? null : t('zones:profile.years', { count: p.landLeaseTermYears }),
      p.landLeaseUntil === null ? null : t('zones:profile.until', { date: format.date(p.landLeaseUntil) }),
    ]
      .filter(Boolean)
      .join(' ');
  };

  const capital = () => {
    const parts = [
      p.infrastructureCapitalVnd === null
        ? null
        : t('common:units.ty', { value: formatNumber(capitalInTy(p.infrastructureCapitalVnd), { locale }) }),
      p.infrastructureCapitalUsd === null
        ? null
        : t('common:units.millionUsd', {
            value: formatNumber(capitalInMillionUsd(p.infrastructureCapitalUsd), { locale }),
          }),
    ].filter(Boolean);
    return parts.length > 0 ? parts.join('; ') : dash;
  };

  return (
    <Card
      title={title}
      extra={
        canWrite ? <Button onClick={() => setEditing(true)}>{t('zones:profile.editButton')}</Button> : null
      }
    >
      {p.version === 0 ? (
        <Typography.Paragraph type="secondary">{t('zones:profile.empty')}</Typography.Paragraph>
      ) : null}
      {p.problems.length > 0 ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          title={t('zones:profile.problems')}
          description={
            <ul style={{ margin: 0, paddingInlineStart: 18 }}>
              {p.problems.map((problem) => (
                <li key={`${problem.field}-${problem.reason}`}>
                  {t(`zones:profile.problemReasons.${problem.reason}`, { defaultValue: problem.message })}
                </li>
              ))}
            </ul>
          }
        />
      ) : null}
      <Descriptions column={1} size="small" styles={{ label: { width: '40%' } }}>
        <Descriptions.Item
          label={t(kind === 'KKT' ? 'zones:profile.economicZoneType' : 'zones:profile.position')}
        >
          {position()}
        </Descriptions.Item>
        <Descriptions.Item label={t('zones:profile.locationAfter')}>
          {join(p.communeName, p.province?.name)}
        </Descriptions.Item>
        <Descriptions.Item label={t('zones:profile.locationBefore')}>
          {join(p.formerCommuneName, p.formerDistrictName, p.formerProvince?.name)}
        </Descriptions.Item>
        <Descriptions.Item label={t('zones:profile.policyDecision')}>
          {decisionText('investment_policy')}
        </Descriptions.Item>
        <Descriptions.Item label={t('zones:profile.establishmentDecision')}>
          {decisionText('establishment')}
        </Descriptions.Item>
        <Descriptions.Item label={t('zones:profile.developer')}>{developer(p)}</Descriptions.Item>
        <Descriptions.Item label={t('zones:profile.landLeaseTerm')}>{lease()}</Descriptions.Item>
        <Descriptions.Item label={t('zones:profile.capital')}>{capital()}</Descriptions.Item>
        <Descriptions.Item label={t('zones:profile.note')}>
          <span style={{ whiteSpace: 'pre-wrap' }}>{p.note ?? dash}</span>
        </Descriptions.Item>
      </Descriptions>
      {editing ? <ZoneProfileForm profile={p} onClose={() => setEditing(false)} /> : null}
    </Card>
  );
}

export default ZoneProfileCard;
