import { Alert, App, DatePicker, Form, Input, Modal, Select, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { RESULT_KINDS, type ResultKind } from '../../../domain/one-stop.ts';
import { ApiError } from '../../shared/api.ts';
import { DateField } from '../../shared/DateField.tsx';
import { applyApiError } from '../../shared/errors.ts';
import { WriteProblems } from '../../shared/WriteProblems.tsx';
import {
  useDossierAction,
  type DossierAction,
  type DossierDetail,
  type DossierStep,
  type DossierSupplement,
} from './dossiers.api.ts';
import { DATE_TIME_FORMAT, vietnamInstant } from './instant.ts';

/** The dialog open on a dossier's page. */
export type Dialog =
  | { kind: 'not-accept' }
  | { kind: 'supplement-request' }
  | { kind: 'supplied'; supplement: DossierSupplement }
  | { kind: 'result' }
  | { kind: 'apology' }
  | { kind: 'complete-step'; step: DossierStep };

/** The server refused to close a late dossier without its apology letter (form 04). */
export function isApologyRequired(error: unknown): boolean {
  return error instanceof ApiError && error.code === 'DOSSIER_APOLOGY_REQUIRED';
}

export function isVersionConflict(error: unknown): boolean {
  return error instanceof ApiError && error.code === 'VERSION_CONFLICT';
}

/**
 * A modal that writes on a dossier: sends the action with the version the page shows, puts the
 * API's problems on their fields, keeps a version conflict visible (with "Tải lại"), and hands a
 * refusal for want of an apology letter to the page, which offers to write it.
 */
function WriteModal<V extends object>({
  dossier,
  title,
  okText,
  danger,
  hint,
  action,
  onClose,
  onApologyRequired,
  onReload,
  initialValues,
  children,
}: {
  dossier: DossierDetail;
  title: string;
  okText: string;
  danger?: boolean;
  hint?: ReactNode;
  action: (values: V) => DossierAction;
  onClose: () => void;
  onApologyRequired: () => void;
  onReload: () => Promise<unknown>;
  initialValues?: Partial<V>;
  children: ReactNode;
}) {
  const { t } = useTranslation(['oneStop', 'common']);
  const { message } = App.useApp();
  const [form] = Form.useForm<V>();
  const write = useDossierAction(dossier.id);
  const [problems, setProblems] = useState<string[]>([]);
  const [conflict, setConflict] = useState(false);

  async function submit(values: V) {
    setProblems([]);
    setConflict(false);
    try {
      await write.mutateAsync(action(values));
      void message.success(t('oneStop:actions.done'));
      onClose();
    } catch (error) {
      if (isApologyRequired(error)) {
        onClose();
        onApologyRequired();
      } else if (isVersionConflict(error)) setConflict(true);
      else setProblems(applyApiError(form, t, error));
    }
  }

  return (
    <Modal
      open
      title={title}
      okText={okText}
      cancelText={t('common:actions.cancel')}
      okButtonProps={{ loading: write.isPending, danger }}
      onOk={() => form.submit()}
      onCancel={onClose}
      mask={{ closable: false }}
      destroyOnHidden
    >
      <WriteProblems
        conflict={conflict}
        onReload={() => void onReload().then(() => setConflict(false))}
        problems={problems}
      />
      {hint ? <div style={{ marginBottom: 16 }}>{hint}</div> : null}
      <Form<V>
        form={form}
        layout="vertical"
        initialValues={initialValues}
        onFinish={(values) => void submit(values)}
      >
        {children}
      </Form>
    </Modal>
  );
}

const trimmed = (value: string | undefined) => value?.trim() || undefined;

/** The dialog of a dossier action, by kind. */
export function DossierDialog({
  dossier,
  dialog,
  onClose,
  onApologyRequired,
  onReload,
}: {
  dossier: DossierDetail;
  dialog: Dialog;
  onClose: () => void;
  onApologyRequired: () => void;
  onReload: () => Promise<unknown>;
}) {
  const { t } = useTranslation(['oneStop', 'common']);
  const common = { dossier, onClose, onApologyRequired, onReload };
  const version = dossier.version;
  const reasonRule = [{ required: true, whitespace: true, message: t('oneStop:actions.reason') }];
  const atField = (
    <Form.Item name="at" label={t('oneStop:actions.at')} extra={t('oneStop:actions.atHint')}>
      <DatePicker
        showTime={{ format: 'HH:mm' }}
        format={DATE_TIME_FORMAT}
        style={{ width: '100%' }}
        disabledDate={(d) => d.isAfter(dayjs(), 'day')}
      />
    </Form.Item>
  );

  switch (dialog.kind) {
    case 'not-accept':
      return (
        <WriteModal<{ reason?: string }>
          {...common}
          danger
          title={t('oneStop:actions.notAcceptTitle')}
          okText={t('oneStop:actions.notAccept')}
          hint={<Typography.Text type="secondary">{t('oneStop:actions.notAcceptHint')}</Typography.Text>}
          action={(v) => ({ kind: 'not-accept', body: { version, reason: v.reason?.trim() ?? '' } })}
        >
          <Form.Item name="reason" label={t('oneStop:actions.reason')} rules={reasonRule}>
            <Input.TextArea maxLength={2000} autoSize={{ minRows: 3, maxRows: 8 }} />
          </Form.Item>
        </WriteModal>
      );
    case 'supplement-request':
      return (
        <WriteModal<{ reason?: string; at?: Dayjs | null }>
          {...common}
          title={t('oneStop:actions.supplementTitle')}
          okText={t('oneStop:actions.supplement')}
          hint={
            <>
              <Typography.Paragraph type="secondary">
                {t('oneStop:actions.supplementHint')}
              </Typography.Paragraph>
              {dossier.supplements.length > 0 ? (
                <Alert type="warning" showIcon title={t('oneStop:actions.supplementSecondWarning')} />
              ) : null}
            </>
          }
          action={(v) => ({
            kind: 'supplement-request',
            body: { version, reason: v.reason?.trim() ?? '', at: vietnamInstant(v.at) },
          })}
        >
          <Form.Item name="reason" label={t('oneStop:actions.reason')} rules={reasonRule}>
            <Input.TextArea maxLength={2000} autoSize={{ minRows: 3, maxRows: 8 }} />
          </Form.Item>
          {atField}
        </WriteModal>
      );
    case 'supplied':
      return (
        <WriteModal<{ note?: string; at?: Dayjs | null }>
          {...common}
          title={t('oneStop:actions.suppliedTitle')}
          okText={t('oneStop:actions.supplied')}
          hint={<Typography.Text type="secondary">{t('oneStop:actions.suppliedHint')}</Typography.Text>}
          action={(v) => ({
            kind: 'supplied',
            supplementId: dialog.supplement.id,
            body: { version, note: trimmed(v.note), at: vietnamInstant(v.at) },
          })}
        >
          <Form.Item name="note" label={t('oneStop:actions.note')}>
            <Input.TextArea maxLength={2000} autoSize={{ minRows: 2, maxRows: 6 }} />
          </Form.Item>
          {atField}
        </WriteModal>
      );
    case 'result':
      return (
        <WriteModal<{ kind: ResultKind; number?: string; note?: string; at?: Dayjs | null }>
          {...common}
          title={t('oneStop:actions.resultTitle')}
          okText={t('oneStop:actions.result')}
          initialValues={{ kind: 'approved' }}
          action={(v) => ({
            kind: 'result',
            body: {
              version,
              kind: v.kind,
              number: trimmed(v.number),
              note: trimmed(v.note),
              at: vietnamInstant(v.at),
            },
          })}
        >
          <Form.Item name="kind" label={t('oneStop:actions.kind')} rules={[{ required: true }]}>
            <Select options={RESULT_KINDS.map((k) => ({ value: k, label: t(`oneStop:resultKinds.${k}`) }))} />
          </Form.Item>
          <Form.Item name="number" label={t('oneStop:actions.number')}>
            <Input maxLength={100} placeholder="125/GCNĐKĐT" />
          </Form.Item>
          <Form.Item name="note" label={t('oneStop:actions.note')}>
            <Input.TextArea maxLength={2000} autoSize={{ minRows: 2, maxRows: 6 }} />
          </Form.Item>
          {atField}
        </WriteModal>
      );
    case 'apology':
      return (
        <WriteModal<{ reason?: string; newDate?: Dayjs | null }>
          {...common}
          title={t('oneStop:actions.apologyTitle')}
          okText={t('oneStop:actions.apology')}
          hint={<Typography.Text type="secondary">{t('oneStop:actions.apologyHint')}</Typography.Text>}
          action={(v) => ({
            kind: 'apology',
            body: { version, reason: v.reason?.trim() ?? '', newDate: v.newDate?.format('YYYY-MM-DD') },
          })}
        >
          <Form.Item name="reason" label={t('oneStop:actions.reason')} rules={reasonRule}>
            <Input.TextArea maxLength={2000} autoSize={{ minRows: 3, maxRows: 8 }} />
          </Form.Item>
          <Form.Item
            name="newDate"
            label={t('oneStop:actions.newDate')}
            rules={[{ required: true, message: t('oneStop:actions.newDate') }]}
          >
            <DateField />
          </Form.Item>
        </WriteModal>
      );
    case 'complete-step':
      return (
        <WriteModal<{ note?: string }>
          {...common}
          title={t('oneStop:actions.completeConfirm', { name: dialog.step.name })}
          okText={t('oneStop:actions.completeStep')}
          action={(v) => ({
            kind: 'complete-step',
            stepId: dialog.step.id,
            body: { version, note: trimmed(v.note) },
          })}
        >
          <Form.Item name="note" label={t('oneStop:actions.note')}>
            <Input.TextArea maxLength={2000} autoSize={{ minRows: 2, maxRows: 6 }} />
          </Form.Item>
        </WriteModal>
      );
  }
}
