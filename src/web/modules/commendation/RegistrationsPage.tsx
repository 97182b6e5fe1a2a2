import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Empty, Form, Popconfirm, Select, Space, Table, Tag } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { AWARD_CODES, type AwardCode } from '../../../domain/commendation.ts';
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
import {
  useCreateRegistration,
  useDeleteRegistration,
  useRegistrations,
  type Registration,
  type SubjectKind,
} from './subjects.api.ts';
import { AwardSelect, useAwardOptions, useAwardWords, yearOf, YearSelect } from './words.tsx';

const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/**
 * Đăng ký thi đua: the titles the board's persons and collectives registered for at the start of
 * a year, and whether a decision has since recorded them.
 */
export function Component() {
  const { t } = useTranslation(['commendation', 'common']);
  const format = useFormat();
  const phone = usePhone();
  const word = useAwardWords();
  const { message } = App.useApp();
  const canManage = useCan('commendation.manage');
  const board = useBoardChoice();
  const params = useListParams(['year', 'award', 'kind'] as const);
  const year = yearOf(params.values.year, new Date().getFullYear());
  const award = AWARD_CODES.find((a) => a === one(params.values.award));
  const kind = (['person', 'collective'] as const).find((k) => k === one(params.values.kind));
  const registrations = useRegistrations({
    board: board.board?.code,
    year,
    award,
    kind,
    page: params.page,
    pageSize: params.pageSize,
  });
  const remove = useDeleteRegistration();
  const [adding, setAdding] = useState(false);

  return (
    <>
      <PageTitle
        title={t('commendation:registrations.title', { year })}
        subtitle={t('commendation:registrations.subtitle')}
        extra={
          <Space wrap>
            <BoardPicker choice={board} />
            <YearSelect
              label={t('commendation:fields.year')}
              value={year}
              onChange={(y) => params.update({ year: y === undefined ? undefined : String(y) })}
            />
            {canManage ? (
              <Button
                type="primary"
                icon={<PlusOutlined />}
                disabled={!board.boardId}
                onClick={() => setAdding(true)}
              >
                {t('commendation:registrations.add')}
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
            <AwardSelect
              allowClear
              aria-label={t('commendation:fields.award')}
              placeholder={t('commendation:registrations.allAwards')}
              value={award}
              style={{ width: phone ? '100%' : 280 }}
              onChange={(value) => params.update({ award: value })}
            />
            <Select
              allowClear
              aria-label={t('commendation:subjects.kind')}
              placeholder={t('commendation:subjects.allKinds')}
              value={kind}
              style={{ width: phone ? '100%' : 160 }}
              onChange={(value?: string) => params.update({ kind: value })}
              options={(['person', 'collective'] as const).map((k) => ({
                value: k,
                label: t(`commendation:kinds.${k}`),
              }))}
            />
          </FilterBar>
          {registrations.error ? (
            <Alert
              type="error"
              showIcon
              style={{ marginBottom: 16 }}
              title={errorMessage(t, registrations.error)}
            />
          ) : null}
          <Table<Registration>
            rowKey="id"
            size="small"
            loading={registrations.isFetching}
            dataSource={registrations.data?.items}
            scroll={{ x: 'max-content' }}
            locale={{ emptyText: t('commendation:registrations.empty', { year }) }}
            pagination={{
              current: params.page,
              pageSize: params.pageSize,
              total: registrations.data?.total,
              simple: phone,
              showTotal: (total) => t('common:list.total', { total }),
              onChange: (page, pageSize) => params.update({ page, pageSize }),
            }}
            columns={[
              {
                title: t('commendation:fields.subject'),
                render: (_, row) => (
                  <Link to={`/commendation/subjects/${row.subject.id}`}>{row.subject.name}</Link>
                ),
              },
              {
                title: t('commendation:fields.kind'),
                render: (_, row) => t(`commendation:kinds.${row.subject.kind}`),
                responsive: ['md'],
              },
              {
                title: t('commendation:fields.award'),
                dataIndex: 'award',
                render: (a: AwardCode) => word(a),
              },
              {
                title: t('commendation:fields.registeredOn'),
                dataIndex: 'registeredOn',
                render: (d: string) => format.date(d),
                responsive: ['md'],
              },
              {
                title: t('commendation:registrations.result'),
                dataIndex: 'decided',
                render: (decided: boolean) =>
                  decided ? (
                    <Tag color="green">{t('commendation:registrations.decided')}</Tag>
                  ) : (
                    <Tag>{t('commendation:registrations.pending')}</Tag>
                  ),
              },
              ...(canManage
                ? [
                    {
                      title: '',
                      render: (_: unknown, row: Registration) =>
                        row.decided ? null : (
                          <Popconfirm
                            title={t('commendation:registrations.removeConfirm')}
                            okText={t('common:actions.delete')}
                            cancelText={t('common:actions.cancel')}
                            onConfirm={() =>
                              remove.mutateAsync(row).then(
                                () => void message.success(t('commendation:registrations.removed')),
                                (error: unknown) => void message.error(errorMessage(t, error)),
                              )
                            }
                          >
                            <Button
                              size="small"
                              type="text"
                              danger
                              icon={<DeleteOutlined />}
                              aria-label={t('commendation:registrations.remove', {
                                name: row.subject.name,
                                award: word(row.award),
                              })}
                            />
                          </Popconfirm>
                        ),
                    },
                  ]
                : []),
            ]}
          />
        </>
      )}
      {adding && board.board ? (
        <RegisterModal
          board={board.board.code}
          year={year}
          onClose={(count) => {
            setAdding(false);
            if (count) void message.success(t('commendation:registrations.added', { count }));
          }}
        />
      ) : null}
    </>
  );
}

interface RegisterValues {
  subjectId: string;
  awards: AwardCode[];
  registeredOn: Dayjs | null;
}

/** Đăng ký danh hiệu: a subject registers for one or more titles of the year. */
function RegisterModal({
  board,
  year,
  onClose,
}: {
  board: string;
  year: number;
  onClose: (count?: number) => void;
}) {
  const { t } = useTranslation(['commendation', 'common']);
  const create = useCreateRegistration();
  const [kind, setKind] = useState<SubjectKind | undefined>(undefined);
  const options = useAwardOptions(kind);
  return (
    <FormModal<RegisterValues, number>
      title={t('commendation:registrations.addTitle', { year })}
      okText={t('commendation:registrations.submit')}
      initialValues={{ awards: [], registeredOn: dayjs() }}
      onClose={onClose}
      send={async (v) => {
        // One registration per title; a title refused stops there, the ones before it stay.
        for (const award of v.awards)
          await create.mutateAsync({
            board,
            year,
            subjectId: v.subjectId,
            award,
            registeredOn: v.registeredOn?.format('YYYY-MM-DD'),
          });
        return v.awards.length;
      }}
    >
      <Form.Item
        name="subjectId"
        label={t('commendation:fields.subject')}
        rules={[{ required: true, message: t('common:fieldErrors.required') }]}
      >
        <SubjectSelect board={board} onKind={setKind} />
      </Form.Item>
      <Form.Item
        name="awards"
        label={t('commendation:registrations.awards')}
        rules={[{ required: true, message: t('common:fieldErrors.required') }]}
      >
        <Select mode="multiple" options={options} popupMatchSelectWidth={false} />
      </Form.Item>
      <Form.Item name="registeredOn" label={t('commendation:fields.registeredOn')}>
        <DateField />
      </Form.Item>
    </FormModal>
  );
}
