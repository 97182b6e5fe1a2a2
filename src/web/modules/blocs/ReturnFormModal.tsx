import { App, Col, Form, Input, Modal, Row, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../shared/api.ts';
import { applyApiError } from '../../shared/errors.ts';
import { useFormat } from '../../shared/format.ts';
import { CountInput, MoneyInput } from '../../shared/MoneyInput.tsx';
import { WriteProblems } from '../../shared/WriteProblems.tsx';
import { returnBody, returnFormValues, type ReturnFormValues } from './bloc-figures.ts';
import { usePeriodLabel } from './BlocPeriodPicker.tsx';
import { useSaveReturn, type BlocReturnMember } from './blocs.api.ts';
import { DecimalInput } from './DecimalInput.tsx';

/** The form's sections, each a row of fields (name, kind). */
type Kind = 'count' | 'usd' | 'vnd' | 'signedUsd' | 'signedVnd' | 'ha';
const SECTIONS: { key: string; fields: [keyof ReturnFormValues, Kind][] }[] = [
  {
    key: 'newProjects',
    fields: [
      ['newProjectsFdi', 'count'],
      ['newProjectsDdi', 'count'],
    ],
  },
  {
    key: 'capital',
    fields: [
      ['capitalFdiUsd', 'signedUsd'],
      ['capitalDdiVnd', 'signedVnd'],
    ],
  },
  {
    key: 'revenue',
    fields: [
      ['revenueFdiUsd', 'usd'],
      ['revenueDdiVnd', 'vnd'],
    ],
  },
  {
    key: 'budgetPaid',
    fields: [
      ['budgetPaidFdiUsd', 'usd'],
      ['budgetPaidDdiVnd', 'vnd'],
    ],
  },
  {
    key: 'zones',
    fields: [
      ['zonesInPlanCount', 'count'],
      ['zonesInPlanAreaHa', 'ha'],
      ['zonesOperatingCount', 'count'],
      ['zonesOperatingAreaHa', 'ha'],
      ['zonesUnderConstructionCount', 'count'],
      ['zonesUnderConstructionAreaHa', 'ha'],
    ],
  },
];

/**
 * Nhập số liệu thành viên: a member's figures for the period, as the report counts them — new
 * projects, capital new and adjusted, revenue and budget paid (FDI in USD, domestic in đồng), the
 * zones by status with their area. Every field is asked (0 when there is none); the API's problems
 * go on their fields, and a return changed meanwhile asks to reload.
 */
export function ReturnFormModal({
  bloc,
  period,
  member,
  onClose,
  onReload,
}: {
  bloc: string;
  period: string;
  member: BlocReturnMember;
  onClose: () => void;
  onReload: () => Promise<unknown>;
}) {
  const { t } = useTranslation(['blocs', 'common']);
  const { message } = App.useApp();
  const label = usePeriodLabel();
  const [form] = Form.useForm<ReturnFormValues>();
  const save = useSaveReturn(bloc);
  const [problems, setProblems] = useState<string[]>([]);
  const [conflict, setConflict] = useState(false);
  const stored = member.return;

  async function submit(values: ReturnFormValues) {
    setProblems([]);
    setConflict(false);
    try {
      await save.mutateAsync({
        board: member.code,
        period,
        body: returnBody(values, stored?.version),
      });
      void message.success(t('blocs:returns.saved', { member: member.code }));
      onClose();
    } catch (error) {
      if (error instanceof ApiError && error.code === 'VERSION_CONFLICT') setConflict(true);
      else setProblems(applyApiError(form, t, error));
    }
  }

  const required = { required: true, message: t('blocs:returns.required') };
  return (
    <Modal
      open
      width={760}
      title={t(stored ? 'blocs:returns.editTitle' : 'blocs:returns.newTitle', {
        member: `${member.code} — ${member.name}`,
        period: label(period),
      })}
      okText={t('common:actions.save')}
      cancelText={t('common:actions.cancel')}
      okButtonProps={{ loading: save.isPending }}
      onOk={() => form.submit()}
      onCancel={onClose}
      mask={{ closable: false }}
      destroyOnHidden
    >
      <WriteProblems conflict={conflict} onReload={() => void onReload().then(onClose)} problems={problems} />
      <Typography.Paragraph type="secondary">{t('blocs:returns.formHint')}</Typography.Paragraph>
      <Form<ReturnFormValues>
        form={form}
        layout="vertical"
        initialValues={returnFormValues(stored)}
        onFinish={(v) => void submit(v)}
        scrollToFirstError
      >
        {SECTIONS.map((section) => (
          <div key={section.key}>
            <Typography.Title level={5} style={{ margin: '8px 0' }}>
              {t(`blocs:returns.sections.${section.key}`)}
            </Typography.Title>
            <Row gutter={16}>
              {section.fields.map(([name, kind]) => (
                <Col xs={24} sm={12} key={name}>
                  <Form.Item name={name} label={t(`blocs:returns.fields.${name}`)} rules={[required]}>
                    <FigureInput kind={kind} />
                  </Form.Item>
                </Col>
              ))}
            </Row>
          </div>
        ))}
        <Form.Item name="note" label={t('blocs:returns.fields.note')}>
          <Input.TextArea maxLength={1000} autoSize={{ minRows: 2, maxRows: 4 }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** The field of a figure: a count, an amount (USD or đồng, capital possibly negative), hectares. */
function FigureInput({ kind, ...control }: { kind: Kind } & Record<string, unknown>) {
  const { t } = useTranslation('common');
  const format = useFormat();
  // Form.Item hands value and onChange to its one child; they pass through as they are.
  const passed = control as Record<string, unknown>;
  switch (kind) {
    case 'count':
      return <CountInput {...passed} />;
    case 'usd':
    case 'vnd':
      return <MoneyInput usd={kind === 'usd'} {...passed} />;
    case 'signedUsd':
      return (
        <DecimalInput
          {...passed}
          decimals={2}
          signed
          unit={t('units.usdShort')}
          hint={(v) => format.millionUsd(v)}
        />
      );
    case 'signedVnd':
      return (
        <DecimalInput
          {...passed}
          decimals={0}
          signed
          unit={t('units.dongShort')}
          hint={(v) => format.ty(v)}
        />
      );
    case 'ha':
      return <DecimalInput {...passed} decimals={4} unit="ha" />;
  }
}
