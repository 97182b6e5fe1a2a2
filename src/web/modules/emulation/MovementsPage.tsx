import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Form, Input, Popconfirm, Select, Space, Table, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useBoardChoice } from '../../app/board-choice.tsx';
import { useCan, useSession } from '../../app/session.tsx';
import { DateField } from '../../shared/DateField.tsx';
import { errorMessage } from '../../shared/errors.ts';
import { useFormat } from '../../shared/format.ts';
import { useListParams } from '../../shared/list-params.ts';
import { PageTitle } from '../../shared/PageTitle.tsx';
import { usePhone } from '../../shared/screen.ts';
import {
  MOVEMENT_KINDS,
  useBlocs,
  useDeleteMovement,
  useMovements,
  useSaveMovement,
  type Movement,
  type MovementKind,
} from './emulation.api.ts';
import { FilterBar } from '../../shared/FilterBar.tsx';
import { FormModal } from '../../shared/FormModal.tsx';

const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

function yearOptions() {
  const now = new Date().getFullYear();
  return Array.from({ length: 10 }, (_, i) => now + 1 - i).map((y) => ({ value: y, label: String(y) }));
}

/**
 * Phong trào thi đua: the movements of the user's board and of its blocs (name, organiser, kind,
 * period, content), by year; staff launch, correct or delete their board's, the bloc's leader the
 * bloc's.
 */
export function Component() {
  const { t } = useTranslation(['emulation', 'common']);
  const format = useFormat();
  const phone = usePhone();
  const { message } = App.useApp();
  const canManage = useCan('emulation.manage');
  const params = useListParams(['year', 'owner'] as const);
  const yearText = Number(one(params.values.year));
  const year = Number.isInteger(yearText) && yearText > 1990 ? yearText : undefined;
  const owner = one(params.values.owner);
  const [ownerKind, ownerCode] = owner?.split(':') ?? [];
  const movements = useMovements({
    year,
    board: ownerKind === 'board' ? ownerCode : undefined,
    bloc: ownerKind === 'bloc' ? ownerCode : undefined,
    page: params.page,
    pageSize: params.pageSize,
  });
  const owners = useOwners();
  const remove = useDeleteMovement();
  const [editing, setEditing] = useState<{ movement?: Movement } | null>(null);

  return (
    <>
      <PageTitle
        title={t('emulation:movements.title')}
        subtitle={t('emulation:movements.subtitle')}
        extra={
          canManage ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({})}>
              {t('emulation:movements.add')}
            </Button>
          ) : null
        }
      />
      <FilterBar phone={phone}>
        <Select<number>
          allowClear
          aria-label={t('emulation:movements.year')}
          placeholder={t('emulation:movements.allYears')}
          value={year}
          style={{ width: phone ? '100%' : 140 }}
          onChange={(y?: number) => params.update({ year: y === undefined ? undefined : String(y) })}
          options={yearOptions()}
        />
        <Select
          allowClear
          aria-label={t('emulation:movements.owner')}
          placeholder={t('emulation:movements.allOwners')}
          value={owner}
          style={{ width: phone ? '100%' : 300 }}
          popupMatchSelectWidth={false}
          onChange={(value?: string) => params.update({ owner: value })}
          options={owners}
        />
      </FilterBar>
      {movements.error ? (
        <Alert type="error" showIcon style={{ marginBottom: 16 }} title={errorMessage(t, movements.error)} />
      ) : null}
      <Table<Movement>
        rowKey="id"
        size="small"
        loading={movements.isFetching}
        dataSource={movements.data?.items}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: t('emulation:movements.empty') }}
        expandable={{
          rowExpandable: (row) => row.content.length > 0,
          expandedRowRender: (row) => (
            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0, maxWidth: 900 }}>
              {row.content}
            </Typography.Paragraph>
          ),
        }}
        pagination={{
          current: params.page,
          pageSize: params.pageSize,
          total: movements.data?.total,
          simple: phone,
          showTotal: (total) => t('common:list.total', { total }),
          onChange: (page, pageSize) => params.update({ page, pageSize }),
        }}
        columns={[
          {
            title: t('emulation:fields.name'),
            dataIndex: 'name',
            render: (name: string) => (
              <div style={{ minWidth: 200, maxWidth: 420 }}>
                <Typography.Text strong>{name}</Typography.Text>
              </div>
            ),
          },
          {
            title: t('emulation:fields.organiser'),
            render: (_, row) => (
              <div style={{ minWidth: 160, maxWidth: 300 }}>
                {row.organiser}
                <div>
                  {row.bloc ? (
                    <Tag color="purple">{t('emulation:movements.ofBloc', { code: row.bloc })}</Tag>
                  ) : (
                    <Tag>{t('emulation:movements.ofBoard', { code: row.board })}</Tag>
                  )}
                </div>
              </div>
            ),
            responsive: ['md'],
          },
          {
            title: t('emulation:fields.kind'),
            dataIndex: 'kind',
            render: (k: MovementKind) => t(`emulation:movementKinds.${k}`),
          },
          {
            title: t('emulation:fields.period'),
            render: (_, row) => `${format.date(row.startsOn)} – ${format.date(row.endsOn)}`,
          },
          ...(canManage
            ? [
                {
                  title: '',
                  render: (_: unknown, row: Movement) => (
                    <Space size={0}>
                      <Button
                        size="small"
                        type="text"
                        icon={<EditOutlined />}
                        aria-label={t('emulation:movements.edit', { name: row.name })}
                        onClick={() => setEditing({ movement: row })}
                      />
                      <Popconfirm
                        title={t('emulation:movements.deleteConfirm')}
                        okText={t('common:actions.delete')}
                        cancelText={t('common:actions.cancel')}
                        onConfirm={() =>
                          remove.mutateAsync(row).then(
                            () => void message.success(t('emulation:movements.deleted')),
                            (error: unknown) => void message.error(errorMessage(t, error)),
                          )
                        }
                      >
                        <Button
                          size="small"
                          type="text"
                          danger
                          icon={<DeleteOutlined />}
                          aria-label={t('emulation:movements.delete', { name: row.name })}
                        />
                      </Popconfirm>
                    </Space>
                  ),
                },
              ]
            : []),
        ]}
      />
      {editing ? (
        <MovementModal
          movement={editing.movement}
          owners={owners}
          onClose={(saved) => {
            setEditing(null);
            if (saved) void message.success(t('emulation:movements.saved'));
          }}
        />
      ) : null}
    </>
  );
}

