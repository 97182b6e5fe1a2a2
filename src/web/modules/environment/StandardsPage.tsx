import {
  CopyOutlined,
  DeleteOutlined,
  EditOutlined,
  MinusCircleOutlined,
  PlusOutlined,
} from '@ant-design/icons';
import { Alert, App, Button, Card, Checkbox, Empty, Form, Input, Popconfirm, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BoardPicker, useBoardChoice } from '../../app/board-choice.tsx';
import { useCan } from '../../app/session.tsx';
import { errorMessage } from '../../shared/errors.ts';
import { useFormat } from '../../shared/format.ts';
import { FormModal } from '../../shared/FormModal.tsx';
import { PageTitle } from '../../shared/PageTitle.tsx';
import {
  useCopyBuiltin,
  useDeleteStandard,
  useStandards,
  useUpdateStandard,
  type DischargeStandard,
  type StandardParameter,
} from './environment.api.ts';
import { decimalText } from './PlantForm.tsx';

/** Quy chuẩn xả thải: the board's standards, copied from QCVN 40:2011 A/B, their parameters edited. */
export function Component() {
  const { t } = useTranslation(['environment', 'common']);
  const format = useFormat();
  const { message } = App.useApp();
  const canManage = useCan('environment.manage');
  const board = useBoardChoice();
  const standards = useStandards(board.board?.code, board.boardId !== undefined);
  const copy = useCopyBuiltin();
  const remove = useDeleteStandard();
  const [editing, setEditing] = useState<DischargeStandard | null>(null);
  const owned = new Set((standards.data ?? []).map((s) => s.code));

  const copyBuiltin = (code: string) =>
    copy
      .mutateAsync({ board: board.board?.code, code })
      .then(() => void message.success(t('environment:standards.copied')))
      .catch((error: unknown) => void message.error(errorMessage(t, error)));

  const limit = (p: StandardParameter) =>
    p.minValue !== null && p.maxValue !== null
      ? `${format.number(p.minValue)} – ${format.number(p.maxValue)}`
      : p.maxValue !== null
        ? `≤ ${format.number(p.maxValue)}`
        : `≥ ${format.number(p.minValue ?? '0')}`;

  return (
    <>
      <PageTitle
        title={t('environment:standards.title')}
        subtitle={t('environment:standards.subtitle')}
        extra={
          <Space wrap>
            <BoardPicker choice={board} />
            {canManage && board.boardId ? (
              <>
                <Button
                  icon={<CopyOutlined />}
                  disabled={owned.has('QCVN40-2011-A')}
                  loading={copy.isPending}
                  onClick={() => void copyBuiltin('QCVN40-2011-A')}
                >
                  {t('environment:standards.copyA')}
                </Button>
                <Button
                  icon={<CopyOutlined />}
                  disabled={owned.has('QCVN40-2011-B')}
                  loading={copy.isPending}
                  onClick={() => void copyBuiltin('QCVN40-2011-B')}
                >
                  {t('environment:standards.copyB')}
                </Button>
              </>
            ) : null}
          </Space>
        }
      />
      {!board.boardId ? <Empty description={t('common:boardChoice.needed')} /> : null}
      {standards.error ? <Alert type="error" showIcon title={errorMessage(t, standards.error)} /> : null}
      {standards.data?.length === 0 ? <Empty description={t('environment:standards.empty')} /> : null}
      {(standards.data ?? []).map((s) => (
        <Card
          key={s.id}
          size="small"
          style={{ marginBottom: 16 }}
          title={s.name}
          extra={
            canManage ? (
              <Space wrap>
                <Button size="small" icon={<EditOutlined />} onClick={() => setEditing(s)}>
                  {t('environment:standards.editParameters')}
                </Button>
                <Popconfirm
                  title={t('environment:standards.deleteConfirm')}
                  onConfirm={() =>
                    remove
                      .mutateAsync({ id: s.id, version: s.version })
                      .then(() => void message.success(t('environment:standards.deleted')))
                      .catch((error: unknown) => void message.error(errorMessage(t, error)))
                  }
                >
                  <Button size="small" danger icon={<DeleteOutlined />} disabled={s.plantCount > 0}>
                    {t('environment:standards.delete')}
                  </Button>
                </Popconfirm>
              </Space>
            ) : null
          }
        >
          <Space wrap style={{ marginBottom: 8 }}>
            <Tag>{s.code}</Tag>
            <span>{s.source}</span>
            <span>
              {t('environment:standards.plantCount')}: {s.plantCount}
            </span>
          </Space>
          <Table<StandardParameter>
            rowKey="code"
            size="small"
            pagination={false}
            scroll={{ x: 'max-content' }}
            dataSource={s.parameters}
            columns={[
              { title: t('environment:fields.code'), dataIndex: 'code', responsive: ['md'] },
              { title: t('environment:fields.parameter'), dataIndex: 'name' },
              { title: t('environment:fields.unit'), dataIndex: 'unit' },
              { title: t('environment:fields.limit'), render: (_, p) => limit(p) },
              {
                title: t('environment:fields.appliesKqKf'),
                dataIndex: 'appliesKqKf',
                render: (v: boolean) => (v ? '✓' : '—'),
              },
            ]}
          />
        </Card>
      ))}
      {editing ? <ParametersModal standard={editing} onClose={() => setEditing(null)} /> : null}
    </>
  );
}

