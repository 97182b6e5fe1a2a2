import { Alert, Form, Input, Modal, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../app/session.tsx';
import { api, ApiError } from '../../shared/api.ts';
import { DateField } from '../../shared/DateField.tsx';
import { applyApiError } from '../../shared/errors.ts';
import { vietnamToday } from '../../../domain/calendar-date.ts';
import dayjs from 'dayjs';
import { useAllZones, useZoneWrite, type Zone, type ZoneStatus } from './zones.api.ts';

const KINDS = ['KCN', 'KKT', 'KCX'] as const;
const STATUSES: ZoneStatus[] = ['planned', 'established', 'under_construction', 'operating'];
/** Hectares as people type them: "120", "120,5" or "120.5". */
const HECTARES = /^\d{1,9}([.,]\d{1,6})?$/;

const toHa = (value: string | undefined) => (value?.trim() ? value.trim().replace(',', '.') : null);
/** A stored figure as people write it here: 298.7 → "298,7". */
const asTyped = (value: string | null) => (value === null ? undefined : value.replace('.', ','));

/** A zone form in a modal: sends it, shows the API's problems on their fields, closes on success. */
function ZoneModal<V extends object>({
  title,
  okText,
  initialValues,
  send,
  onClose,
  children,
}: {
  title: string;
  okText: string;
  initialValues: Partial<V>;
  send: (values: V) => Promise<Zone>;
  onClose: (zone?: Zone) => void;
  children: ReactNode;
}) {
  const { t } = useTranslation(['zones', 'common']);
  const [form] = Form.useForm<V>();
  const [problems, setProblems] = useState<string[]>([]);
  const write = useZoneWrite(send);
  return (
    <Modal
      open
      title={title}
      okText={okText}
      cancelText={t('common:actions.cancel')}
      onOk={() => form.submit()}
      onCancel={() => onClose()}
      okButtonProps={{ loading: write.isPending }}
      mask={{ closable: false }}
      destroyOnHidden
    >
      {problems.length > 0 ? (
        <Alert type="error" showIcon style={{ marginBottom: 16 }} title={problems.join(' ')} />
      ) : null}
      <Form<V>
        form={form}
        layout="vertical"
        initialValues={initialValues}
        onFinish={(values) =>
          write.mutate(values, {
            onSuccess: (zone) => onClose(zone),
            onError: (error) =>
              setProblems(
                error instanceof ApiError && error.code === 'VERSION_CONFLICT'
                  ? [t('common:errors.VERSION_CONFLICT')]
                  : applyApiError(form, t, error),
              ),
          })
        }
      >
        {children}
      </Form>
    </Modal>
  );
}

/** The land figures of a zone (hectares), as one block of fields. */
function LandFields({ disabled = false }: { disabled?: boolean }) {
  const { t } = useTranslation(['zones', 'common']);
  const hectares = { pattern: HECTARES, message: t('zones:edit.hectaresInvalid') };
  return (
    <>
      <Form.Item name="industrialLandHa" label={`${t('zones:industrialLand')} (ha)`} rules={[hectares]}>
        <Input inputMode="decimal" disabled={disabled} />
      </Form.Item>
      <Form.Item name="leasedLandHa" label={`${t('zones:leasedLand')} (ha)`} rules={[hectares]}>
        <Input inputMode="decimal" disabled={disabled} />
      </Form.Item>
      <Form.Item name="serviceLandHa" label={`${t('zones:serviceLand')} (ha)`} rules={[hectares]}>
        <Input inputMode="decimal" disabled={disabled} />
      </Form.Item>
      <Form.Item name="leasedServiceLandHa" label={`${t('zones:leasedServiceLand')} (ha)`} rules={[hectares]}>
        <Input inputMode="decimal" disabled={disabled} />
      </Form.Item>
    </>
  );
}

/** The economic zones (KKT) of the board a zone may lie inside (never the zone itself). */
function ParentZoneField({ boardId, zoneId }: { boardId: string | undefined; zoneId?: string }) {
  const { t } = useTranslation(['zones', 'common']);
  const zones = useAllZones();
  const options = (zones.data?.items ?? [])
    .filter((z) => z.kind === 'KKT' && z.id !== zoneId && (!boardId || z.boardId === boardId))
    .map((z) => ({ value: z.id, label: `${z.code} — ${z.name}` }));
  return (
    <Form.Item name="parentZoneId" label={t('zones:edit.parentZone')} extra={t('zones:edit.parentZoneHint')}>
      <Select allowClear placeholder={t('zones:noParent')} options={options} loading={zones.isPending} />
    </Form.Item>
  );
}

/** A zone's name, kind, (status when it is new,) parent, land figures and developer. */
function ZoneFields({
  withStatus = false,
  landLocked = false,
  boardId,
  zoneId,
}: {
  withStatus?: boolean;
  landLocked?: boolean;
  boardId: string | undefined;
  zoneId?: string;
}) {
  const { t } = useTranslation(['zones', 'common']);
  const hectares = { pattern: HECTARES, message: t('zones:edit.hectaresInvalid') };
  return (
    <>
      <Form.Item
        name="name"
        label={t('zones:name')}
        rules={[{ required: true, message: t('common:fieldErrors.required') }]}
      >
        <Input maxLength={300} />
      </Form.Item>
      <Form.Item name="kind" label={t('zones:kind')}>
        <Select options={KINDS.map((k) => ({ value: k, label: t(`common:zoneKinds.${k}`) }))} />
      </Form.Item>
      {withStatus ? (
        <Form.Item name="status" label={t('zones:status')}>
          <Select options={STATUSES.map((s) => ({ value: s, label: t(`common:zoneStatuses.${s}`) }))} />
        </Form.Item>
      ) : null}
      <ParentZoneField boardId={boardId} {...(zoneId ? { zoneId } : {})} />
      <Form.Item
        name="areaHa"
        label={`${t('zones:area')} (ha)`}
        rules={[{ required: true, message: t('common:fieldErrors.required') }, hectares]}
      >
        <Input inputMode="decimal" />
      </Form.Item>
      {landLocked ? (
        <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('zones:edit.landLocked')} />
      ) : null}
      <LandFields disabled={landLocked} />
      <Form.Item name="developer" label={t('zones:developer')}>
        <Input maxLength={300} />
      </Form.Item>
    </>
  );
}

