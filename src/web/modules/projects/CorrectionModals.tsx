import { useQueryClient } from '@tanstack/react-query';
import { Alert, Form, Input, Select, Spin } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type Schema } from '../../shared/api.ts';
import { useFormat } from '../../shared/format.ts';
import { SEARCH_BY_LABEL } from '../../shared/search-select.ts';
import { CertificateFields } from './CertificateFields.tsx';
import { useCountries } from './countries.ts';
import { isoDate, projectErrorMessage } from './form-helpers.ts';
import type { CapitalImplementation, LicensingEvent, ProjectInvestor } from './projects.api.ts';
import {
  ImplementationFields,
  TerminationFields,
  type EventForm,
  type ImplementationForm,
  type ModalProps,
} from './ProjectModals.tsx';
import { WriteModal } from './WriteModal.tsx';

/** The reason of a correction as the API takes it: 5 to 500 characters once trimmed. */
const REASON_MIN = 5;
const REASON_MAX = 500;

/** A DELETE states its reason in the query; the form shows it on its reason field. */
const QUERY_PATHS = { '^query\\.': 'body.' };

/** Lý do: why the record is corrected or deleted, kept in the audit log. */
function ReasonField({ deleting = false }: { deleting?: boolean }) {
  const { t } = useTranslation('projects');
  return (
    <Form.Item
      name="reason"
      label={t(deleting ? 'correction.reasonDelete' : 'correction.reason')}
      extra={t('correction.reasonHint')}
      rules={[
        { required: true, whitespace: true, message: t('validation.reason') },
        {
          validator: (_rule, value: string | undefined) =>
            !value?.trim() || value.trim().length >= REASON_MIN
              ? Promise.resolve()
              : Promise.reject(new Error(t('validation.reasonShort', { min: REASON_MIN }))),
        },
      ]}
    >
      <Input.TextArea rows={2} maxLength={REASON_MAX} placeholder={t('correction.reasonPlaceholder')} />
    </Form.Item>
  );
}

/** The project as the server has it now (after a version conflict). */
function useFreshProject(projectId: string) {
  const queryClient = useQueryClient();
  return () =>
    queryClient.fetchQuery({
      queryKey: ['project', projectId],
      queryFn: () => api.get('/projects/{id}', { path: { id: projectId } }),
      staleTime: 0,
    });
}

type EventCorrection = EventForm & { reason?: string; version: number };

const eventValues = (event: LicensingEvent): EventCorrection => ({
  date: dayjs(event.date),
  documentNo: event.documentNo,
  capitalVnd: event.capitalVnd,
  capitalUsd: event.capitalUsd,
  note: event.note ?? '',
  version: event.version,
});

export interface EventModalProps extends ModalProps {
  event: LicensingEvent;
  /** "Điều chỉnh lần 2", "Cấp mới GCNĐKĐT", "Chấm dứt hoạt động". */
  eventName: string;
}

/** Sửa: corrects a recorded certificate or termination decision, with the reason. */
export function EditEventModal({ project, event, eventName, onClose }: EventModalProps) {
  const { t } = useTranslation(['projects', 'common']);
  const [form] = Form.useForm<EventCorrection>();
  const fresh = useFreshProject(project.id);
  const fdi = project.investmentType === 'FDI';
  const termination = event.kind === 'termination';

  async function reload() {
    const found = (await fresh()).licensingEvents.find((e) => e.id === event.id);
    if (found) form.setFieldsValue({ ...eventValues(found), reason: form.getFieldValue('reason') as string });
  }

  return (
    <WriteModal<EventCorrection>
      title={t('projects:correction.editEventTitle', { name: eventName, code: project.code })}
      okText={t('common:actions.save')}
      done={t('projects:correction.editEventDone')}
      form={form}
      initialValues={{ ...eventValues(event), reason: '' }}
      onClose={onClose}
      onReload={reload}
      submit={(values) =>
        api.patch('/licensing-events/{id}', {
          path: { id: event.id },
          body: {
            version: values.version,
            reason: values.reason?.trim(),
            date: isoDate(values.date),
            documentNo: values.documentNo?.trim(),
            note: values.note?.trim() || null,
            // Only the fields the form shows: a termination states no capital, a DDI project no USD.
            ...(termination ? {} : { capitalVnd: values.capitalVnd || null }),
            ...(termination || !fdi ? {} : { capitalUsd: values.capitalUsd || null }),
          },
        })
      }
    >
      <Form.Item name="version" hidden noStyle />
      {termination ? (
        <TerminationFields />
      ) : (
        <CertificateFields
          labels={event.kind === 'new' ? 'certificate' : 'adjustment'}
          capitalRequired={event.kind === 'new'}
          showUsd={fdi}
        />
      )}
      <ReasonField />
    </WriteModal>
  );
}

