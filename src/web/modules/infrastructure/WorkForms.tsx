import { Alert, Form, Input, Select, Space } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { vietnamToday } from '../../../domain/calendar-date.ts';
import { INFRASTRUCTURE_WORK_KINDS } from '../../../domain/infrastructure-works.ts';
import { DateField } from '../../shared/DateField.tsx';
import { FormModal } from '../../shared/FormModal.tsx';
import { useFormat } from '../../shared/format.ts';
import { MoneyInput } from '../../shared/MoneyInput.tsx';
import {
  useAddProgress,
  useSaveWork,
  useZoneChoices,
  type InfrastructureWork,
  type InfrastructureWorkDetail,
  type InfrastructureWorkKind,
} from './infrastructure.api.ts';

/** A decimal typed with a comma or a point, sent with a point; empty: null. */
export const decimalText = (value: string | undefined | null): string | null => {
  const text = (value ?? '').trim().replace(/\s/g, '').replace(',', '.');
  return text === '' ? null : text;
};
const day = (value: Dayjs | null | undefined) => (value ? value.format('YYYY-MM-DD') : null);
/** Decimals shown with the Vietnamese comma in the form. */
const shown = (value: string | null | undefined) => (value ? value.replace('.', ',') : '');

const NON_NEGATIVE = /^\d+(\.\d+)?$/;
const PERCENT = /^\d{1,3}(\.\d)?$/;

interface WorkValues {
  zoneId?: string;
  kind: InfrastructureWorkKind;
  name: string;
  capacityUnit: string;
  plannedCapacity?: string;
  plannedCapitalVnd?: string | null;
  plannedStartOn?: Dayjs | null;
  plannedCompletionOn: Dayjs | null;
  note?: string;
}

/** Adds a work to a zone (the zone given, or chosen among the board's), or edits one. */
export function WorkFormModal({
  zoneId,
  boardId,
  work,
  onClose,
}: {
  zoneId?: string | undefined;
  boardId?: string | undefined;
  work?: InfrastructureWork;
  onClose: (saved?: InfrastructureWorkDetail) => void;
}) {
  const { t } = useTranslation(['infrastructure', 'common']);
  const save = useSaveWork(work?.id);
  const chooseZone = !work && zoneId === undefined;
  const zones = useZoneChoices(chooseZone ? boardId : undefined);
  const decimalRule = {
    validator: (_: unknown, value: string | undefined) =>
      !value || NON_NEGATIVE.test(decimalText(value) ?? '')
        ? Promise.resolve()
        : Promise.reject(new Error(t('infrastructure:form.decimalInvalid'))),
  };
  const initialValues: Partial<WorkValues> = work
    ? {
        kind: work.kind,
        name: work.name,
        capacityUnit: work.capacityUnit,
        plannedCapacity: shown(work.plannedCapacity),
        plannedCapitalVnd: work.plannedCapitalVnd,
        plannedStartOn: work.plannedStartOn ? dayjs(work.plannedStartOn) : null,
        plannedCompletionOn: dayjs(work.plannedCompletionOn),
        note: work.note,
      }
    : { kind: 'internal_roads' };
  return (
    <FormModal<WorkValues, InfrastructureWorkDetail>
      title={work ? t('infrastructure:form.editTitle') : t('infrastructure:form.addTitle')}
      okText={t('infrastructure:form.save')}
      width={640}
      initialValues={initialValues}
      send={(v) =>
        save.mutateAsync({
          ...(work ? { version: work.version } : { zoneId: zoneId ?? v.zoneId! }),
          kind: v.kind,
          name: v.name,
          capacityUnit: v.capacityUnit,
          plannedCapacity: decimalText(v.plannedCapacity),
          plannedCapitalVnd: v.plannedCapitalVnd || null,
          plannedStartOn: day(v.plannedStartOn),
          plannedCompletionOn: day(v.plannedCompletionOn) ?? '',
          note: v.note ?? '',
        })
      }
      onClose={onClose}
    >
      {chooseZone ? (
        <Form.Item name="zoneId" label={t('infrastructure:fields.zone')} rules={[{ required: true }]}>
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            loading={zones.isLoading}
            options={(zones.data ?? []).map((z) => ({ value: z.id, label: `${z.code} — ${z.name}` }))}
          />
        </Form.Item>
      ) : null}
      <Form.Item name="kind" label={t('infrastructure:fields.kind')} rules={[{ required: true }]}>
        <Select
          options={INFRASTRUCTURE_WORK_KINDS.map((k) => ({
            value: k,
            label: t(`infrastructure:kinds.${k}`),
          }))}
        />
      </Form.Item>
      <Form.Item
        name="name"
        label={t('infrastructure:fields.name')}
        rules={[{ required: true, whitespace: true }]}
      >
        <Input maxLength={300} />
      </Form.Item>
      <Space wrap align="start">
        <Form.Item
          name="capacityUnit"
          label={t('infrastructure:fields.capacityUnit')}
          rules={[{ required: true, whitespace: true }]}
        >
          <Input
            maxLength={40}
            placeholder={t('infrastructure:form.unitPlaceholder')}
            style={{ width: 200 }}
          />
        </Form.Item>
        <Form.Item
          name="plannedCapacity"
          label={t('infrastructure:fields.plannedCapacity')}
          rules={[decimalRule]}
        >
          <Input inputMode="decimal" maxLength={20} style={{ width: 160 }} />
        </Form.Item>
      </Space>
      <Form.Item name="plannedCapitalVnd" label={t('infrastructure:fields.plannedCapital')}>
        <MoneyInput />
      </Form.Item>
      <Space wrap align="start">
        <Form.Item name="plannedStartOn" label={t('infrastructure:fields.plannedStartOn')}>
          <DateField />
        </Form.Item>
        <Form.Item
          name="plannedCompletionOn"
          label={t('infrastructure:fields.plannedCompletionOn')}
          rules={[{ required: true }]}
        >
          <DateField />
        </Form.Item>
      </Space>
      <Form.Item name="note" label={t('infrastructure:fields.note')}>
        <Input.TextArea maxLength={2000} autoSize={{ minRows: 2, maxRows: 6 }} />
      </Form.Item>
    </FormModal>
  );
}

