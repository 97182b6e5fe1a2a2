import { EditOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Descriptions, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage, applyApiError } from '../../shared/errors.ts';
import { WriteProblems } from '../../shared/WriteProblems.tsx';
import { isVersionConflict } from './DossierActions.tsx';
import { useOffice, useSaveOffice, type OneStopOffice } from './procedures.api.ts';

type Values = Partial<Pick<OneStopOffice, 'codePrefix'>> & {
  counterName?: string;
  address?: string;
  phone?: string;
  hours?: string;
};

const FIELDS = ['codePrefix', 'counterName', 'address', 'phone', 'hours'] as const;

/** Bộ phận một cửa: the dossier code prefix and what the slips print (counter, address, phone, hours). */
export function OfficeCard({ boardId, canEdit }: { boardId: string; canEdit: boolean }) {
  const { t } = useTranslation(['oneStop', 'common']);
  const office = useOffice(boardId);
  const [editing, setEditing] = useState(false);
  const data = office.data;
  return (
    <Card
      size="small"
      title={t('oneStop:office.title')}
      loading={office.isPending}
      extra={
        canEdit && data ? (
          <Button size="small" icon={<EditOutlined />} onClick={() => setEditing(true)}>
            {t('oneStop:office.edit')}
          </Button>
        ) : null
      }
    >
      {office.error ? <Alert type="error" showIcon title={errorMessage(t, office.error)} /> : null}
      {data ? (
        <>
          {data.version === null ? (
            <Alert type="info" showIcon style={{ marginBottom: 12 }} title={t('oneStop:office.notSet')} />
          ) : null}
          <Descriptions
            size="small"
            column={{ xs: 1, md: 2 }}
            items={FIELDS.map((key) => ({
              key,
              label: t(`oneStop:office.${key}`),
              children: data[key] ?? '—',
            }))}
          />
        </>
      ) : null}
      {editing && data ? (
        <OfficeModal office={data} onClose={() => setEditing(false)} onReload={() => office.refetch()} />
      ) : null}
    </Card>
  );
}

function OfficeModal({
  office,
  onClose,
  onReload,
}: {
  office: OneStopOffice;
  onClose: () => void;
  onReload: () => Promise<unknown>;
}) {
  const { t } = useTranslation(['oneStop', 'common']);
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const save = useSaveOffice();
  const [problems, setProblems] = useState<string[]>([]);
  const [conflict, setConflict] = useState(false);
  const text = (v: string | undefined) => v?.trim() || null;

  async function submit(values: Values) {
    setProblems([]);
    setConflict(false);
    try {
      await save.mutateAsync({
        boardId: office.boardId,
        version: office.version ?? undefined,
        codePrefix: values.codePrefix?.trim(),
        counterName: text(values.counterName),
        address: text(values.address),
        phone: text(values.phone),
        hours: text(values.hours),
      });
      void message.success(t('oneStop:office.saved'));
      onClose();
    } catch (error) {
      if (isVersionConflict(error)) setConflict(true);
      else setProblems(applyApiError(form, t, error));
    }
  }

  return (
    <Modal
      open
      title={t('oneStop:office.edit')}
      okText={t('common:actions.save')}
      cancelText={t('common:actions.cancel')}
      okButtonProps={{ loading: save.isPending }}
      onOk={() => form.submit()}
      onCancel={onClose}
      mask={{ closable: false }}
      destroyOnHidden
    >
      <WriteProblems conflict={conflict} onReload={() => void onReload().then(onClose)} problems={problems} />
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{
          codePrefix: office.codePrefix,
          counterName: office.counterName ?? undefined,
          address: office.address ?? undefined,
          phone: office.phone ?? undefined,
          hours: office.hours ?? undefined,
        }}
        onFinish={(v) => void submit(v)}
      >
        <Form.Item
          name="codePrefix"
          label={t('oneStop:office.codePrefix')}
          rules={[{ required: true, whitespace: true, message: t('oneStop:office.codePrefix') }]}
        >
          <Input maxLength={30} placeholder="H56.22" />
        </Form.Item>
        <Form.Item name="counterName" label={t('oneStop:office.counterName')}>
          <Input maxLength={300} />
        </Form.Item>
        <Form.Item name="address" label={t('oneStop:office.address')}>
          <Input maxLength={500} />
        </Form.Item>
        <Form.Item name="phone" label={t('oneStop:office.phone')}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="hours" label={t('oneStop:office.hours')}>
          <Input.TextArea maxLength={500} autoSize={{ minRows: 2, maxRows: 4 }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
