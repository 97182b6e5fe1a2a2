import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  Empty,
  Form,
  Input,
  Modal,
  Popconfirm,
  Result,
  Row,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCan, useSession } from '../../app/session.tsx';
import { ApiError } from '../../shared/api.ts';
import { applyApiError, errorMessage } from '../../shared/errors.ts';
import { useListParams } from '../../shared/list-params.ts';
import { PageTitle } from '../../shared/PageTitle.tsx';
import { WriteProblems } from '../../shared/WriteProblems.tsx';
import { BlocYearModal } from './BlocYearModal.tsx';
import {
  useBloc,
  useBlocs,
  useDeleteBlocYear,
  useSaveBloc,
  type BlocDetail,
  type BlocSummary,
  type BlocYear,
} from './blocs.api.ts';

/**
 * Khối thi đua (for a national or bloc administrator): the blocs, a bloc created or renamed, and a
 * bloc's years — the members in the bloc's order, the leader and the deputy — set in an editor.
 */
export function Component() {
  const { t } = useTranslation(['blocs', 'common']);
  const allowed = useCan('blocs.manage');
  // Only a national administrator creates a bloc; a bloc administrator manages its own.
  const creates = useSession().scope === 'national';
  const params = useListParams(['code'] as const);
  const blocs = useBlocs();
  const [creating, setCreating] = useState(false);
  const items = blocs.data?.items ?? [];
  const codeParam = typeof params.values.code === 'string' ? params.values.code : undefined;
  const selected = items.find((b) => b.code === codeParam)?.code ?? items[0]?.code;

  if (!allowed) return <Result status="403" title={t('blocs:manage.forbidden')} />;

  return (
    <>
      <PageTitle
        title={t('blocs:manage.title')}
        subtitle={t('blocs:manage.subtitle')}
        extra={
          creates ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
              {t('blocs:manage.create')}
            </Button>
          ) : null
        }
      />
      {blocs.error ? (
        <Alert type="error" showIcon style={{ marginBottom: 16 }} title={errorMessage(t, blocs.error)} />
      ) : null}
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={9}>
          <Table<BlocSummary>
            rowKey="code"
            size="small"
            loading={blocs.isPending}
            dataSource={items}
            pagination={{ pageSize: 20, hideOnSinglePage: true }}
            aria-label={t('blocs:manage.list')}
            locale={{ emptyText: <Empty description={t('blocs:manage.empty')} /> }}
            rowClassName={(b) => (b.code === selected ? 'ant-table-row-selected' : '')}
            onRow={(b) => ({
              onClick: () => params.update({ code: b.code }),
              style: { cursor: 'pointer' },
            })}
            columns={[
              {
                key: 'code',
                title: t('blocs:manage.code'),
                render: (_: unknown, b: BlocSummary) => (
                  <Button
                    type="link"
                    size="small"
                    style={{ padding: 0 }}
                    onClick={() => params.update({ code: b.code })}
                  >
                    {b.code}
                  </Button>
                ),
              },
              { key: 'name', title: t('blocs:manage.name'), dataIndex: 'name' },
              {
                key: 'boards',
                title: t('blocs:manage.boardsNow'),
                align: 'right',
                render: (_: unknown, b: BlocSummary) => b.boards.length,
              },
            ]}
          />
        </Col>
        <Col xs={24} lg={15}>
          {selected ? <BlocCard code={selected} /> : null}
        </Col>
      </Row>
      {creating ? (
        <BlocNameModal
          onClose={(code) => {
            setCreating(false);
            if (code) params.update({ code });
          }}
        />
      ) : null}
    </>
  );
}