interface ProgressValues {
  reportedOn: Dayjs | null;
  progressPct: string;
  actualCapacity?: string;
  disbursedVnd?: string | null;
  note?: string;
  completedOn?: Dayjs | null;
}

/** Records a progress report on a work (appended; the server refuses one that goes backwards). */
export function ProgressFormModal({
  work,
  onClose,
}: {
  work: InfrastructureWork;
  onClose: (saved?: InfrastructureWorkDetail) => void;
}) {
  const { t } = useTranslation(['infrastructure', 'common']);
  const format = useFormat();
  const add = useAddProgress(work.id);
  const latest = work.latest;
  return (
    <FormModal<ProgressValues, InfrastructureWorkDetail>
      title={t('infrastructure:form.progressTitle', { name: work.name })}
      okText={t('infrastructure:form.send')}
      width={560}
      hint={
        <Alert
          type="info"
          showIcon
          title={
            latest
              ? t('infrastructure:form.previous', {
                  date: format.date(latest.reportedOn),
                  pct: format.number(latest.progressPct),
                })
              : t('infrastructure:form.noPrevious')
          }
        />
      }
      initialValues={{
        reportedOn: dayjs(vietnamToday()),
        progressPct: '',
        actualCapacity: shown(latest?.actualCapacity),
        disbursedVnd: latest?.disbursedVnd ?? null,
      }}
      send={(v) =>
        add.mutateAsync({
          reportedOn: day(v.reportedOn) ?? '',
          progressPct: decimalText(v.progressPct) ?? '',
          actualCapacity: decimalText(v.actualCapacity),
          disbursedVnd: v.disbursedVnd || null,
          note: v.note ?? '',
          completedOn: day(v.completedOn),
        })
      }
      onClose={onClose}
    >
      <Space wrap align="start">
        <Form.Item
          name="reportedOn"
          label={t('infrastructure:fields.reportedOn')}
          rules={[{ required: true }]}
        >
          <DateField />
        </Form.Item>
        <Form.Item
          name="progressPct"
          label={t('infrastructure:fields.progressPct')}
          rules={[
            { required: true, message: t('infrastructure:form.pctInvalid') },
            {
              validator: (_, value: string | undefined) => {
                const text = decimalText(value) ?? '';
                return !value || (PERCENT.test(text) && Number(text) <= 100)
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('infrastructure:form.pctInvalid')));
              },
            },
          ]}
        >
          <Input inputMode="decimal" maxLength={5} style={{ width: 140 }} />
        </Form.Item>
      </Space>
      <Form.Item
        name="actualCapacity"
        label={`${t('infrastructure:fields.actualCapacity')} (${work.capacityUnit})`}
        rules={[
          {
            validator: (_, value: string | undefined) =>
              !value || NON_NEGATIVE.test(decimalText(value) ?? '')
                ? Promise.resolve()
                : Promise.reject(new Error(t('infrastructure:form.decimalInvalid'))),
          },
        ]}
      >
        <Input inputMode="decimal" maxLength={20} style={{ width: 200 }} />
      </Form.Item>
      <Form.Item name="disbursedVnd" label={t('infrastructure:fields.disbursed')}>
        <MoneyInput />
      </Form.Item>
      <Form.Item
        name="completedOn"
        label={t('infrastructure:fields.completedOn')}
        extra={t('infrastructure:form.completedHint')}
      >
        <DateField />
      </Form.Item>
      <Form.Item name="note" label={t('infrastructure:fields.note')}>
        <Input.TextArea maxLength={2000} autoSize={{ minRows: 2, maxRows: 6 }} />
      </Form.Item>
    </FormModal>
  );
}
