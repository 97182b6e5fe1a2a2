import { PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Empty, Form, Input, InputNumber, Select, Space, Switch, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { BoardPicker, useBoardChoice } from '../../app/board-choice.tsx';
import { useCan } from '../../app/session.tsx';
import { errorMessage } from '../../shared/errors.ts';
import { useFormat } from '../../shared/format.ts';
import { useListParams } from '../../shared/list-params.ts';
import { PageTitle } from '../../shared/PageTitle.tsx';
import { usePhone } from '../../shared/screen.ts';
import { FilterBar } from '../../shared/FilterBar.tsx';
import { FormModal } from '../../shared/FormModal.tsx';
import { SubjectSelect } from './SubjectSelect.tsx';
import { useCreateSubject, useSubjects, type Subject, type SubjectKind } from './subjects.api.ts';

const KINDS: SubjectKind[] = ['person', 'collective'];
const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/** Cá nhân, tập thể: the board's persons and collectives, found by name, kind, or who has left. */
export function Component() {
  const { t } = useTranslation(['commendation', 'common']);
  const format = useFormat();
  const phone = usePhone();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const canManage = useCan('commendation.manage');
  const board = useBoardChoice();
  const params = useListParams(['kind', 'search', 'left'] as const);
  const kind = KINDS.find((k) => k === one(params.values.kind));
  const search = one(params.values.search);
  const includeLeft = one(params.values.left) === '1';
  const subjects = useSubjects({
    board: board.board?.code,
    kind,
    search,
    includeLeft,
    page: params.page,
    pageSize: params.pageSize,
  });
  const [creating, setCreating] = useState(false);

  return (
    <>
      <PageTitle
        title={t('commendation:subjects.title')}
        subtitle={t('commendation:subjects.subtitle')}
        extra={
          <Space wrap>
            <BoardPicker choice={board} />
            {canManage ? (
              <Button
                type="primary"
                icon={<PlusOutlined />}
                disabled={!board.boardId}
                onClick={() => setCreating(true)}
              >
                {t('commendation:subjects.add')}
              </Button>
            ) : null}
          </Space>
        }
      />
      {!board.boardId ? (
        <Empty description={t('common:boardChoice.needed')} />
      ) : (
        <>
          <FilterBar phone={phone}>
            <Input.Search
              allowClear
              defaultValue={search}
              key={search ?? ''}
              placeholder={t('commendation:subjects.search')}
              aria-label={t('commendation:subjects.search')}
              style={{ width: phone ? '100%' : 300 }}
              onSearch={(value) => params.update({ search: value.trim() || undefined })}
            />
            <Select
              allowClear
              aria-label={t('commendation:subjects.kind')}
              placeholder={t('commendation:subjects.allKinds')}
              value={kind}
              style={{ width: phone ? '100%' : 160 }}
              onChange={(value?: string) => params.update({ kind: value })}
              options={KINDS.map((k) => ({ value: k, label: t(`commendation:kinds.${k}`) }))}
            />
            <Space>
              <Switch
                checked={includeLeft}
                aria-label={t('commendation:subjects.includeLeft')}
                onChange={(on) => params.update({ left: on ? '1' : undefined })}
              />
              {t('commendation:subjects.includeLeft')}
            </Space>
          </FilterBar>
          {subjects.error ? (
            <Alert
              type="error"
              showIcon
              style={{ marginBottom: 16 }}
              title={errorMessage(t, subjects.error)}
            />
          ) : null}
          <Table<Subject>
            rowKey="id"
            size="small"
            loading={subjects.isFetching}
            dataSource={subjects.data?.items}
            scroll={{ x: 'max-content' }}
            locale={{ emptyText: t('commendation:subjects.empty') }}
            pagination={{
              current: params.page,
              pageSize: params.pageSize,
              total: subjects.data?.total,
              simple: phone,
              showTotal: (total) => t('common:list.total', { total }),
              onChange: (page, pageSize) => params.update({ page, pageSize }),
            }}
            columns={[
              {
                title: t('commendation:fields.name'),
                dataIndex: 'name',
                render: (name: string, row) => <Link to={`/commendation/subjects/${row.id}`}>{name}</Link>,
              },
              {
                title: t('commendation:fields.kind'),
                dataIndex: 'kind',
                render: (k: SubjectKind) => (
                  <Tag color={k === 'person' ? 'blue' : 'purple'}>{t(`commendation:kinds.${k}`)}</Tag>
                ),
              },
              {
                title: t('commendation:fields.position'),
                dataIndex: 'position',
                render: (p: string) => p || '—',
              },
              {
                title: t('commendation:fields.collective'),
                render: (_, row) => row.collective?.name ?? '—',
                responsive: ['md'],
              },
              {
                title: t('commendation:fields.birthYear'),
                dataIndex: 'birthYear',
                render: (y: number | null) => y ?? '—',
                responsive: ['lg'],
              },
              {
                title: t('commendation:fields.leftOn'),
                dataIndex: 'leftOn',
                render: (d: string | null) => (d ? format.date(d) : '—'),
                responsive: ['lg'],
              },
            ]}
          />
        </>
      )}
      {creating && board.board ? (
        <SubjectModal
          board={board.board.code}
          onClose={(subject) => {
            setCreating(false);
            if (subject) {
              void message.success(t('commendation:subjects.added', { name: subject.name }));
              void navigate(`/commendation/subjects/${subject.id}`);
            }
          }}
        />
      ) : null}
    </>
  );
}

interface SubjectValues {
  kind: SubjectKind;
  name: string;
  position?: string;
  collectiveId?: string;
  birthYear?: number | null;
}

/** Thêm cá nhân, tập thể: kind, name, position (or what the collective is), collective, year of birth. */
function SubjectModal({ board, onClose }: { board: string; onClose: (subject?: Subject) => void }) {
  const { t } = useTranslation(['commendation', 'common']);
  const create = useCreateSubject();
  return (
    <FormModal<SubjectValues, Subject>
      title={t('commendation:subjects.addTitle')}
      okText={t('commendation:subjects.add')}
      initialValues={{ kind: 'person' }}
      onClose={onClose}
      send={(v) =>
        create.mutateAsync({
          board,
          kind: v.kind,
          name: v.name.trim(),
          position: v.position?.trim() || undefined,
          collectiveId: v.kind === 'person' ? v.collectiveId : undefined,
          birthYear: v.kind === 'person' ? (v.birthYear ?? undefined) : undefined,
        })
      }
    >
      <Form.Item name="kind" label={t('commendation:fields.kind')}>
        <Select options={KINDS.map((k) => ({ value: k, label: t(`commendation:kinds.${k}`) }))} />
      </Form.Item>
      <Form.Item
        name="name"
        label={t('commendation:fields.name')}
        rules={[{ required: true, whitespace: true, message: t('common:fieldErrors.required') }]}
      >
        <Input maxLength={300} autoComplete="off" />
      </Form.Item>
      <Form.Item
        name="position"
        label={t('commendation:fields.position')}
        extra={t('commendation:subjects.positionHint')}
      >
        <Input maxLength={300} />
      </Form.Item>
      <Form.Item noStyle dependencies={['kind']}>
        {({ getFieldValue }) =>
          getFieldValue('kind') === 'person' ? (
            <>
              <Form.Item name="collectiveId" label={t('commendation:fields.collective')}>
                <SubjectSelect board={board} kind="collective" allowClear />
              </Form.Item>
              <Form.Item name="birthYear" label={t('commendation:fields.birthYear')}>
                <InputNumber min={1900} max={2100} style={{ width: 140 }} />
              </Form.Item>
            </>
          ) : null
        }
      </Form.Item>
    </FormModal>
  );
}