interface ZoneFormValues {
  boardId?: string;
  code?: string;
  name: string;
  kind: Zone['kind'];
  status?: ZoneStatus;
  areaHa: string;
  parentZoneId?: string | null;
  industrialLandHa?: string;
  leasedLandHa?: string;
  serviceLandHa?: string;
  leasedServiceLandHa?: string;
  developer?: string;
}

const landFigures = (
  values: Partial<
    Record<'industrialLandHa' | 'leasedLandHa' | 'serviceLandHa' | 'leasedServiceLandHa', string>
  >,
) => ({
  industrialLandHa: toHa(values.industrialLandHa),
  leasedLandHa: toHa(values.leasedLandHa),
  serviceLandHa: toHa(values.serviceLandHa),
  leasedServiceLandHa: toHa(values.leasedServiceLandHa),
});

const landOf = (values: ZoneFormValues, withLand = true) => ({
  areaHa: toHa(values.areaHa) ?? '',
  parentZoneId: values.parentZoneId ?? null,
  ...(withLand ? landFigures(values) : {}),
  developer: values.developer?.trim() || null,
});

/** Thêm khu: a new zone of the board (or of one the user chooses). */
export function CreateZoneModal({ onClose }: { onClose: (zone?: Zone) => void }) {
  const { t } = useTranslation(['zones', 'common']);
  const me = useSession();
  return (
    <ZoneModal<ZoneFormValues>
      title={t('zones:edit.createTitle')}
      okText={t('zones:edit.create')}
      initialValues={{ kind: 'KCN', status: 'planned', boardId: me.board?.id }}
      onClose={onClose}
      send={(values) =>
        api.post('/zones', {
          body: {
            boardId: values.boardId,
            code: values.code?.trim(),
            name: values.name.trim(),
            kind: values.kind,
            status: values.status,
            ...landOf(values),
          },
        })
      }
    >
      {me.board ? null : (
        <Form.Item name="boardId" label={t('zones:edit.board')} rules={[{ required: true }]}>
          <Select options={me.visibleBoards.map((b) => ({ value: b.id, label: `${b.code} — ${b.name}` }))} />
        </Form.Item>
      )}
      <Form.Item
        name="code"
        label={t('zones:code')}
        rules={[{ required: true, message: t('common:fieldErrors.required') }]}
      >
        <Input maxLength={32} />
      </Form.Item>
      <Form.Item noStyle dependencies={['boardId']}>
        {(form) => <ZoneFields withStatus boardId={form.getFieldValue('boardId') ?? me.board?.id} />}
      </Form.Item>
    </ZoneModal>
  );
}

