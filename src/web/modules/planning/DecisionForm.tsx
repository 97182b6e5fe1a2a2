import { Form, Input, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { vietnamToday } from '../../../domain/calendar-date.ts';
import {
  DECISION_ISSUER_MAX,
  DECISION_NUMBER_MAX,
  DECISION_SUMMARY_MAX,
  isAdjustment,
  ZONE_DECISION_KINDS,
  type ZoneDecisionKind,
} from '../../../domain/zone-decisions.ts';
import { DateField } from '../../shared/DateField.tsx';
import { FormModal } from '../../shared/FormModal.tsx';
import { useCreateDecision, useZoneChoices, type ZoneDecision } from './planning.api.ts';

interface Values {
  zoneId?: string;
  kind: ZoneDecisionKind;
  number: string;
  signedOn: Dayjs | null;
  issuer: string;
  summary: string;
  areaBeforeHa?: string;
  areaAfterHa?: string;
}

/**
 * An area typed the Vietnamese way ("30.583,5": dots between thousands, a comma before decimals)
 * or with a point only ("120.5"), sent with a point; empty: null.
 */
export function areaText(value: string | undefined | null): string | null {
  const text = (value ?? '').trim().replace(/\s/g, '');
  if (text === '') return null;
  return text.includes(',') ? text.replace(/\./g, '').replace(',', '.') : text;
}

/** Thêm quyết định: a decision about a zone — the zone given (the zone page) or chosen (the register). */
export function DecisionFormModal({
  zoneId,
  boardId,
  onClose,
}: {
  zoneId?: string | undefined;
  boardId?: string | undefined;
  onClose: (saved?: ZoneDecision) => void;
}) {
  const { t } = useTranslation(['planning', 'common']);
  const create = useCreateDecision();
  const zones = useZoneChoices(zoneId === undefined ? boardId : undefined);
  return (
    <FormModal<Values, ZoneDecision>
      title={t('planning:form.title')}
      okText={t('planning:form.save')}
      width={640}
      initialValues={{ kind: 'establishment', signedOn: dayjs(vietnamToday()) }}
      send={(v) =>
        create.mutateAsync({
          zoneId: zoneId ?? v.zoneId ?? '',
          kind: v.kind,
          number: v.number ?? '',
          signedOn: v.signedOn ? v.signedOn.format('YYYY-MM-DD') : '',
          issuer: v.issuer ?? '',
          summary: v.summary ?? '',
          areaBeforeHa: isAdjustment(v.kind) ? areaText(v.areaBeforeHa) : null,
          areaAfterHa: areaText(v.areaAfterHa),
        })
      }
      onClose={onClose}
    >
      <>
        {zoneId === undefined ? (
          <Form.Item name="zoneId" label={t('planning:fields.zone')} rules={[{ required: true }]}>
            <Select
              showSearch={{ optionFilterProp: 'label' }}
              loading={zones.isLoading}
              aria-label={t('planning:fields.zone')}
              options={(zones.data ?? []).map((z) => ({ value: z.id, label: `${z.code} — ${z.name}` }))}
            />
          </Form.Item>
        ) : null}
        <Form.Item name="kind" label={t('planning:fields.kind')} rules={[{ required: true }]}>
          <Select
            aria-label={t('planning:fields.kind')}
            options={ZONE_DECISION_KINDS.map((k) => ({ value: k, label: t(`planning:kinds.${k}`) }))}
          />
        </Form.Item>
        <Form.Item
          name="number"
          label={t('planning:fields.number')}
          rules={[{ required: true, whitespace: true }]}
        >
          <Input maxLength={DECISION_NUMBER_MAX} placeholder={t('planning:form.numberPlaceholder')} />
        </Form.Item>
        <Form.Item name="signedOn" label={t('planning:fields.signedOn')} rules={[{ required: true }]}>
          <DateField aria-label={t('planning:fields.signedOn')} />
        </Form.Item>
        <Form.Item
          name="issuer"
          label={t('planning:fields.issuer')}
          rules={[{ required: true, whitespace: true }]}
        >
          <Input maxLength={DECISION_ISSUER_MAX} placeholder={t('planning:form.issuerPlaceholder')} />
        </Form.Item>
        <Form.Item
          name="summary"
          label={t('planning:fields.summary')}
          rules={[{ required: true, whitespace: true }]}
        >
          <Input.TextArea rows={3} maxLength={DECISION_SUMMARY_MAX} />
        </Form.Item>
        <AreaFields />
      </>
    </FormModal>
  );
}

/** The area before (an adjustment only) and after, as the kind chosen asks. */
function AreaFields() {
  const { t } = useTranslation('planning');
  const form = Form.useFormInstance<Values>();
  const kind = Form.useWatch('kind', form) as ZoneDecisionKind | undefined;
  const adjustment = isAdjustment(kind ?? 'other');
  return (
    <>
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 16 }}>
        {adjustment ? (
          <Form.Item
            name="areaBeforeHa"
            label={t('fields.areaBeforeHa')}
            rules={[{ required: true }]}
            style={{ flex: '1 1 200px' }}
            extra={t('form.decimalHint')}
          >
            <Input inputMode="decimal" maxLength={24} />
          </Form.Item>
        ) : null}
        <Form.Item
          name="areaAfterHa"
          label={adjustment ? t('fields.areaAfterHa') : t('fields.area')}
          rules={adjustment ? [{ required: true }] : []}
          style={{ flex: '1 1 200px' }}
          extra={t('form.decimalHint')}
        >
          <Input inputMode="decimal" maxLength={24} />
        </Form.Item>
      </div>
      <div style={{ color: 'rgba(0,0,0,0.45)', fontSize: 12 }}>{t('form.areaHint')}</div>
    </>
  );
}
