import {
  Alert,
  App,
  Button,
  Card,
  Col,
  DatePicker,
  Empty,
  Form,
  Input,
  Radio,
  Row,
  Select,
  Space,
} from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { BoardPicker, useBoardChoice } from '../../app/board-choice.tsx';
import { useCan } from '../../app/session.tsx';
import { applyApiError } from '../../shared/errors.ts';
import { useFormat } from '../../shared/format.ts';
import { PageTitle } from '../../shared/PageTitle.tsx';
import { SEARCH_BY_LABEL } from '../../shared/search-select.ts';
import { WriteProblems } from '../../shared/WriteProblems.tsx';
import { useReceiveDossier } from './dossiers.api.ts';
import { DATE_TIME_FORMAT, vietnamInstant } from './instant.ts';
import { useProcedures } from './procedures.api.ts';
import { ProcedureVersionCard } from './ProcedureVersionCard.tsx';

interface Values {
  procedureId?: string;
  channel: 'counter' | 'post';
  receivedAt?: Dayjs | null;
  applicant: { name?: string; taxCode?: string; email?: string; phone?: string; address?: string };
  summary?: string;
}

const trimmed = (value: string | undefined) => value?.trim() || undefined;

/**
 * Tiếp nhận hồ sơ: a dossier brought to the counter or sent by post. The procedure's version in
 * force shows its documents checklist, deadline and fee; once saved, the dossier's page opens and
 * offers the receipt and appointment slip (form 01).
 */
export function Component() {
  const { t } = useTranslation(['oneStop', 'common']);
  const navigate = useNavigate();
  const { message } = App.useApp();
  const format = useFormat();
  const canProcess = useCan('onestop.process');
  const board = useBoardChoice();
  const [form] = Form.useForm<Values>();
  const procedures = useProcedures(
    { boardId: board.boardId, page: 1, pageSize: 500 },
    board.boardId !== undefined,
  );
  const procedureId = Form.useWatch('procedureId', form);
  const chosen = procedures.data?.items.find((p) => p.id === procedureId);
  const receive = useReceiveDossier();
  const [problems, setProblems] = useState<string[]>([]);

  async function submit(values: Values) {
    setProblems([]);
    try {
      const dossier = await receive.mutateAsync({
        boardId: board.boardId,
        procedureId: values.procedureId,
        channel: values.channel,
        receivedAt: vietnamInstant(values.receivedAt),
        summary: trimmed(values.summary),
        applicant: {
          name: trimmed(values.applicant.name),
          taxCode: trimmed(values.applicant.taxCode),
          email: trimmed(values.applicant.email),
          phone: trimmed(values.applicant.phone),
          address: trimmed(values.applicant.address),
        },
      });
      void message.success(t('oneStop:receive.done', { code: dossier.code }));
      await navigate(`/one-stop/dossiers/${dossier.id}?received=1`);
    } catch (error) {
      setProblems(applyApiError(form, t, error));
    }
  }

  if (!canProcess) return <Empty description={t('common:errors.FORBIDDEN')} />;

  return (
    <>
      <PageTitle
        title={t('oneStop:receive.title')}
        subtitle={t('oneStop:receive.subtitle')}
        extra={<BoardPicker choice={board} />}
      />
      {!board.boardId ? (
        <Empty description={t('common:boardChoice.needed')} />
      ) : (
        <Row gutter={[16, 16]}>
          <Col xs={24} lg={12}>
            <Card size="small">
              <WriteProblems conflict={false} problems={problems} />
              <Form<Values>
                form={form}
                layout="vertical"
                initialValues={{ channel: 'counter', applicant: {} }}
                onFinish={(values) => void submit(values)}
              >
                <Form.Item
                  name="procedureId"
                  label={t('oneStop:receive.procedure')}
                  rules={[{ required: true, message: t('oneStop:receive.procedurePlaceholder') }]}
                >
                  <Select
                    showSearch={SEARCH_BY_LABEL}
                    loading={procedures.isPending}
                    placeholder={t('oneStop:receive.procedurePlaceholder')}
                    popupMatchSelectWidth={false}
                    options={(procedures.data?.items ?? [])
                      .filter((p) => !p.retiredOn)
                      .map((p) => ({ value: p.id, label: `${p.code} — ${p.name}` }))}
                  />
                </Form.Item>
                <Form.Item name="channel" label={t('oneStop:receive.channel')}>
                  <Radio.Group
                    options={(['counter', 'post'] as const).map((c) => ({
                      value: c,
                      label: t(`oneStop:channels.${c}`),
                    }))}
                  />
                </Form.Item>
                <Form.Item
                  name="receivedAt"
                  label={t('oneStop:receive.receivedAt')}
                  extra={t('oneStop:receive.receivedAtHint')}
                >
                  <DatePicker
                    showTime={{ format: 'HH:mm' }}
                    format={DATE_TIME_FORMAT}
                    style={{ width: '100%' }}
                  />
                </Form.Item>
                <Form.Item
                  name={['applicant', 'name']}
                  label={t('oneStop:fields.applicantName')}
                  rules={[{ required: true, whitespace: true, message: t('oneStop:fields.applicantName') }]}
                >
                  <Input maxLength={300} autoComplete="organization" />
                </Form.Item>
                <Row gutter={12}>
                  <Col xs={24} sm={12}>
                    <Form.Item name={['applicant', 'taxCode']} label={t('oneStop:fields.applicantTaxCode')}>
                      <Input maxLength={20} />
                    </Form.Item>
                  </Col>
                  <Col xs={24} sm={12}>
                    <Form.Item name={['applicant', 'phone']} label={t('oneStop:fields.applicantPhone')}>
                      <Input maxLength={30} autoComplete="tel" />
                    </Form.Item>
                  </Col>
                </Row>
                <Form.Item
                  name={['applicant', 'email']}
                  label={t('oneStop:fields.applicantEmail')}
                  rules={[{ type: 'email', message: t('oneStop:receive.badEmail') }]}
                >
                  <Input maxLength={254} inputMode="email" autoComplete="email" />
                </Form.Item>
                <Form.Item name={['applicant', 'address']} label={t('oneStop:fields.applicantAddress')}>
                  <Input maxLength={500} autoComplete="street-address" />
                </Form.Item>
                <Form.Item name="summary" label={t('oneStop:fields.summary')}>
                  <Input.TextArea maxLength={2000} autoSize={{ minRows: 2, maxRows: 6 }} />
                </Form.Item>
                <Space wrap>
                  <Button type="primary" htmlType="submit" loading={receive.isPending}>
                    {t('oneStop:receive.submit')}
                  </Button>
                  <Button onClick={() => void navigate(-1)}>{t('common:actions.cancel')}</Button>
                </Space>
              </Form>
            </Card>
          </Col>
          <Col xs={24} lg={12}>
            {chosen ? (
              <ProcedureVersionCard
                version={chosen}
                title={`${chosen.code} — ${chosen.name}`}
                extra={t('oneStop:receive.inForce', { date: format.date(chosen.effectiveFrom) })}
              />
            ) : procedures.error ? (
              <Alert type="error" showIcon title={t('common:errors.NETWORK')} />
            ) : null}
          </Col>
        </Row>
      )}
    </>
  );
}