/** A bloc: its name (renamed here) and its years, newest first, each editable or removable. */
function BlocCard({ code }: { code: string }) {
  const { t } = useTranslation(['blocs', 'common']);
  const { message } = App.useApp();
  const bloc = useBloc(code);
  const remove = useDeleteBlocYear(code);
  const [renaming, setRenaming] = useState(false);
  const [editing, setEditing] = useState<{ year: BlocYear | null } | null>(null);
  const data = bloc.data;
  const years = [...(data?.years ?? [])].sort((a, b) => b.year - a.year);
  const nameOf = (year: BlocYear, board: string | null) =>
    board ? (year.boards.find((m) => m.code === board)?.name ?? board) : '—';

  async function deleteYear(year: number) {
    try {
      await remove.mutateAsync(year);
      void message.success(t('blocs:manage.yearDeleted', { year }));
    } catch (error) {
      void message.error(errorMessage(t, error));
    }
  }

  return (
    <Card
      size="small"
      loading={bloc.isPending}
      title={data ? `${data.code} — ${data.name}` : code}
      extra={
        data ? (
          <Space wrap>
            <Button size="small" icon={<EditOutlined />} onClick={() => setRenaming(true)}>
              {t('blocs:manage.rename')}
            </Button>
            <Button
              size="small"
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setEditing({ year: null })}
            >
              {t('blocs:manage.addYear')}
            </Button>
          </Space>
        ) : null
      }
    >
      {bloc.error ? <Alert type="error" showIcon title={errorMessage(t, bloc.error)} /> : null}
      {data ? (
        <Table<BlocYear>
          rowKey="year"
          size="small"
          pagination={false}
          dataSource={years}
          scroll={{ x: 'max-content' }}
          aria-label={t('blocs:manage.years')}
          locale={{ emptyText: <Empty description={t('blocs:manage.noYears')} /> }}
          columns={[
            { key: 'year', title: t('blocs:manage.year'), dataIndex: 'year', width: 72 },
            {
              key: 'members',
              title: t('blocs:manage.members'),
              render: (_: unknown, y: BlocYear) => (
                <div style={{ minWidth: 200, maxWidth: 420 }}>
                  {y.boards.map((m, i) => (
                    <Tag
                      key={m.code}
                      color={m.code === y.leader ? 'gold' : m.code === y.deputy ? 'blue' : undefined}
                      title={m.name}
                      style={{ marginBottom: 4 }}
                    >
                      {i + 1}. {m.code}
                    </Tag>
                  ))}
                </div>
              ),
            },
            {
              key: 'leader',
              title: t('blocs:marks.leader'),
              render: (_: unknown, y: BlocYear) => nameOf(y, y.leader),
            },
            {
              key: 'deputy',
              title: t('blocs:marks.deputy'),
              render: (_: unknown, y: BlocYear) => nameOf(y, y.deputy),
            },
            {
              key: 'actions',
              title: t('blocs:manage.actions'),
              render: (_: unknown, y: BlocYear) => (
                <Space>
                  <Button
                    size="small"
                    icon={<EditOutlined />}
                    aria-label={t('blocs:manage.editYear', { year: y.year })}
                    onClick={() => setEditing({ year: y })}
                  />
                  <Popconfirm
                    title={t('blocs:manage.deleteYearConfirm', { year: y.year })}
                    description={t('blocs:manage.deleteYearHint')}
                    okText={t('common:actions.delete')}
                    cancelText={t('common:actions.cancel')}
                    okButtonProps={{ danger: true }}
                    onConfirm={() => deleteYear(y.year)}
                  >
                    <Button
                      size="small"
                      danger
                      icon={<DeleteOutlined />}
                      aria-label={t('blocs:manage.deleteYear', { year: y.year })}
                    />
                  </Popconfirm>
                </Space>
              ),
            },
          ]}
        />
      ) : null}
      {renaming && data ? <BlocNameModal bloc={data} onClose={() => setRenaming(false)} /> : null}
      {editing && data ? (
        <BlocYearModal
          bloc={data}
          year={editing.year}
          onClose={() => setEditing(null)}
          onReload={() => bloc.refetch()}
        />
      ) : null}
    </Card>
  );
}

interface NameValues {
  code: string;
  name: string;
}

/** A new bloc (its code and name), or a bloc renamed. Closes with the bloc's code when saved. */
function BlocNameModal({ bloc, onClose }: { bloc?: BlocDetail; onClose: (code?: string) => void }) {
  const { t } = useTranslation(['blocs', 'common']);
  const { message } = App.useApp();
  const [form] = Form.useForm<NameValues>();
  const save = useSaveBloc();
  const [problems, setProblems] = useState<string[]>([]);
  const [conflict, setConflict] = useState(false);

  async function submit(values: NameValues) {
    setProblems([]);
    setConflict(false);
    const code = bloc ? bloc.code : values.code.trim().toUpperCase();
    try {
      await save.mutateAsync({ code, name: values.name.trim() });
      void message.success(t(bloc ? 'blocs:manage.renamed' : 'blocs:manage.created', { code }));
      onClose(code);
    } catch (error) {
      if (error instanceof ApiError && error.code === 'VERSION_CONFLICT') setConflict(true);
      else if (error instanceof ApiError)
        // The code travels in the address (params.code): its problem goes on the code field.
        setProblems(
          applyApiError(
            form,
            t,
            new ApiError(
              error.status,
              error.code,
              error.message,
              error.details.map((d) => (d.path === 'params.code' ? { ...d, path: 'code' } : d)),
              error.extra,
            ),
          ),
        );
      else setProblems(applyApiError(form, t, error));
    }
  }

  return (
    <Modal
      open
      title={bloc ? t('blocs:manage.renameTitle', { code: bloc.code }) : t('blocs:manage.create')}
      okText={t('common:actions.save')}
      cancelText={t('common:actions.cancel')}
      okButtonProps={{ loading: save.isPending }}
      onOk={() => form.submit()}
      onCancel={() => onClose()}
      mask={{ closable: false }}
      destroyOnHidden
    >
      <WriteProblems conflict={conflict} onReload={() => onClose()} problems={problems} />
      <Form<NameValues>
        form={form}
        layout="vertical"
        initialValues={{ code: bloc?.code ?? '', name: bloc?.name ?? '' }}
        onFinish={(v) => void submit(v)}
      >
        <Form.Item
          name="code"
          label={t('blocs:manage.code')}
          extra={bloc ? undefined : t('blocs:manage.codeHint')}
          rules={[
            { required: true, whitespace: true, message: t('blocs:manage.codeRequired') },
            { pattern: /^[A-Za-z0-9-]{1,16}$/, message: t('blocs:manage.codeHint') },
          ]}
        >
          <Input maxLength={16} disabled={!!bloc} placeholder="DBSH" autoComplete="off" />
        </Form.Item>
        <Form.Item
          name="name"
          label={t('blocs:manage.name')}
          rules={[{ required: true, whitespace: true, message: t('blocs:manage.nameRequired') }]}
        >
          <Input maxLength={300} placeholder={t('blocs:manage.namePlaceholder')} />
        </Form.Item>
      </Form>
      {bloc ? null : <Typography.Text type="secondary">{t('blocs:manage.createHint')}</Typography.Text>}
    </Modal>
  );
}