/** Who may organise a movement the user sees: their board(s) and their blocs, as "board:TB", "bloc:DBSH". */
function useOwners() {
  const { t } = useTranslation('emulation');
  const me = useSession();
  const blocs = useBlocs();
  return [
    ...me.visibleBoards.map((b) => ({
      value: `board:${b.code}`,
      label: t('emulation:movements.boardOwner', { name: b.name }),
    })),
    ...(blocs.data?.items ?? []).map((b) => ({
      value: `bloc:${b.code}`,
      label: t('emulation:movements.blocOwner', { name: b.name }),
    })),
  ];
}

interface MovementValues {
  owner: string;
  name: string;
  organiser: string;
  kind: MovementKind;
  startsOn: Dayjs | null;
  endsOn: Dayjs | null;
  content?: string;
}

function MovementModal({
  movement,
  owners,
  onClose,
}: {
  movement: Movement | undefined;
  owners: { value: string; label: string }[];
  onClose: (saved?: Movement) => void;
}) {
  const { t } = useTranslation(['emulation', 'common']);
  const board = useBoardChoice();
  const save = useSaveMovement(movement);
  const year = new Date().getFullYear();
  return (
    <FormModal<MovementValues, Movement>
      title={movement ? t('emulation:movements.editTitle') : t('emulation:movements.addTitle')}
      okText={t('common:actions.save')}
      width={640}
      initialValues={
        movement
          ? {
              owner: movement.bloc ? `bloc:${movement.bloc}` : `board:${movement.board}`,
              name: movement.name,
              organiser: movement.organiser,
              kind: movement.kind,
              startsOn: dayjs(movement.startsOn),
              endsOn: dayjs(movement.endsOn),
              content: movement.content,
            }
          : {
              owner: board.board ? `board:${board.board.code}` : owners[0]?.value,
              organiser: board.board?.name ?? '',
              kind: 'regular',
              startsOn: dayjs(`${year}-01-01`),
              endsOn: dayjs(`${year}-12-31`),
            }
      }
      onClose={onClose}
      send={(v) => {
        const [kind, code] = v.owner.split(':');
        return save.mutateAsync({
          ...(kind === 'bloc' ? { bloc: code } : { board: code }),
          name: v.name.trim(),
          organiser: v.organiser.trim(),
          kind: v.kind,
          startsOn: v.startsOn?.format('YYYY-MM-DD') ?? '',
          endsOn: v.endsOn?.format('YYYY-MM-DD') ?? '',
          content: v.content?.trim() ?? '',
        });
      }}
    >
      <Form.Item name="owner" label={t('emulation:movements.owner')} rules={[{ required: true }]}>
        <Select options={owners} disabled={movement !== undefined} popupMatchSelectWidth={false} />
      </Form.Item>
      <Form.Item
        name="name"
        label={t('emulation:fields.name')}
        rules={[{ required: true, whitespace: true, message: t('common:fieldErrors.required') }]}
      >
        <Input.TextArea maxLength={500} autoSize={{ minRows: 1, maxRows: 4 }} />
      </Form.Item>
      <Form.Item
        name="organiser"
        label={t('emulation:fields.organiser')}
        rules={[{ required: true, whitespace: true, message: t('common:fieldErrors.required') }]}
      >
        <Input maxLength={300} />
      </Form.Item>
      <Form.Item name="kind" label={t('emulation:fields.kind')}>
        <Select
          options={MOVEMENT_KINDS.map((k) => ({ value: k, label: t(`emulation:movementKinds.${k}`) }))}
        />
      </Form.Item>
      <Space wrap>
        <Form.Item
          name="startsOn"
          label={t('emulation:fields.startsOn')}
          rules={[{ required: true, message: t('common:fieldErrors.required') }]}
        >
          <DateField />
        </Form.Item>
        <Form.Item
          name="endsOn"
          label={t('emulation:fields.endsOn')}
          rules={[{ required: true, message: t('common:fieldErrors.required') }]}
        >
          <DateField />
        </Form.Item>
      </Space>
      <Form.Item name="content" label={t('emulation:fields.content')}>
        <Input.TextArea maxLength={20000} autoSize={{ minRows: 3, maxRows: 12 }} />
      </Form.Item>
    </FormModal>
  );
}