/** Sửa thông tin khu: name, kind, parent and — while it has no land history — land figures. */
export function EditZoneModal({ zone, onClose }: { zone: Zone; onClose: () => void }) {
  const { t } = useTranslation(['zones', 'common']);
  const landLocked = zone.landHistory.length > 0;
  return (
    <ZoneModal<ZoneFormValues>
      title={t('zones:edit.editTitle', { code: zone.code })}
      okText={t('common:actions.save')}
      initialValues={{
        name: zone.name,
        kind: zone.kind,
        areaHa: asTyped(zone.areaHa),
        parentZoneId: zone.parentZone?.id ?? null,
        industrialLandHa: asTyped(zone.industrialLandHa),
        leasedLandHa: asTyped(zone.leasedLandHa),
        serviceLandHa: asTyped(zone.serviceLandHa),
        leasedServiceLandHa: asTyped(zone.leasedServiceLandHa),
        developer: zone.developer ?? undefined,
      }}
      onClose={onClose}
      send={(values) =>
        api.patch('/zones/{id}', {
          path: { id: zone.id },
          body: {
            version: zone.version,
            name: values.name.trim(),
            kind: values.kind,
            ...landOf(values, !landLocked),
          },
        })
      }
    >
      <ZoneFields landLocked={landLocked} boardId={zone.boardId} zoneId={zone.id} />
    </ZoneModal>
  );
}

interface LandChangeValues {
  asOf?: Dayjs;
  currentFiguresSince?: Dayjs;
  industrialLandHa?: string;
  leasedLandHa?: string;
  serviceLandHa?: string;
  leasedServiceLandHa?: string;
  note?: string;
}

/**
 * Ghi nhận thay đổi đất: the zone's land figures from a date (zones-v1). Earlier entries stay, so
 * a report at an earlier date keeps the earlier occupancy.
 */
export function LandChangeModal({ zone, onClose }: { zone: Zone; onClose: () => void }) {
  const { t } = useTranslation(['zones', 'common']);
  const stated = [
    zone.industrialLandHa,
    zone.leasedLandHa,
    zone.serviceLandHa,
    zone.leasedServiceLandHa,
  ].some((v) => v !== null);
  const needsStart = zone.landHistory.length === 0 && stated;
  const day = (value: Dayjs | undefined) => value?.format('YYYY-MM-DD');
  return (
    <ZoneModal<LandChangeValues>
      title={t('zones:edit.landTitle', { code: zone.code })}
      okText={t('zones:edit.landSubmit')}
      initialValues={{
        asOf: dayjs(vietnamToday()),
        industrialLandHa: asTyped(zone.industrialLandHa),
        leasedLandHa: asTyped(zone.leasedLandHa),
        serviceLandHa: asTyped(zone.serviceLandHa),
        leasedServiceLandHa: asTyped(zone.leasedServiceLandHa),
      }}
      onClose={onClose}
      send={(values) =>
        api.post('/zones/{id}/land-changes', {
          path: { id: zone.id },
          body: {
            version: zone.version,
            asOf: day(values.asOf) ?? '',
            ...landFigures(values),
            note: values.note?.trim() || null,
            ...(needsStart && values.currentFiguresSince
              ? { currentFiguresSince: day(values.currentFiguresSince) }
              : {}),
          },
        })
      }
    >
      <Form.Item
        name="asOf"
        label={t('zones:edit.landAsOf')}
        extra={t('zones:edit.landAsOfHint')}
        rules={[{ required: true, message: t('common:fieldErrors.required') }]}
      >
        <DateField />
      </Form.Item>
      {needsStart ? (
        <Form.Item
          name="currentFiguresSince"
          label={t('zones:edit.currentFiguresSince')}
          extra={t('zones:edit.currentFiguresSinceHint')}
          rules={[{ required: true, message: t('common:fieldErrors.required') }]}
        >
          <DateField />
        </Form.Item>
      ) : null}
      <LandFields />
      <Form.Item name="note" label={t('zones:edit.landNote')}>
        <Input maxLength={500} />
      </Form.Item>
    </ZoneModal>
  );
}

/** Ghi nhận thay đổi trạng thái: the zone's status from a date (its history keeps the past). */
export function StatusChangeModal({ zone, onClose }: { zone: Zone; onClose: () => void }) {
  const { t } = useTranslation(['zones', 'common']);
  return (
    <ZoneModal<{ status: ZoneStatus; since?: Dayjs }>
      title={t('zones:edit.statusTitle', { code: zone.code })}
      okText={t('zones:edit.statusSubmit')}
      initialValues={{ status: STATUSES[Math.min(STATUSES.indexOf(zone.status) + 1, STATUSES.length - 1)] }}
      onClose={onClose}
      send={(values) =>
        api.post('/zones/{id}/status-changes', {
          path: { id: zone.id },
          body: { version: zone.version, status: values.status, since: values.since?.format('YYYY-MM-DD') },
        })
      }
    >
      <Form.Item name="status" label={t('zones:edit.newStatus')} rules={[{ required: true }]}>
        <Select options={STATUSES.map((s) => ({ value: s, label: t(`common:zoneStatuses.${s}`) }))} />
      </Form.Item>
      <Form.Item
        name="since"
        label={t('zones:edit.since')}
        extra={t('zones:edit.sinceHint')}
        rules={[{ required: true, message: t('common:fieldErrors.required') }]}
      >
        <DateField />
      </Form.Item>
    </ZoneModal>
  );
}
