import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Empty, Form, Input, InputNumber, Select, Space, Table } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { INITIATIVE_LEVELS, type InitiativeLevel } from '../../../domain/commendation.ts';
import { BoardPicker, useBoardChoice } from '../../app/board-choice.tsx';
import { useCan } from '../../app/session.tsx';
import { DateField } from '../../shared/DateField.tsx';
import { errorMessage } from '../../shared/errors.ts';
import { useFormat } from '../../shared/format.ts';
import { useListParams } from '../../shared/list-params.ts';
import { PageTitle } from '../../shared/PageTitle.tsx';
import { usePhone } from '../../shared/screen.ts';
import { FilterBar } from '../../shared/FilterBar.tsx';
import { FormModal } from '../../shared/FormModal.tsx';
import { SubjectSelect } from './SubjectSelect.tsx';
import { useInitiatives, useSaveInitiative, type Initiative } from './subjects.api.ts';
import { yearOf, YearSelect } from './words.tsx';

const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/** Sáng kiến: the board's initiatives, their authors and the level whose council recognised them. */
export function Component() {
  const { t } = useTranslation(['commendation', 'common']);
  const format = useFormat();
  const phone = usePhone();
  const { message } = App.useApp();
  const canManage = useCan('commendation.manage');
  const board = useBoardChoice();
  const params = useListParams(['year', 'level', 'search'] as const);
  const year = params.values.year ? yearOf(params.values.year, 0) || undefined : undefined;
  const level = INITIATIVE_LEVELS.find((l) => l === one(params.values.level));
  const search = one(params.values.search);
  const initiatives = useInitiatives({
    board: board.board?.code,
    year,
    level,
    search,
    page: params.page,
    pageSize: params.pageSize,
  });
  const [editing, setEditing] = useState<{ initiative?: Initiative } | null>(null);

  return (
    <>
      <PageTitle
        title={t('commendation:initiatives.title')}
        subtitle={t('commendation:initiatives.subtitle')}
        extra={
          <Space wrap>
            <BoardPicker choice={board} />
            {canManage ? (
              <Button
                type="primary"
                icon={<PlusOutlined />}
                disabled={!board.boardId}
                onClick={() => setEditing({})}
              >
                {t('commendation:initiatives.add')}
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
              placeholder={t('commendation:initiatives.search')}
              aria-label={t('commendation:initiatives.search')}
              style={{ width: phone ? '100%' : 280 }}
              onSearch={(value) => params.update({ search: value.trim() || undefined })}
            />
            <YearSelect
              allowClear
              label={t('commendation:fields.year')}
              placeholder={t('commendation:register.allYears')}
              value={year}
              onChange={(y) => params.update({ year: y === undefined ? undefined : String(y) })}
            />
            <Select
              allowClear
              aria-label={t('commendation:fields.level')}
              placeholder={t('commendation:initiatives.allLevels')}
              value={level}
              style={{ width: phone ? '100%' : 160 }}
              onChange={(value?: string) => params.update({ level: value })}
              options={INITIATIVE_LEVELS.map((l) => ({
                value: l,
                label: t(`commendation:initiativeLevels.${l}`),
              }))}
            />
          </FilterBar>
          {initiatives.error ? (
            <Alert
              type="error"
              showIcon
              style={{ marginBottom: 16 }}
              title={errorMessage(t, initiatives.error)}
            />
          ) : null}
          <Table<Initiative>
            rowKey="id"
            size="small"
            loading={initiatives.isFetching}
            dataSource={initiatives.data?.items}
            scroll={{ x: 'max-content' }}
            locale={{ emptyText: t('commendation:initiatives.empty') }}
            pagination={{
              current: params.page,
              pageSize: params.pageSize,
              total: initiatives.data?.total,
              simple: phone,
              showTotal: (total) => t('common:list.total', { total }),
              onChange: (page, pageSize) => params.update({ page, pageSize }),
            }}
            columns={[
              {
                title: t('commendation:fields.initiative'),
                dataIndex: 'title',
                render: (title: string) => <div style={{ minWidth: 220, maxWidth: 440 }}>{title}</div>,
              },
              { title: t('commendation:fields.year'), dataIndex: 'year' },
              {
                title: t('commendation:fields.level'),
                dataIndex: 'level',
                render: (l: InitiativeLevel) => t(`commendation:initiativeLevels.${l}`),
              },
              {
                title: t('commendation:fields.authors'),
                render: (_, row) =>
                  row.authors.map((a, i) => (
                    <Fragment key={a.id}>
                      {i > 0 ? ', ' : ''}
                      <Link to={`/commendation/subjects/${a.id}`}>{a.name}</Link>
                    </Fragment>
                  )),
              },
              {
                title: t('commendation:fields.recognisedBy'),
                render: (_, row) => (
                  <div style={{ minWidth: 160, maxWidth: 320 }}>
                    {row.recognisedBy || '—'}
                    {row.recognisedOn ? ` (${format.date(row.recognisedOn)})` : ''}
                  </div>
                ),
                responsive: ['md'],
              },
              ...(canManage
                ? [
                    {
                      title: '',
                      render: (_: unknown, row: Initiative) => (
                        <Button
                          size="small"
                          type="text"
                          icon={<EditOutlined />}
                          aria-label={t('commendation:initiatives.edit', { title: row.title })}
                          onClick={() => setEditing({ initiative: row })}
                        />
                      ),
                    },
                  ]
                : []),
            ]}
          />
        </>
      )}
      {editing && board.board ? (
        <InitiativeModal
          board={board.board.code}
          initiative={editing.initiative}
          onClose={(saved) => {
            setEditing(null);
            if (saved) void message.success(t('commendation:initiatives.saved'));
          }}
        />
      ) : null}
    </>
  );
}

interface InitiativeValues {
  title: string;
  year: number;
  level: InitiativeLevel;
  recognisedBy?: string;
  recognisedOn: Dayjs | null;
  authorIds: string[];
}

function InitiativeModal({
  board,
  initiative,
  onClose,
}: {
  board: string;
  initiative: Initiative | undefined;
  onClose: (saved?: Initiative) => void;
}) {
  const { t } = useTranslation(['commendation', 'common']);
  const save = useSaveInitiative(initiative);
  return (
    <FormModal<InitiativeValues, Initiative>
      title={initiative ? t('commendation:initiatives.editTitle') : t('commendation:initiatives.addTitle')}
      okText={t('common:actions.save')}
      initialValues={
        initiative
          ? {
              title: initiative.title,
              year: initiative.year,
              level: initiative.level,
              recognisedBy: initiative.recognisedBy,
              recognisedOn: initiative.recognisedOn ? dayjs(initiative.recognisedOn) : null,
              authorIds: initiative.authors.map((a) => a.id),
            }
          : { year: new Date().getFullYear() - 1, level: 'unit', authorIds: [], recognisedOn: null }
      }
      onClose={onClose}
      send={(v) =>
        save.mutateAsync({
          board,
          title: v.title.trim(),
          year: v.year,
          level: v.level,
          recognisedBy: v.recognisedBy?.trim() ?? '',
          recognisedOn: v.recognisedOn?.format('YYYY-MM-DD'),
          authorIds: v.authorIds,
        })
      }
    >
      <Form.Item
        name="title"
        label={t('commendation:fields.initiative')}
        rules={[{ required: true, whitespace: true, message: t('common:fieldErrors.required') }]}
      >
        <Input.TextArea maxLength={1000} autoSize={{ minRows: 2, maxRows: 5 }} />
      </Form.Item>
      <Space wrap>
        <Form.Item name="year" label={t('commendation:initiatives.year')} rules={[{ required: true }]}>
          <InputNumber min={2000} max={2100} style={{ width: 140 }} />
        </Form.Item>
        <Form.Item name="level" label={t('commendation:fields.level')} rules={[{ required: true }]}>
          <Select
            style={{ width: 180 }}
            options={INITIATIVE_LEVELS.map((l) => ({
              value: l,
              label: t(`commendation:initiativeLevels.${l}`),
            }))}
          />
        </Form.Item>
      </Space>
      <Form.Item
        name="recognisedBy"
        label={t('commendation:fields.recognisedBy')}
        extra={t('commendation:initiatives.recognisedByHint')}
      >
        <Input maxLength={500} />
      </Form.Item>
      <Form.Item name="recognisedOn" label={t('commendation:fields.recognisedOn')}>
        <DateField />
      </Form.Item>
      <Form.Item
        name="authorIds"
        label={t('commendation:fields.authors')}
        rules={[{ required: true, message: t('common:fieldErrors.required') }]}
      >
        <SubjectSelect board={board} multiple known={initiative?.authors ?? []} />
      </Form.Item>
    </FormModal>
  );
}
