import { useMutation } from '@tanstack/react-query';
import { Alert, App, Button, Card, Form, Input, Space } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { api } from '../../shared/api.ts';
import { PageTitle } from '../../shared/PageTitle.tsx';
import { useAllZones } from '../zones/index.ts';
import { CertificateFields } from './CertificateFields.tsx';
import { ProjectFields } from './ProjectFields.tsx';
import { isoDate, placeApiError } from './form-helpers.ts';
import { INVESTOR_PATHS, investorRef, InvestorsField, type InvestorRow } from './InvestorsField.tsx';
import { useAfterProjectWrite, type InvestmentType } from './projects.api.ts';

interface RegisterForm {
  code: string;
  name: string;
  zoneId?: string;
  investmentType?: InvestmentType;
  investors: InvestorRow[];
  sector?: string;
  landHa?: string | null;
  certificate: {
    date?: Dayjs;
    documentNo?: string;
    capitalVnd?: string | null;
    capitalUsd?: string | null;
    note?: string;
  };
}

const INITIAL: RegisterForm = {
  code: '',
  name: '',
  zoneId: undefined,
  investmentType: undefined,
  investors: [{}],
  sector: '',
  landHa: null,
  certificate: {},
};

/** Đăng ký dự án mới: the project, its investors and its first certificate (GCNĐKĐT). */
export function Component() {
  const { t } = useTranslation(['projects', 'common']);
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [form] = Form.useForm<RegisterForm>();
  const zones = useAllZones();
  const afterWrite = useAfterProjectWrite();
  const [problems, setProblems] = useState<string[]>([]);
  const investmentType = Form.useWatch('investmentType', form);
  const zoneId = Form.useWatch('zoneId', form);
  const boardId = zones.data?.items.find((z) => z.id === zoneId)?.boardId;

  const register = useMutation({
    mutationFn: (values: RegisterForm) =>
      api.post('/projects', {
        body: {
          ...(boardId ? { boardId } : {}),
          code: values.code.trim(),
          name: values.name.trim(),
          zoneId: values.zoneId,
          investmentType: values.investmentType,
          investors: values.investors.map(investorRef),
          sector: values.sector?.trim() ? values.sector.trim().toUpperCase() : null,
          landHa: values.landHa || null,
          certificate: {
            date: isoDate(values.certificate.date),
            documentNo: values.certificate.documentNo?.trim(),
            capitalVnd: values.certificate.capitalVnd,
            capitalUsd: values.investmentType === 'FDI' ? values.certificate.capitalUsd || null : null,
            note: values.certificate.note?.trim() || null,
          },
        },
      }),
    onSuccess: async (project) => {
      await afterWrite(project);
      void message.success(t('projects:register.done', { code: project.code }));
      await navigate(`/projects/${project.id}`);
    },
    onError: (error) => setProblems(placeApiError(form, t, error, INVESTOR_PATHS)),
  });

  return (
    <>
      <PageTitle title={t('projects:register.title')} subtitle={t('projects:register.subtitle')} />
      <Form<RegisterForm>
        form={form}
        layout="vertical"
        initialValues={INITIAL}
        onFinish={(values) => {
          setProblems([]);
          register.mutate(values);
        }}
        style={{ maxWidth: 1000 }}
        scrollToFirstError
      >
        {problems.length > 0 ? (
          <Alert
            type="error"
            showIcon
            style={{ marginBottom: 16 }}
            title={problems.map((p) => (
              <div key={p}>{p}</div>
            ))}
          />
        ) : null}
        <Card title={t('projects:register.projectSection')} style={{ marginBottom: 16 }}>
          <Form.Item
            name="code"
            label={t('projects:fields.code')}
            rules={[{ required: true, whitespace: true, message: t('projects:validation.code') }]}
            style={{ maxWidth: 360 }}
          >
            <Input placeholder={t('projects:register.codePlaceholder')} maxLength={40} />
          </Form.Item>
          <ProjectFields
            zones={zones.data?.items.map((z) => ({ value: z.id, label: z.name })) ?? []}
            zonesLoading={zones.isPending}
          />
        </Card>
        <Card title={t('projects:register.investorsSection')} style={{ marginBottom: 16 }}>
          <InvestorsField boardId={boardId} />
        </Card>
        <Card title={t('projects:register.certificateSection')} style={{ marginBottom: 16 }}>
          <CertificateFields
            prefix={['certificate']}
            labels="certificate"
            capitalRequired
            showUsd={investmentType === 'FDI'}
          />
        </Card>
        <Space>
          <Button type="primary" htmlType="submit" loading={register.isPending}>
            {t('projects:register.submit')}
          </Button>
          <Button onClick={() => void navigate('/projects')}>{t('common:actions.cancel')}</Button>
        </Space>
      </Form>
    </>
  );
}
