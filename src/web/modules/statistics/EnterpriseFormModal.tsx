import { App, Col, Form, Input, Modal, Radio, Row, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { WriteProblems } from '../../shared/WriteProblems.tsx';
import { ApiError } from '../../shared/api.ts';
import { DateField } from '../../shared/DateField.tsx';
import { applyApiError } from '../../shared/errors.ts';
import { SEARCH_BY_LABEL } from '../../shared/search-select.ts';
import { useAllZones } from '../zones/index.ts';
import {
  useProjectSearch,
  useSaveEnterprise,
  type Enterprise,
  type EnterpriseDetail,
} from './enterprises.api.ts';

/** Mã số thuế: 10 digits, or 13 for a branch (10 + 3), as the tax authority gives them. */
export const TAX_CODE_PATTERN = /^(\d{10}|\d{13})$/;

interface Values {
  taxCode: string;
  name: string;
  investmentType: 'FDI' | 'DDI';
  zoneId: string | undefined;
  operatingSince: Dayjs | null;
  operatingUntil: Dayjs | null;
  projectIds: string[];
}

type Named = { id: string; code: string; name: string };

const projectLabel = (p: Named) => `${p.code} — ${p.name}`;
const isoDate = (value: Dayjs | null | undefined) => (value ? value.format('YYYY-MM-DD') : null);

/**
 * Dự án doanh nghiệp thực hiện: the board's projects searched on the server by code or name
 * (accents optional); the projects already linked keep their names while another search shows.
 */
function ProjectsPicker({
  id,
  value,
  onChange,
  boardId,
  known,
}: {
  id?: string;
  value?: string[];
  onChange?: (value: string[]) => void;
  boardId: string | undefined;
  known: Named[];
}) {
  const { t } = useTranslation('statistics');
  const [typed, setTyped] = useState('');
  const [q, setQ] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setQ(typed), 250);
    return () => clearTimeout(timer);
  }, [typed]);
  const found = useProjectSearch(q, boardId);
  const [labels, setLabels] = useState(() => new Map(known.map((p) => [p.id, projectLabel(p)])));
  const items = found.data?.items;
  useEffect(() => {
    if (!items?.length) return;
    setLabels((previous) => {
      const next = new Map(previous);
      for (const p of items) next.set(p.id, projectLabel(p));
      return next;
    });
  }, [items]);
  const selected = value ?? [];
  const options = [
    ...selected.map((projectId) => ({ value: projectId, label: labels.get(projectId) ?? projectId })),
    ...(items ?? [])
      .filter((p) => !selected.includes(p.id))
      .map((p) => ({ value: p.id, label: projectLabel(p) })),
  ];
  return (
    <Select
      id={id}
      mode="multiple"
      allowClear
      value={selected}
      onChange={(next: string[]) => onChange?.(next)}
      placeholder={t('enterprises.form.projectsPlaceholder')}
      loading={found.isFetching}
      notFoundContent={found.isFetching ? t('enterprises.form.searching') : t('enterprises.form.noProject')}
      showSearch={{ filterOption: false, onSearch: setTyped, autoClearSearchValue: true }}
      onBlur={() => setTyped('')}
      options={options}
      style={{ width: '100%' }}
    />
  );
}

/**
 * Thêm / sửa doanh nghiệp: tax code, name, type, zone (of the board), operating dates and the
 * projects it carries out. An edit sends the version read; someone else's change in between is
 * never overwritten — the form says so and offers to reload.
 */
