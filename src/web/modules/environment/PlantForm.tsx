import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Form, Input, Select, Space } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { PLANT_STATUSES, type PlantPermit } from '../../../domain/wastewater.ts';
import { DateField } from '../../shared/DateField.tsx';
import { FormModal } from '../../shared/FormModal.tsx';
import {
  useSavePlant,
  useStandards,
  useZoneChoices,
  type PlantBody,
  type PlantDetail,
  type WastewaterPlant,
} from './environment.api.ts';

interface Values {
  zoneId?: string;
  name: string;
  capacityM3PerDay: string;
  status: PlantBody['status'];
  standardId?: string;
  kq?: string;
  kf?: string;
  operator?: string;
  commissionedOn?: Dayjs | null;
  receivingWater?: string;
  note?: string;
  permits?: {
    kind: string;
    number: string;
    issuedOn: Dayjs | null;
    issuer?: string;
    validUntil?: Dayjs | null;
  }[];
}

/** A decimal typed with a comma or a point, sent with a point; empty: null. */
export const decimalText = (value: string | undefined | null): string | null => {
  const text = (value ?? '').trim().replace(/\s/g, '').replace(',', '.');
  return text === '' ? null : text;
};
const day = (value: Dayjs | null | undefined) => (value ? value.format('YYYY-MM-DD') : null);

/** Adds a plant to a zone of the board, or edits one. */
export function PlantFormModal({
  boardId,
  boardCode,
  plant,
  onClose,
}: {
  boardId: string;
  boardCode: string | undefined;
  plant?: WastewaterPlant | PlantDetail;
  onClose: (saved?: PlantDetail) => void;
}) {
  const { t } = useTranslation(['environment', 'common']);
  const zones = useZoneChoices(boardId);
  const standards = useStandards(boardCode);
  const save = useSavePlant(plant?.id);
  const initialValues: Partial<Values> = plant
    ? {
        name: plant.name,
        capacityM3PerDay: plant.capacityM3PerDay,
        status: plant.status,
        ...(plant.standard ? { standardId: plant.standard.id } : {}),
        kq: plant.kq ?? '',
        kf: plant.kf ?? '',
        operator: plant.operator,
        commissionedOn: plant.commissionedOn ? dayjs(plant.commissionedOn) : null,
        receivingWater: plant.receivingWater,
        note: plant.note,
        permits: plant.permits.map((p) => ({
          ...p,
          issuedOn: dayjs(p.issuedOn),
          validUntil: p.validUntil ? dayjs(p.validUntil) : null,
        })),
      }
    : { status: 'operating', permits: [] };
  return (
    <FormModal<Values, PlantDetail>
      title={plant ? t('environment:plants.edit') : t('environment:plants.add')}
      okText={t('common:actions.save')}
      width={720}
      initialValues={initialValues}
      send={(v) =>
        save.mutateAsync({
          ...(plant ? { version: plant.version } : { zoneId: v.zoneId! }),
          name: v.name,
          capacityM3PerDay: decimalText(v.capacityM3PerDay) ?? '',
          status: v.status,
          standardId: v.standardId ?? null,
          kq: decimalText(v.kq),
          kf: decimalText(v.kf),
          operator: v.operator ?? '',
          commissionedOn: day(v.commissionedOn),
          receivingWater: v.receivingWater ?? '',
          note: v.note ?? '',
          permits: (v.permits ?? []).map((p): PlantPermit => ({
            kind: p.kind,
            number: p.number,
            issuedOn: day(p.issuedOn) ?? '',
            issuer: p.issuer ?? '',
            validUntil: day(p.validUntil),
          })),
        })
      }
      onClose={onClose}
    >
      {plant ? null : (
        <Form.Item name="zoneId" label={t('environment:fields.zone')} rules={[{ required: true }]}>
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            loading={zones.isLoading}
            options={(zones.data ?? []).map((z) => ({ value: z.id, label: `${z.code} — ${z.name}` }))}
          />
        </Form.Item>
      )}
      <Form.Item name="name" label={t('environment:fields.name')} rules={[{ required: true }]}>
        <Input maxLength={300} />
      </Form.Item>
      <Space wrap align="start">
        <Form.Item
          name="capacityM3PerDay"
          label={t('environment:fields.capacity')}
          rules={[{ required: true }]}
        >
          <Input inputMode="decimal" style={{ width: 200 }} />
        </Form.Item>
        <Form.Item name="status" label={t('environment:fields.status')}>
          <Select
            style={{ width: 200 }}
            options={PLANT_STATUSES.map((s) => ({ value: s, label: t(`environment:statuses.${s}`) }))}
          />
        </Form.Item>
      </Space>
      <Form.Item name="standardId" label={t('environment:fields.standard')}>
        <Select
          allowClear
          loading={standards.isLoading}
          options={(standards.data ?? []).map((s) => ({ value: s.id, label: s.name }))}
        />
      </Form.Item>
      <Space wrap align="start">
        <Form.Item name="kq" label={t('environment:fields.kq')}>
          <Input inputMode="decimal" style={{ width: 120 }} />
        </Form.Item>
        <Form.Item name="kf" label={t('environment:fields.kf')}>
          <Input inputMode="decimal" style={{ width: 120 }} />
        </Form.Item>
        <Form.Item name="commissionedOn" label={t('environment:fields.commissionedOn')}>
          <DateField />
        </Form.Item>
      </Space>
      <Form.Item name="operator" label={t('environment:fields.operator')}>
        <Input maxLength={300} />
      </Form.Item>
      <Form.Item name="receivingWater" label={t('environment:fields.receivingWater')}>
        <Input maxLength={300} />
      </Form.Item>
      <Form.List name="permits">
        {(fields, { add, remove }) => (
          <Form.Item label={t('environment:fields.permits')}>
            {fields.map((field) => (
              <Space key={field.key} wrap align="start" style={{ marginBottom: 8 }}>
                <Form.Item name={[field.name, 'kind']} rules={[{ required: true }]} noStyle>
                  <Input placeholder={t('environment:fields.permitKind')} style={{ width: 180 }} />
                </Form.Item>
                <Form.Item name={[field.name, 'number']} rules={[{ required: true }]} noStyle>
                  <Input placeholder={t('environment:fields.permitNumber')} style={{ width: 120 }} />
                </Form.Item>
                <Form.Item name={[field.name, 'issuedOn']} rules={[{ required: true }]} noStyle>
                  <DateField placeholder={t('environment:fields.permitIssuedOn')} />
                </Form.Item>
                <Form.Item name={[field.name, 'issuer']} noStyle>
                  <Input placeholder={t('environment:fields.permitIssuer')} style={{ width: 160 }} />
                </Form.Item>
                <Form.Item name={[field.name, 'validUntil']} noStyle>
                  <DateField placeholder={t('environment:fields.permitValidUntil')} />
                </Form.Item>
                <Button
                  type="text"
                  aria-label={t('common:actions.delete')}
                  icon={<MinusCircleOutlined />}
                  onClick={() => remove(field.name)}
                />
              </Space>
            ))}
            <Button icon={<PlusOutlined />} onClick={() => add({ issuedOn: null, validUntil: null })}>
              {t('environment:fields.permits')}
            </Button>
          </Form.Item>
        )}
      </Form.List>
      <Form.Item name="note" label={t('environment:fields.note')}>
        <Input.TextArea rows={2} maxLength={5000} />
      </Form.Item>
    </FormModal>
  );
}
