import { Form, Input } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { api, type ApiBody, type Sent } from '../../shared/api.ts';
import { DateField } from '../../shared/DateField.tsx';
import { MoneyInput } from '../../shared/MoneyInput.tsx';
import { CertificateFields } from './CertificateFields.tsx';
import { isoDate } from './form-helpers.ts';
import type { ProjectDetail } from './projects.api.ts';
import { WriteModal } from './WriteModal.tsx';

export interface EventForm {
  date?: Dayjs;
  documentNo?: string;
  capitalVnd?: string | null;
  capitalUsd?: string | null;
  note?: string;
}

export interface ModalProps {
  project: ProjectDetail;
  onClose: () => void;
}

const recordEvent = (
  project: ProjectDetail,
  body: Sent<ApiBody<'/projects/{id}/licensing-events', 'post'>>,
) => api.post('/projects/{id}/licensing-events', { path: { id: project.id }, body });

/** Điều chỉnh: a new version of the certificate, with the registered capital after it. */
export function AdjustModal({ project, onClose }: ModalProps) {
  const { t } = useTranslation('projects');
  const [form] = Form.useForm<EventForm>();
  const fdi = project.investmentType === 'FDI';
  return (
    <WriteModal<EventForm>
      title={t('adjustment.title', { code: project.code })}
      okText={t('adjustment.submit')}
      done={t('adjustment.done')}
      form={form}
      initialValues={{ date: undefined, documentNo: '', capitalVnd: null, capitalUsd: null, note: '' }}
      onClose={onClose}
      submit={(values) =>
        recordEvent(project, {
          kind: 'adjustment',
          date: isoDate(values.date),
          documentNo: values.documentNo?.trim(),
          capitalVnd: values.capitalVnd || null,
          capitalUsd: fdi ? values.capitalUsd || null : null,
          note: values.note?.trim() || null,
        })
      }
    >
      <CertificateFields labels="adjustment" capitalRequired={false} showUsd={fdi} />
    </WriteModal>
  );
}

/** Chấm dứt hoạt động: the decision ending the project, after a confirmation. */
export function TerminateModal({ project, onClose }: ModalProps) {
  const { t } = useTranslation('projects');
  const [form] = Form.useForm<EventForm>();
  return (
    <WriteModal<EventForm>
      title={t('termination.title', { code: project.code })}
      okText={t('termination.submit')}
      done={t('termination.done')}
      danger
      confirm={{
        title: t('termination.confirmTitle'),
        content: t('termination.confirmText', { name: project.name }),
        okText: t('termination.confirmOk'),
      }}
      form={form}
      initialValues={{ date: undefined, documentNo: '', note: '' }}
      onClose={onClose}
      submit={(values) =>
        recordEvent(project, {
          kind: 'termination',
          date: isoDate(values.date),
          documentNo: values.documentNo?.trim(),
          note: values.note?.trim() || null,
        })
      }
    >
      <TerminationFields />
    </WriteModal>
  );
}

/** The fields of a termination decision: date, number, note. */
export function TerminationFields() {
  const { t } = useTranslation('projects');
  return (
    <>
      <Form.Item
        name="date"
        label={t('termination.date')}
        rules={[{ required: true, message: t('validation.date') }]}
      >
        <DateField />
      </Form.Item>
      <Form.Item
        name="documentNo"
        label={t('termination.documentNo')}
        rules={[{ required: true, whitespace: true, message: t('validation.decisionNo') }]}
      >
        <Input placeholder={t('termination.documentNoPlaceholder')} maxLength={100} autoComplete="off" />
      </Form.Item>
      <Form.Item name="note" label={t('fields.note')}>
        <Input.TextArea rows={2} maxLength={2000} />
      </Form.Item>
    </>
  );
}

export interface ImplementationForm {
  asOf?: Dayjs;
  implementedVnd?: string | null;
}

/** Ghi vốn thực hiện: the cumulative capital implemented at a date. */
export function ImplementationModal({ project, onClose }: ModalProps) {
  const { t } = useTranslation('projects');
  const [form] = Form.useForm<ImplementationForm>();
  return (
    <WriteModal<ImplementationForm>
      title={t('implementation.title', { code: project.code })}
      okText={t('implementation.submit')}
      done={t('implementation.done')}
      form={form}
      initialValues={{ asOf: undefined, implementedVnd: null }}
      onClose={onClose}
      submit={(values) =>
        api.post('/projects/{id}/capital-implementations', {
          path: { id: project.id },
          body: { asOf: isoDate(values.asOf), implementedVnd: values.implementedVnd },
        })
      }
    >
      <ImplementationFields />
    </WriteModal>
  );
}

/** The fields of an implemented-capital entry: its date and the cumulative amount. */
export function ImplementationFields() {
  const { t } = useTranslation('projects');
  return (
    <>
      <Form.Item
        name="asOf"
        label={t('implementation.asOf')}
        rules={[{ required: true, message: t('validation.date') }]}
      >
        <DateField />
      </Form.Item>
      <Form.Item
        name="implementedVnd"
        label={t('implementation.implementedVnd')}
        extra={t('implementation.hint')}
        rules={[{ required: true, message: t('validation.implementedVnd') }]}
      >
        <MoneyInput />
      </Form.Item>
    </>
  );
}
