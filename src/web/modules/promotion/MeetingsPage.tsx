import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Empty, Segmented, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { BoardPicker, useBoardChoice } from '../../app/board-choice.tsx';
import { useCan } from '../../app/session.tsx';
import { errorMessage } from '../../shared/errors.ts';
import { FilterBar } from '../../shared/FilterBar.tsx';
import { FormModal } from '../../shared/FormModal.tsx';
import { useFormat } from '../../shared/format.ts';
import { PageTitle } from '../../shared/PageTitle.tsx';
import { usePhone } from '../../shared/screen.ts';
import { MeetingFormModal } from './MeetingForm.tsx';
import { useMeetings, useWrite, type Meeting } from './promotion.api.ts';
import { DateItem, day, today } from './shared.tsx';
import type { FormValues } from './shared.tsx';

/** Buổi làm việc với nhà đầu tư, with the follow-ups still open or overdue (?followUp=open|overdue). */
export function Component() {
  const { t } = useTranslation(['promotion', 'common']);
  const format = useFormat();
  const phone = usePhone();
  const canWrite = useCan('records.write');
  const board = useBoardChoice();
  const [params, setParams] = useSearchParams();
  const followUp = params.get('followUp') ?? undefined;
  const meetings = useMeetings({ board: board.board?.code, followUp }, board.boardId !== undefined);
  const [creating, setCreating] = useState(false);
  const [closing, setClosing] = useState<Meeting | null>(null);
  const write = useWrite<Meeting>();

  return (
    <>
      <PageTitle
        title={t('promotion:meetings.title')}
        extra={
          <Space wrap>
            <BoardPicker choice={board} />
            {canWrite ? (
              <Button
                type="primary"
                icon={<PlusOutlined />}
                disabled={!board.boardId}
                onClick={() => setCreating(true)}
              >
                {t('promotion:meetings.add')}
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
            <Segmented
              aria-label={t('promotion:fields.followUp')}
              value={followUp ?? 'all'}
              onChange={(v) => {
                const next = new URLSearchParams(params);
                if (v === 'all') next.delete('followUp');
                else next.set('followUp', String(v));
                setParams(next, { replace: true });
              }}
              options={[
                { value: 'all', label: t('promotion:meetings.all') },
                { value: 'open', label: t('promotion:meetings.open') },
                { value: 'overdue', label: t('promotion:meetings.overdue') },
              ]}
            />
          </FilterBar>
          {meetings.error ? (
            <Alert
              type="error"
              showIcon
              style={{ marginBottom: 16 }}
              title={errorMessage(t, meetings.error)}
            />
          ) : null}
          <Table<Meeting>
            rowKey="id"
            size="small"
            loading={meetings.isFetching}
            dataSource={meetings.data}
            scroll={{ x: 'max-content' }}
            pagination={false}
            locale={{ emptyText: t('promotion:meetings.empty') }}
            columns={[
              { title: t('promotion:fields.heldOn'), render: (_, m) => format.date(m.heldOn) },
              { title: t('promotion:fields.subject'), dataIndex: 'subject' },
              {
                title: t('promotion:fields.lead'),
                render: (_, m) =>
                  m.lead ? <Link to={`/promotion/leads/${m.lead.id}`}>{m.lead.name}</Link> : '—',
              },
              { title: t('promotion:fields.notes'), dataIndex: 'notes' },
              {
                title: t('promotion:fields.followUp'),
                render: (_, m) =>
                  m.followUp ? (
                    <Space wrap>
                      {m.followUp}
                      {m.followUpDueOn ? format.date(m.followUpDueOn) : null}
                      {m.followUpDoneOn ? (
                        <Tag color="green">{`${t('promotion:meetings.done')} ${format.date(m.followUpDoneOn)}`}</Tag>
                      ) : m.followUpOverdue ? (
                        <Tag color="red">{t('promotion:meetings.overdueTag')}</Tag>
                      ) : null}
                      {canWrite && !m.followUpDoneOn ? (
                        <Button size="small" onClick={() => setClosing(m)}>
                          {t('promotion:meetings.markDone')}
                        </Button>
                      ) : null}
                    </Space>
                  ) : (
                    '—'
                  ),
              },
            ]}
          />
        </>
      )}
      {creating ? <MeetingFormModal board={board.board?.code} onClose={() => setCreating(false)} /> : null}
      {closing ? (
        <FormModal<FormValues, Meeting>
          title={`${t('promotion:meetings.markDone')}: ${closing.followUp ?? ''}`}
          okText={t('common:actions.save')}
          initialValues={{ followUpDoneOn: today() }}
          send={(v) =>
            write.mutateAsync({
              method: 'PATCH',
              path: `meetings/${closing.id}`,
              body: { version: closing.version, followUpDoneOn: day(v.followUpDoneOn) },
            })
          }
          onClose={() => setClosing(null)}
        >
          <DateItem name="followUpDoneOn" label={t('promotion:fields.followUpDoneOn')} required />
        </FormModal>
      ) : null}
    </>
  );
}
