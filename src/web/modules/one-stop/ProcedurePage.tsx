import { EditOutlined, PlusOutlined, StopOutlined } from '@ant-design/icons';
import { App, Button, Flex, Form, Modal, Result, Space, Spin, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { vietnamToday } from '../../../domain/calendar-date.ts';
import { useCan } from '../../app/session.tsx';
import { DateField } from '../../shared/DateField.tsx';
import { applyApiError, errorMessage } from '../../shared/errors.ts';
import { useFormat } from '../../shared/format.ts';
import { PageTitle } from '../../shared/PageTitle.tsx';
import { WriteProblems } from '../../shared/WriteProblems.tsx';
import { isVersionConflict } from './DossierActions.tsx';
import { ProcedureFormModal, type ProcedureFormMode } from './ProcedureFormModal.tsx';
import {
  currentVersion,
  useProcedure,
  useRetireProcedure,
  type ProcedureDetail,
  type ProcedureVersion,
} from './procedures.api.ts';
import { ProcedureVersionCard } from './ProcedureVersionCard.tsx';
import { OnlineLevelTag } from './words.tsx';

/** Đang áp dụng, sắp có hiệu lực, đã thay thế: a version's place among the others today. */
function versionState(
  procedure: ProcedureDetail,
  version: ProcedureVersion,
): 'inForce' | 'upcoming' | 'superseded' {
  if (version.effectiveFrom > vietnamToday()) return 'upcoming';
  return procedure.currentVersionId === version.id ? 'inForce' : 'superseded';
}

const STATE_COLORS = { inForce: 'green', upcoming: 'gold', superseded: 'default' } as const;

/** A procedure of the catalogue: its versions by effective date; add a version, correct one, retire. */
export function Component() {
  const { id = '' } = useParams();
  const { t } = useTranslation(['oneStop', 'common']);
  const format = useFormat();
  const canProcess = useCan('onestop.process');
  const procedure = useProcedure(id);
  const [mode, setMode] = useState<ProcedureFormMode | null>(null);
  const [retiring, setRetiring] = useState(false);

  if (procedure.isPending) return <Spin />;
  if (procedure.error) return <Result status="warning" title={errorMessage(t, procedure.error)} />;
  const p = procedure.data;
  const current = currentVersion(p);
  const name = current?.name ?? p.versions[0]?.name ?? p.code;

  return (
    <>
      <PageTitle
        title={name}
        subtitle={
          <Space size={8} wrap>
            <span>{p.code}</span>
            {current ? <OnlineLevelTag level={current.onlineLevel} /> : null}
            {p.retiredOn ? (
              <Tag color="red">
                {t('oneStop:procedures.retiredOn')} {format.date(p.retiredOn)}
              </Tag>
            ) : null}
          </Space>
        }
        extra={
          canProcess ? (
            <Space wrap>
              <Button icon={<PlusOutlined />} onClick={() => setMode({ kind: 'add-version', procedure: p })}>
                {t('oneStop:procedures.addVersion')}
              </Button>
              <Button danger icon={<StopOutlined />} onClick={() => setRetiring(true)}>
                {t('oneStop:procedures.retire')}
              </Button>
            </Space>
          ) : null
        }
      />
      <Typography.Title level={4}>{t('oneStop:procedures.versions')}</Typography.Title>
      {p.versions.length === 0 ? <Typography.Text>{t('oneStop:procedures.none')}</Typography.Text> : null}
      <Flex vertical gap={16}>
        {p.versions.map((version) => {
          const state = versionState(p, version);
          return (
            <ProcedureVersionCard
              key={version.id}
              version={version}
              title={
                <Space wrap size={8}>
                  <span>
                    {t('oneStop:procedures.effectiveFrom')} {format.date(version.effectiveFrom)}
                  </span>
                  <Tag color={STATE_COLORS[state]}>{t(`oneStop:procedures.${state}`)}</Tag>
                </Space>
              }
              extra={
                canProcess ? (
                  <Button
                    size="small"
                    icon={<EditOutlined />}
                    onClick={() => setMode({ kind: 'correct', procedure: p, version })}
                  >
                    {t('oneStop:procedures.correctVersion')}
                  </Button>
                ) : null
              }
            />
          );
        })}
      </Flex>
      {mode ? (
        <ProcedureFormModal mode={mode} onClose={() => setMode(null)} onReload={() => procedure.refetch()} />
      ) : null}
      {retiring ? (
        <RetireModal procedure={p} onClose={() => setRetiring(false)} onReload={() => procedure.refetch()} />
      ) : null}
    </>
  );
}

function RetireModal({
  procedure,
  onClose,
  onReload,
}: {
  procedure: ProcedureDetail;
  onClose: () => void;
  onReload: () => Promise<unknown>;
}) {
  const { t } = useTranslation(['oneStop', 'common']);
  const { message } = App.useApp();
  const [form] = Form.useForm<{ retiredOn?: Dayjs | null }>();
  const retire = useRetireProcedure(procedure.id);
  const [problems, setProblems] = useState<string[]>([]);
  const [conflict, setConflict] = useState(false);

  async function submit(values: { retiredOn?: Dayjs | null }) {
    setProblems([]);
    setConflict(false);
    try {
      await retire.mutateAsync({
        version: procedure.version,
        retiredOn: values.retiredOn ? values.retiredOn.format('YYYY-MM-DD') : null,
      });
      void message.success(t('oneStop:procedures.saved'));
      onClose();
    } catch (error) {
      if (isVersionConflict(error)) setConflict(true);
      else setProblems(applyApiError(form, t, error));
    }
  }

  return (
    <Modal
      open
      title={t('oneStop:procedures.retire')}
      okText={t('oneStop:procedures.retire')}
      cancelText={t('common:actions.cancel')}
      okButtonProps={{ danger: true, loading: retire.isPending }}
      onOk={() => form.submit()}
      onCancel={onClose}
      mask={{ closable: false }}
      destroyOnHidden
    >
      <WriteProblems conflict={conflict} onReload={() => void onReload().then(onClose)} problems={problems} />
      <Typography.Paragraph type="secondary">{t('oneStop:procedures.retireConfirm')}</Typography.Paragraph>
      <Form
        form={form}
        layout="vertical"
        initialValues={{ retiredOn: procedure.retiredOn ? dayjs(procedure.retiredOn) : dayjs() }}
        onFinish={(v) => void submit(v)}
      >
        <Form.Item name="retiredOn" label={t('oneStop:procedures.retiredOn')}>
          <DateField />
        </Form.Item>
      </Form>
    </Modal>
  );
}