type ReasonForm = { reason?: string; version: number };

/**
 * Xóa: deletes an adjustment, or undoes the termination (Hủy chấm dứt: the project is in force
 * again), with the reason and a confirmation.
 */
export function DeleteEventModal({ project, event, eventName, onClose }: EventModalProps) {
  const { t } = useTranslation(['projects', 'common']);
  const format = useFormat();
  const [form] = Form.useForm<ReasonForm>();
  const fresh = useFreshProject(project.id);
  const undo = event.kind === 'termination';
  const key = undo ? 'undoTermination' : 'deleteEvent';
  const facts = { name: eventName, date: format.date(event.date), no: event.documentNo };

  async function reload() {
    const found = (await fresh()).licensingEvents.find((e) => e.id === event.id);
    if (found) form.setFieldValue('version', found.version);
    else onClose();
  }

  return (
    <WriteModal<ReasonForm>
      title={t(`projects:correction.${key}Title`, { name: eventName, code: project.code })}
      okText={t(`projects:correction.${key}Submit`)}
      done={t(`projects:correction.${key}Done`)}
      danger
      confirm={{
        title: t(`projects:correction.${key}ConfirmTitle`),
        content: t(`projects:correction.${key}ConfirmText`, { ...facts, project: project.name }),
        okText: t(`projects:correction.${key}ConfirmOk`),
      }}
      form={form}
      initialValues={{ reason: '', version: event.version }}
      onClose={onClose}
      onReload={reload}
      renamePaths={QUERY_PATHS}
      extra={
        <Alert
          type={undo ? 'info' : 'warning'}
          showIcon
          style={{ marginBottom: 16 }}
          title={t(`projects:correction.${key}Text`, facts)}
        />
      }
      submit={(values) =>
        api.delete('/licensing-events/{id}', {
          path: { id: event.id },
          query: { version: values.version, reason: values.reason?.trim() },
        })
      }
    >
      <Form.Item name="version" hidden noStyle />
      <ReasonField deleting />
    </WriteModal>
  );
}

type ImplementationCorrection = ImplementationForm & { reason?: string; version: number };

const implementationValues = (entry: CapitalImplementation): ImplementationCorrection => ({
  asOf: dayjs(entry.asOf),
  implementedVnd: entry.implementedVnd,
  version: entry.version,
});

export interface ImplementationModalProps extends ModalProps {
  entry: CapitalImplementation;
}

/** Sửa vốn thực hiện: corrects the date or the cumulative amount, with the reason. */
export function EditImplementationModal({ project, entry, onClose }: ImplementationModalProps) {
  const { t } = useTranslation(['projects', 'common']);
  const format = useFormat();
  const [form] = Form.useForm<ImplementationCorrection>();
  const fresh = useFreshProject(project.id);

  async function reload() {
    const found = (await fresh()).capitalImplementations.find((e) => e.id === entry.id);
    if (found)
      form.setFieldsValue({ ...implementationValues(found), reason: form.getFieldValue('reason') as string });
  }

  return (
    <WriteModal<ImplementationCorrection>
      title={t('projects:correction.editImplementationTitle', {
        date: format.date(entry.asOf),
        code: project.code,
      })}
      okText={t('common:actions.save')}
      done={t('projects:correction.editImplementationDone')}
      form={form}
      initialValues={{ ...implementationValues(entry), reason: '' }}
      onClose={onClose}
      onReload={reload}
      submit={(values) =>
        api.patch('/capital-implementations/{id}', {
          path: { id: entry.id },
          body: {
            version: values.version,
            reason: values.reason?.trim(),
            asOf: isoDate(values.asOf),
            implementedVnd: values.implementedVnd,
          },
        })
      }
    >
      <Form.Item name="version" hidden noStyle />
      <ImplementationFields />
      <ReasonField />
    </WriteModal>
  );
}

