import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Col, Form, Input, InputNumber, Modal, Row, Select, Space, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import {
  DEADLINE_UNITS,
  ONLINE_LEVELS,
  type DeadlineUnit,
  type OnlineLevel,
} from '../../../domain/one-stop.ts';
import { DateField } from '../../shared/DateField.tsx';
import { applyApiError } from '../../shared/errors.ts';
import { WriteProblems } from '../../shared/WriteProblems.tsx';
import { isVersionConflict } from './DossierActions.tsx';
import {
  currentVersion,
  useAddVersion,
  useCorrectVersion,
  useCreateProcedure,
  type ProcedureDetail,
  type ProcedureVersion,
} from './procedures.api.ts';

interface Values {
  code?: string;
  effectiveFrom?: Dayjs | null;
  name?: string;
  field?: string;
  legalBasis?: string;
  deadline: { value?: number | null; unit: DeadlineUnit };
  onlineLevel: OnlineLevel;
  fee?: string;
  resultName?: string;
  documents: { name?: string; originals?: number | null; copies?: number | null; note?: string }[];
  steps: { name?: string; department?: string; workingDays?: number | null }[];
}

/** What the form writes: the create body, a new version and a correction share these fields. */
function fieldsOf(values: Values) {
  const text = (v: string | undefined) => v?.trim() || null;
  return {
    effectiveFrom: values.effectiveFrom?.format('YYYY-MM-DD'),
    name: values.name?.trim(),
    field: values.field?.trim(),
    legalBasis: text(values.legalBasis),
    deadline: { value: values.deadline.value, unit: values.deadline.unit },
    onlineLevel: values.onlineLevel,
    fee: text(values.fee),
    resultName: text(values.resultName),
    documents: (values.documents ?? []).map((d) => ({
      name: d.name?.trim(),
      originals: d.originals ?? 0,
      copies: d.copies ?? 0,
      note: text(d.note),
    })),
    steps: (values.steps ?? []).map((s) => ({
      name: s.name?.trim(),
      department: s.department?.trim(),
      workingDays: s.workingDays,
    })),
  };
}

function valuesOf(version: ProcedureVersion | undefined): Partial<Values> {
  if (!version)
    return {
      deadline: { value: null, unit: 'working_days' },
      onlineLevel: 'partial',
      documents: [{ originals: 1, copies: 0 }],
      steps: [],
      effectiveFrom: dayjs(),
    };
  return {
    effectiveFrom: dayjs(version.effectiveFrom),
    name: version.name,
    field: version.field,
    legalBasis: version.legalBasis ?? undefined,
    deadline: { value: version.deadline.value, unit: version.deadline.unit },
    onlineLevel: version.onlineLevel,
    fee: version.fee ?? undefined,
    resultName: version.resultName ?? undefined,
    documents: version.documents.map((d) => ({ ...d, note: d.note ?? undefined })),
    steps: version.steps.map((s) => ({ ...s })),
  };
}

/** What the modal does: create a procedure, add a version from a date, or correct a version. */
export type ProcedureFormMode =
  | { kind: 'create'; boardId: string | undefined }
  | { kind: 'add-version'; procedure: ProcedureDetail }
  | { kind: 'correct'; procedure: ProcedureDetail; version: ProcedureVersion };

/**
 * A procedure's version as a form: name, field, legal basis, deadline and its unit, online level,
 * fee, result, the documents (originals, copies) and the steps (department, working days).
 */