interface ParameterValues {
  code: string;
  name: string;
  unit: string;
  minValue?: string | null;
  maxValue?: string | null;
  appliesKqKf?: boolean;
}

function ParametersModal({ standard, onClose }: { standard: DischargeStandard; onClose: () => void }) {
  const { t } = useTranslation(['environment', 'common']);
  const { message } = App.useApp();
  const update = useUpdateStandard(standard.id);
  return (
    <FormModal<{ name: string; source?: string; parameters: ParameterValues[] }>
      title={`${t('environment:standards.editParameters')}: ${standard.name}`}
      okText={t('common:actions.save')}
      width={900}
      initialValues={{ name: standard.name, source: standard.source, parameters: standard.parameters }}
      send={(v) =>
        update.mutateAsync({
          version: standard.version,
          name: v.name,
          source: v.source ?? '',
          parameters: v.parameters.map((p) => ({
            code: p.code,
            name: p.name,
            unit: p.unit,
            minValue: decimalText(p.minValue),
            maxValue: decimalText(p.maxValue),
            appliesKqKf: p.appliesKqKf ?? false,
          })),
        })
      }
      onClose={(saved) => {
        onClose();
        if (saved) void message.success(t('environment:standards.saved'));
      }}
    >
      <Form.Item name="name" label={t('environment:fields.name')} rules={[{ required: true }]}>
        <Input maxLength={300} />
      </Form.Item>
      <Form.Item name="source" label={t('environment:fields.source')}>
        <Input maxLength={1000} />
      </Form.Item>
      <Form.List name="parameters">
        {(fields, { add, remove }) => (
          <>
            {fields.map((field) => (
              <Space key={field.key} wrap align="start" style={{ marginBottom: 4 }}>
                <Form.Item name={[field.name, 'code']} rules={[{ required: true }]} noStyle>
                  <Input placeholder={t('environment:fields.code')} style={{ width: 100 }} />
                </Form.Item>
                <Form.Item name={[field.name, 'name']} rules={[{ required: true }]} noStyle>
                  <Input placeholder={t('environment:fields.parameter')} style={{ width: 200 }} />
                </Form.Item>
                <Form.Item name={[field.name, 'unit']} rules={[{ required: true }]} noStyle>
                  <Input placeholder={t('environment:fields.unit')} style={{ width: 90 }} />
                </Form.Item>
                <Form.Item name={[field.name, 'minValue']} noStyle>
                  <Input
                    inputMode="decimal"
                    placeholder={t('environment:fields.minValue')}
                    style={{ width: 90 }}
                  />
                </Form.Item>
                <Form.Item name={[field.name, 'maxValue']} noStyle>
                  <Input
                    inputMode="decimal"
                    placeholder={t('environment:fields.maxValue')}
                    style={{ width: 90 }}
                  />
                </Form.Item>
                <Form.Item name={[field.name, 'appliesKqKf']} valuePropName="checked" noStyle>
                  <Checkbox>{t('environment:fields.appliesKqKf')}</Checkbox>
                </Form.Item>
                <Button
                  type="text"
                  aria-label={t('common:actions.delete')}
                  icon={<MinusCircleOutlined />}
                  onClick={() => remove(field.name)}
                />
              </Space>
            ))}
            <Button icon={<PlusOutlined />} onClick={() => add({ appliesKqKf: true })}>
              {t('environment:standards.addParameter')}
            </Button>
          </>
        )}
      </Form.List>
    </FormModal>
  );
}