/** Xóa vốn thực hiện: deletes an entry recorded by mistake, with the reason and a confirmation. */
export function DeleteImplementationModal({ project, entry, onClose }: ImplementationModalProps) {
  const { t } = useTranslation(['projects', 'common']);
  const format = useFormat();
  const [form] = Form.useForm<ReasonForm>();
  const fresh = useFreshProject(project.id);
  const facts = { date: format.date(entry.asOf), amount: format.ty(entry.implementedVnd) };

  async function reload() {
    const found = (await fresh()).capitalImplementations.find((e) => e.id === entry.id);
    if (found) form.setFieldValue('version', found.version);
    else onClose();
  }

  return (
    <WriteModal<ReasonForm>
      title={t('projects:correction.deleteImplementationTitle', { code: project.code })}
      okText={t('projects:correction.deleteImplementationSubmit')}
      done={t('projects:correction.deleteImplementationDone')}
      danger
      confirm={{
        title: t('projects:correction.deleteImplementationConfirmTitle'),
        content: t('projects:correction.deleteImplementationText', facts),
        okText: t('projects:correction.deleteConfirmOk'),
      }}
      form={form}
      initialValues={{ reason: '', version: entry.version }}
      onClose={onClose}
      onReload={reload}
      renamePaths={QUERY_PATHS}
      extra={
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('projects:correction.deleteImplementationText', facts)}
        />
      }
      submit={(values) =>
        api.delete('/capital-implementations/{id}', {
          path: { id: entry.id },
          query: { version: values.version, reason: values.reason?.trim() },
        })
      }
    >
      <Form.Item name="version" hidden noStyle />
      <ReasonField deleting />
    </WriteModal>
  );
}

interface InvestorForm {
  name?: string;
  country?: string;
  reason?: string;
  version: number;
}

/**
 * Sửa nhà đầu tư: the investor's name and country, for every project it invests in, with the
 * reason. The version is read from the investor itself when the dialog opens.
 */
export function EditInvestorModal({
  project,
  investor,
  onClose,
}: ModalProps & { investor: ProjectInvestor }) {
  const { t } = useTranslation(['projects', 'common']);
  const [form] = Form.useForm<InvestorForm>();
  const countries = useCountries();
  const queryClient = useQueryClient();
  const [loaded, setLoaded] = useState<{ error?: unknown; done: boolean }>({ done: false });

  async function load() {
    const fresh = await queryClient.fetchQuery({
      queryKey: ['investors', investor.id],
      queryFn: () => api.get('/investors/{id}', { path: { id: investor.id } }),
      staleTime: 0,
    });
    form.setFieldsValue({ name: fresh.name, country: fresh.country, version: fresh.version });
  }

  useEffect(() => {
    load().then(
      () => setLoaded({ done: true }),
      (error: unknown) => setLoaded({ done: true, error }),
    );
    // Once, when the dialog opens.
  }, []);

  const country = Form.useWatch('country', form) ?? investor.country;
  const options = countries.options.some((o) => o.value === country)
    ? countries.options
    : [...countries.options, { value: country, label: `${countries.name(country)} (${country})` }];

  return (
    <WriteModal<InvestorForm>
      title={t('projects:correction.editInvestorTitle', { name: investor.name })}
      okText={t('common:actions.save')}
      done={t('projects:correction.editInvestorDone')}
      form={form}
      initialValues={{ name: investor.name, country: investor.country, reason: '', version: 0 }}
      onClose={onClose}
      onReload={load}
      extra={
        loaded.error ? (
          <Alert
            type="error"
            showIcon
            style={{ marginBottom: 16 }}
            title={projectErrorMessage(t, loaded.error)}
          />
        ) : (
          <Alert
            type="info"
            showIcon
            style={{ marginBottom: 16 }}
            title={t('projects:correction.editInvestorHint')}
          />
        )
      }
      submit={async (values) => {
        await api.patch('/investors/{id}', {
          path: { id: investor.id },
          body: {
            version: values.version,
            reason: values.reason?.trim(),
            name: values.name?.trim(),
            // The country box offers ISO 3166-1 codes only (and the server checks the code it gets).
            country: values.country as Schema<'CountryCode'> | undefined,
          },
        });
        return api.get('/projects/{id}', { path: { id: project.id } });
      }}
    >
      <Spin spinning={!loaded.done}>
        <Form.Item name="version" hidden noStyle />
        <Form.Item
          name="name"
          label={t('projects:fields.investorName')}
          rules={[
            { required: true, whitespace: true, min: 2, message: t('projects:validation.investorName') },
          ]}
        >
          <Input maxLength={300} autoComplete="off" />
        </Form.Item>
        <Form.Item
          name="country"
          label={t('projects:fields.country')}
          rules={[{ required: true, message: t('projects:validation.country') }]}
        >
          <Select
            showSearch={SEARCH_BY_LABEL}
            placeholder={t('projects:register.countryPlaceholder')}
            options={options}
          />
        </Form.Item>
        <ReasonField />
      </Spin>
    </WriteModal>
  );
}
