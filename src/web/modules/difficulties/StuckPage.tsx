import { Alert, Empty, Flex, Space, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { isCalendarDate } from '../../../domain/calendar-date.ts';
import { BoardPicker, useBoardChoice } from '../../app/board-choice.tsx';
import { DateField } from '../../shared/DateField.tsx';
import { errorMessage } from '../../shared/errors.ts';
import { useFormat } from '../../shared/format.ts';
import { useListParams } from '../../shared/list-params.ts';
import { PageTitle } from '../../shared/PageTitle.tsx';
import { useStuck, type DifficultySummary, type StuckByResponsible } from './difficulties.api.ts';
import { AgeTag, one, StatusTag } from './words.tsx';

/**
 * Khó khăn tồn đọng (the leader's view): by responsible department or agency, how many are open,
 * how many overdue and the oldest's age — a row opens the list of its items —; then every stuck
 * one with the reasons (overdue, not routed in time, reopened again and again), oldest first.
 */
export function Component() {
  const { t } = useTranslation(['difficulties', 'common']);
  const format = useFormat();
  const board = useBoardChoice();
  const params = useListParams(['asOf'] as const);
  const asOfParam = one(params.values.asOf);
  const asOf = asOfParam && isCalendarDate(asOfParam) ? asOfParam : undefined;
  const stuck = useStuck({ board: board.board?.code, asOf }, board.boardId !== undefined);
  const data = stuck.data;
  const listLink = (row: StuckByResponsible) =>
    row.responsible
      ? `/difficulties?responsible=${encodeURIComponent(row.responsible)}`
      : '/difficulties?status=open';

  return (
    <>
      <PageTitle
        title={t('difficulties:stuck.title')}
        subtitle={data ? t('difficulties:stuck.subtitle', { date: format.date(data.asOf) }) : undefined}
        extra={
          <Space wrap>
            <BoardPicker choice={board} />
            <Space size={8}>
              <label htmlFor="stuck-as-of">{t('difficulties:stuck.asOf')}</label>
              <div style={{ width: 150 }}>
                <DateField
                  id="stuck-as-of"
                  value={asOf ? dayjs(asOf) : null}
                  onChange={(d) => params.update({ asOf: d ? d.format('YYYY-MM-DD') : undefined })}
                />
              </div>
            </Space>
          </Space>
        }
      />
      {!board.boardId ? (
        <Empty description={t('common:boardChoice.needed')} />
      ) : (
        <Flex vertical gap={24}>
          {stuck.error ? <Alert type="error" showIcon title={errorMessage(t, stuck.error)} /> : null}
          <Table<StuckByResponsible>
            rowKey={(row) => `${row.responsibleKind ?? ''}/${row.responsible}`}
            size="small"
            bordered
            pagination={false}
            loading={stuck.isFetching}
            dataSource={data?.byResponsible}
            scroll={{ x: 'max-content' }}
            aria-label={t('difficulties:stuck.byResponsible')}
            title={() => <Typography.Text strong>{t('difficulties:stuck.byResponsible')}</Typography.Text>}
            locale={{ emptyText: t('difficulties:stuck.noneOpen') }}
            columns={[
              {
                title: t('difficulties:fields.responsible'),
                render: (_, row) => (
                  <div style={{ minWidth: 160, maxWidth: 360 }}>
                    <Link to={listLink(row)}>{row.responsible || t('difficulties:stuck.notRouted')}</Link>
                    {row.responsibleKind ? (
                      <div>
                        <Typography.Text type="secondary">
                          {t(`difficulties:responsibleKinds.${row.responsibleKind}`)}
                        </Typography.Text>
                      </div>
                    ) : null}
                  </div>
                ),
              },
              {
                title: t('difficulties:stuck.open'),
                dataIndex: 'open',
                align: 'right',
                render: (n: number) => format.number(n),
              },
              {
                title: t('difficulties:stuck.overdue'),
                dataIndex: 'overdue',
                align: 'right',
                render: (n: number) =>
                  n > 0 ? (
                    <Typography.Text type="danger">{format.number(n)}</Typography.Text>
                  ) : (
                    format.number(n)
                  ),
              },
              {
                title: t('difficulties:stuck.oldest'),
                dataIndex: 'oldestAgeDays',
                align: 'right',
                render: (n: number | null) => (n === null ? '—' : <AgeTag days={n} />),
              },
            ]}
          />
          <Table<DifficultySummary>
            rowKey="id"
            size="small"
            pagination={false}
            loading={stuck.isFetching}
            dataSource={data?.items}
            scroll={{ x: 'max-content' }}
            aria-label={t('difficulties:stuck.items')}
            title={() => <Typography.Text strong>{t('difficulties:stuck.items')}</Typography.Text>}
            locale={{ emptyText: t('difficulties:stuck.noneStuck') }}
            columns={[
              {
                title: t('difficulties:fields.title'),
                render: (_, row) => (
                  <Flex vertical gap={2} style={{ minWidth: 200, maxWidth: 420 }}>
                    <Link to={`/difficulties/${row.id}`}>{row.title}</Link>
                    <Typography.Text type="secondary">
                      {row.reference} · {row.enterprise.name}
                    </Typography.Text>
                  </Flex>
                ),
              },
              {
                title: t('difficulties:stuck.why'),
                render: (_, row) => (
                  <Flex gap={4} wrap style={{ minWidth: 140 }}>
                    {row.why.map((r) => (
                      <Tag key={r} color="red" style={{ marginInlineEnd: 0 }}>
                        {t(`difficulties:stuckReasons.${r}`)}
                      </Tag>
                    ))}
                  </Flex>
                ),
              },
              { title: t('difficulties:fields.age'), render: (_, row) => <AgeTag days={row.ageDays} /> },
              {
                title: t('difficulties:fields.status'),
                render: (_, row) => <StatusTag status={row.status} />,
              },
              {
                title: t('difficulties:fields.responsible'),
                dataIndex: 'responsible',
                render: (text: string) => text || '—',
              },
              {
                title: t('difficulties:fields.answerDueOn'),
                dataIndex: 'answerDueOn',
                render: (d: string | null) => format.date(d),
              },
            ]}
          />
        </Flex>
      )}
    </>
  );
}