export function EnterpriseFormModal({
  boardId,
  enterprise,
  onClose,
  onSaved,
  onReload,
}: {
  /** The board the enterprise belongs to (its zones and projects are offered). */
  boardId: string | undefined;
  /** The enterprise edited; none to register a new one. */
  enterprise?: EnterpriseDetail;
  onClose: () => void;
  onSaved?: (saved: Enterprise) => void;
  /** Fetches the enterprise again after a version conflict. */
  onReload?: () => Promise<unknown>;
}) {
  const { t } = useTranslation(['statistics', 'common']);
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const zones = useAllZones();
  const save = useSaveEnterprise();
  const [problems, setProblems] = useState<string[]>([]);
  const [conflict, setConflict] = useState(false);
  const boardZones = (zones.data?.items ?? []).filter((z) => z.boardId === boardId);
  const editing = enterprise !== undefined;

  const initial = (e: EnterpriseDetail | undefined): Partial<Values> =>
    e
      ? {
          taxCode: e.taxCode,
          name: e.name,
          investmentType: e.investmentType,
          zoneId: e.zoneId,
          operatingSince: e.operatingSince ? dayjs(e.operatingSince) : null,
          operatingUntil: e.operatingUntil ? dayjs(e.operatingUntil) : null,
          projectIds: e.projectIds,
        }
      : { investmentType: 'DDI', projectIds: [], operatingSince: null, operatingUntil: null };

  // After a reload the form shows what is stored now.
  useEffect(() => {
    if (enterprise) form.setFieldsValue(initial(enterprise));
    // Refilled only when another version arrives (not on every render of the same one).
  }, [enterprise?.version]);

  function send(values: Values) {
    setProblems([]);
    const fields = {
      taxCode: values.taxCode.trim(),
      name: values.name.trim(),
      investmentType: values.investmentType,
      zoneId: values.zoneId,
      operatingSince: isoDate(values.operatingSince),
      operatingUntil: isoDate(values.operatingUntil),
      projectIds: values.projectIds ?? [],
    };
    save.mutate(
      enterprise
        ? { id: enterprise.id, body: { version: enterprise.version, ...fields } }
        : { id: null, body: fields },
      {
        onSuccess: (saved) => {
          void message.success(t(editing ? 'enterprises.form.saved' : 'enterprises.form.created'));
          onSaved?.(saved);
          onClose();
        },
        onError: (error) => {
          if (error instanceof ApiError && error.code === 'VERSION_CONFLICT') {
            setConflict(true);
            return;
          }
          const unplaced = applyApiError(form, t, error);
          if (error instanceof ApiError && error.code === 'ENTERPRISE_TAX_CODE_TAKEN') {
            form.setFields([{ name: 'taxCode', errors: [t('enterprises.form.taxCodeTaken')] }]);
            setProblems([]);
          } else setProblems(unplaced);
        },
      },
    );
  }

  return (
    <Modal
      open
      title={
        editing
          ? t('enterprises.form.editTitle', { name: enterprise.name })
          : t('enterprises.form.createTitle')
      }
      width={720}
      okText={editing ? t('common:actions.save') : t('enterprises.form.create')}
      cancelText={t('common:actions.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      okButtonProps={{ loading: save.isPending, disabled: conflict }}
      mask={{ closable: false }}
    >
      <WriteProblems
        conflict={conflict}
        onReload={onReload ? () => void onReload().then(() => setConflict(false)) : undefined}
        problems={problems}
      />
      <Form<Values> form={form} layout="vertical" initialValues={initial(enterprise)} onFinish={send}>
        <Row gutter={16}>
          <Col xs={24} sm={10}>
            <Form.Item
              name="taxCode"
              label={t('fields.taxCode')}
              extra={t('enterprises.form.taxCodeHint')}
              rules={[
                { required: true, message: t('enterprises.form.taxCodeRequired') },
                { pattern: TAX_CODE_PATTERN, message: t('enterprises.form.taxCodeInvalid') },
              ]}
            >
              <Input inputMode="numeric" maxLength={13} autoComplete="off" />
            </Form.Item>
          </Col>
          <Col xs={24} sm={14}>
            <Form.Item name="investmentType" label={t('fields.investmentType')} rules={[{ required: true }]}>
              <Radio.Group
                options={(['DDI', 'FDI'] as const).map((v) => ({
                  value: v,
                  label: t(`common:investmentTypes.${v}`),
                }))}
              />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item
          name="name"
          label={t('enterprises.name')}
          rules={[
            { required: true, whitespace: true, message: t('enterprises.form.nameRequired') },
            { min: 2, message: t('enterprises.form.nameShort') },
          ]}
        >
          <Input maxLength={300} />
        </Form.Item>
        <Form.Item
          name="zoneId"
          label={t('fields.zone')}
          rules={[{ required: true, message: t('enterprises.form.zoneRequired') }]}
        >
          <Select
            showSearch={SEARCH_BY_LABEL}
            loading={zones.isPending}
            placeholder={t('enterprises.form.zonePlaceholder')}
            options={boardZones.map((z) => ({ value: z.id, label: `${z.name} (${z.code})` }))}
          />
        </Form.Item>
        <Row gutter={16}>
          <Col xs={24} sm={12}>
            <Form.Item name="operatingSince" label={t('enterprises.operatingSince')}>
              <DateField />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item
              name="operatingUntil"
              label={t('enterprises.operatingUntil')}
              dependencies={['operatingSince']}
              rules={[
                ({ getFieldValue }) => ({
                  validator(_, value: Dayjs | null) {
                    const since = getFieldValue('operatingSince') as Dayjs | null;
                    return value && since && value.isBefore(since, 'day')
                      ? Promise.reject(new Error(t('enterprises.form.untilBeforeSince')))
                      : Promise.resolve();
                  },
                }),
              ]}
            >
              <DateField />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item
          name="projectIds"
          label={t('enterprises.projects')}
          extra={t('enterprises.form.projectsHint')}
        >
          <ProjectsPicker boardId={boardId} known={enterprise?.projects ?? []} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