export function ProcedureFormModal({
  mode,
  onClose,
  onReload,
}: {
  mode: ProcedureFormMode;
  onClose: () => void;
  onReload?: () => Promise<unknown>;
}) {
  const { t } = useTranslation(['oneStop', 'common']);
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const create = useCreateProcedure();
  const procedureId = mode.kind === 'create' ? '' : mode.procedure.id;
  const addVersion = useAddVersion(procedureId);
  const correct = useCorrectVersion(procedureId);
  const [problems, setProblems] = useState<string[]>([]);
  const [conflict, setConflict] = useState(false);
  const busy = create.isPending || addVersion.isPending || correct.isPending;
  const initial =
    mode.kind === 'correct'
      ? valuesOf(mode.version)
      : mode.kind === 'add-version'
        ? {
            ...valuesOf(currentVersion(mode.procedure) ?? mode.procedure.versions[0]),
            effectiveFrom: dayjs(),
          }
        : valuesOf(undefined);

  async function submit(values: Values) {
    setProblems([]);
    setConflict(false);
    try {
      if (mode.kind === 'create') {
        const created = await create.mutateAsync({
          boardId: mode.boardId,
          code: values.code?.trim(),
          ...fieldsOf(values),
        });
        void message.success(t('oneStop:procedures.saved'));
        onClose();
        await navigate(`/one-stop/procedures/${created.id}`);
        return;
      }
      if (mode.kind === 'add-version')
        await addVersion.mutateAsync({ version: mode.procedure.version, ...fieldsOf(values) });
      else
        await correct.mutateAsync({
          versionId: mode.version.id,
          body: { version: mode.version.version, ...fieldsOf(values) },
        });
      void message.success(t('oneStop:procedures.saved'));
      onClose();
    } catch (error) {
      if (isVersionConflict(error)) setConflict(true);
      else setProblems(applyApiError(form, t, error));
    }
  }

  const title =
    mode.kind === 'create'
      ? t('oneStop:procedures.createTitle')
      : mode.kind === 'add-version'
        ? t('oneStop:procedures.versionTitle')
        : t('oneStop:procedures.correctTitle', {
            date: dayjs(mode.version.effectiveFrom).format('DD/MM/YYYY'),
          });
  const required = (label: string) => [{ required: true, whitespace: true, message: label }];

  return (
    <Modal
      open
      width={860}
      title={title}
      okText={t('common:actions.save')}
      cancelText={t('common:actions.cancel')}
      okButtonProps={{ loading: busy }}
      onOk={() => form.submit()}
      onCancel={onClose}
      mask={{ closable: false }}
      destroyOnHidden
    >
      <WriteProblems
        conflict={conflict}
        onReload={onReload ? () => void onReload().then(() => setConflict(false)) : undefined}
        problems={problems}
      />
      <Form<Values> form={form} layout="vertical" initialValues={initial} onFinish={(v) => void submit(v)}>
        <Row gutter={12}>
          {mode.kind === 'create' ? (
            <Col xs={24} sm={12}>
              <Form.Item
                name="code"
                label={t('oneStop:procedures.code')}
                rules={required(t('oneStop:procedures.code'))}
              >
                <Input maxLength={40} placeholder="BQL-DT-02" />
              </Form.Item>
            </Col>
          ) : null}
          <Col xs={24} sm={12}>
            <Form.Item
              name="effectiveFrom"
              label={t('oneStop:procedures.effectiveFrom')}
              rules={[{ required: true, message: t('oneStop:procedures.effectiveFrom') }]}
            >
              <DateField />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item
          name="name"
          label={t('oneStop:procedures.name')}
          rules={required(t('oneStop:procedures.name'))}
        >
          <Input.TextArea maxLength={500} autoSize={{ minRows: 1, maxRows: 3 }} />
        </Form.Item>
        <Row gutter={12}>
          <Col xs={24} sm={12}>
            <Form.Item
              name="field"
              label={t('oneStop:procedures.field')}
              rules={required(t('oneStop:procedures.field'))}
            >
              <Input maxLength={200} placeholder="Đầu tư" />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item label={t('oneStop:procedures.deadline')} required>
              <Space.Compact style={{ width: '100%' }}>
                <Form.Item
                  name={['deadline', 'value']}
                  noStyle
                  rules={[{ required: true, message: t('oneStop:procedures.deadline') }]}
                >
                  <InputNumber
                    min={0}
                    max={3650}
                    precision={0}
                    style={{ width: '40%' }}
                    aria-label={t('oneStop:procedures.deadlineValue')}
                  />
                </Form.Item>
                <Form.Item name={['deadline', 'unit']} noStyle>
                  <Select
                    style={{ width: '60%' }}
                    aria-label={t('oneStop:procedures.deadlineUnit')}
                    options={DEADLINE_UNITS.map((u) => ({
                      value: u,
                      label: t(`oneStop:procedures.units.${u}`),
                    }))}
                  />
                </Form.Item>
              </Space.Compact>
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="onlineLevel" label={t('oneStop:procedures.onlineLevel')}>
              <Select
                options={ONLINE_LEVELS.map((l) => ({ value: l, label: t(`oneStop:onlineLevels.${l}`) }))}
              />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="fee" label={t('oneStop:procedures.fee')}>
              <Input maxLength={500} placeholder="Không" />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="legalBasis" label={t('oneStop:procedures.legalBasis')}>
          <Input.TextArea maxLength={2000} autoSize={{ minRows: 2, maxRows: 5 }} />
        </Form.Item>
        <Form.Item name="resultName" label={t('oneStop:procedures.resultName')}>
          <Input maxLength={500} />
        </Form.Item>
        <Typography.Text strong>{t('oneStop:procedures.documents')}</Typography.Text>
        <Form.List name="documents">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field) => (
                <Row gutter={8} key={field.key} align="top">
                  <Col xs={24} md={11}>
                    <Form.Item
                      name={[field.name, 'name']}
                      rules={required(t('oneStop:procedures.document'))}
                      style={{ marginBottom: 8 }}
                    >
                      <Input
                        placeholder={t('oneStop:procedures.document')}
                        aria-label={t('oneStop:procedures.document')}
                        maxLength={500}
                      />
                    </Form.Item>
                  </Col>
                  <Col xs={8} md={3}>
                    <Form.Item name={[field.name, 'originals']} style={{ marginBottom: 8 }}>
                      <InputNumber
                        min={0}
                        max={100}
                        precision={0}
                        style={{ width: '100%' }}
                        placeholder={t('oneStop:procedures.originals')}
                        aria-label={t('oneStop:procedures.originals')}
                      />
                    </Form.Item>
                  </Col>
                  <Col xs={8} md={3}>
                    <Form.Item name={[field.name, 'copies']} style={{ marginBottom: 8 }}>
                      <InputNumber
                        min={0}
                        max={100}
                        precision={0}
                        style={{ width: '100%' }}
                        placeholder={t('oneStop:procedures.copies')}
                        aria-label={t('oneStop:procedures.copies')}
                      />
                    </Form.Item>
                  </Col>
                  <Col xs={6} md={6}>
                    <Form.Item name={[field.name, 'note']} style={{ marginBottom: 8 }}>
                      <Input
                        placeholder={t('oneStop:actions.note')}
                        aria-label={t('oneStop:actions.note')}
                        maxLength={500}
                      />
                    </Form.Item>
                  </Col>
                  <Col xs={2} md={1}>
                    <Button
                      type="text"
                      icon={<MinusCircleOutlined />}
                      aria-label={t('oneStop:procedures.remove')}
                      onClick={() => remove(field.name)}
                    />
                  </Col>
                </Row>
              ))}
              <Button
                type="dashed"
                icon={<PlusOutlined />}
                onClick={() => add({ originals: 1, copies: 0 })}
                style={{ margin: '4px 0 16px' }}
              >
                {t('oneStop:procedures.addDocument')}
              </Button>
            </>
          )}
        </Form.List>
        <div>
          <Typography.Text strong>{t('oneStop:procedures.steps')}</Typography.Text>
        </div>
        <Form.List name="steps">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field) => (
                <Row gutter={8} key={field.key} align="top">
                  <Col xs={24} md={10}>
                    <Form.Item
                      name={[field.name, 'name']}
                      rules={required(t('oneStop:procedures.stepName'))}
                      style={{ marginBottom: 8 }}
                    >
                      <Input
                        placeholder={t('oneStop:procedures.stepName')}
                        aria-label={t('oneStop:procedures.stepName')}
                        maxLength={300}
                      />
                    </Form.Item>
                  </Col>
                  <Col xs={14} md={9}>
                    <Form.Item
                      name={[field.name, 'department']}
                      rules={required(t('oneStop:procedures.department'))}
                      style={{ marginBottom: 8 }}
                    >
                      <Input
                        placeholder={t('oneStop:procedures.department')}
                        aria-label={t('oneStop:procedures.department')}
                        maxLength={300}
                      />
                    </Form.Item>
                  </Col>
                  <Col xs={8} md={4}>
                    <Form.Item
                      name={[field.name, 'workingDays']}
                      rules={[{ required: true, message: t('oneStop:procedures.workingDays') }]}
                      style={{ marginBottom: 8 }}
                    >
                      <InputNumber
                        min={0}
                        max={3650}
                        precision={0}
                        style={{ width: '100%' }}
                        placeholder={t('oneStop:procedures.workingDays')}
                        aria-label={t('oneStop:procedures.workingDays')}
                      />
                    </Form.Item>
                  </Col>
                  <Col xs={2} md={1}>
                    <Button
                      type="text"
                      icon={<MinusCircleOutlined />}
                      aria-label={t('oneStop:procedures.remove')}
                      onClick={() => remove(field.name)}
                    />
                  </Col>
                </Row>
              ))}
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({})} style={{ marginTop: 4 }}>
                {t('oneStop:procedures.addStep')}
              </Button>
            </>
          )}
        </Form.List>
      </Form>
    </Modal>
  );
}
