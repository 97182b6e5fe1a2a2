import { PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Empty, List, Space, Spin, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { BoardPicker, useBoardChoice } from '../../app/board-choice.tsx';
import { useCan } from '../../app/session.tsx';
import { errorMessage } from '../../shared/errors.ts';
import { useFormat } from '../../shared/format.ts';
import { useListParams } from '../../shared/list-params.ts';
import { PageTitle } from '../../shared/PageTitle.tsx';
import { usePhone } from '../../shared/screen.ts';
import { DecisionModal } from './DecisionModal.tsx';
import { useDecision, useDecisions, type DecisionSummary } from './proposals.api.ts';
import type { DecisionLevel } from './subjects.api.ts';
import { useAwardWords, yearOf, YearSelect } from './words.tsx';

/** The awards a decision put on the register, read when its row is opened. */
function DecisionAwards({ id }: { id: string }) {
  const { t } = useTranslation(['commendation', 'common']);
  const word = useAwardWords();
  const decision = useDecision(id);
  if (decision.isPending) return <Spin size="small" />;
  if (decision.error) return <Alert type="error" showIcon title={errorMessage(t, decision.error)} />;
  return (
    <List
      size="small"
      header={<Typography.Text type="secondary">{decision.data.words}</Typography.Text>}
      dataSource={decision.data.awards}
      renderItem={(a) => (
        <List.Item>
          <Space wrap>
            <Link to={`/commendation/subjects/${a.subject.id}`}>{a.subject.name}</Link>
            <span>{word(a.award)}</span>
            <Tag>{a.year}</Tag>
            {a.revokedOn ? <Tag color="red">{t('commendation:register.revoked')}</Tag> : null}
          </Space>
        </List.Item>
      )}
    />
  );
}

/**
 * Quyết định khen thưởng: the decisions recorded (number, date, issuer, level) with the awards each
 * put on the register, and recording a new one — from a reviewed proposal or with its items.
 */
export function Component() {
  const { t } = useTranslation(['commendation', 'common']);
  const format = useFormat();
  const phone = usePhone();
  const { message } = App.useApp();
  const canManage = useCan('commendation.manage');
  const board = useBoardChoice();
  const params = useListParams(['year'] as const);
  const [search, setSearch] = useSearchParams();
  const year = params.values.year ? yearOf(params.values.year, 0) || undefined : undefined;
  const decisions = useDecisions({
    board: board.board?.code,
    year,
    page: params.page,
    pageSize: params.pageSize,
  });
  const [adding, setAdding] = useState(search.get('new') === '1');

  return (
    <>
      <PageTitle
        title={t('commendation:decisions.title')}
        subtitle={t('commendation:decisions.subtitle')}
        extra={
          <Space wrap>
            <BoardPicker choice={board} />
            <YearSelect
              allowClear
              label={t('commendation:decisions.signedInYear')}
              placeholder={t('commendation:register.allYears')}
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
                {t('commendation:decisions.add')}
              </Button>
            ) : null}
          </Space>
        }
      />
      {!board.boardId ? (
        <Empty description={t('common:boardChoice.needed')} />
      ) : (
        <>
          {decisions.error ? (
            <Alert
              type="error"
              showIcon
              style={{ marginBottom: 16 }}
              title={errorMessage(t, decisions.error)}
            />
          ) : null}
          <Table<DecisionSummary>
            rowKey="id"
            size="small"
            loading={decisions.isFetching}
            dataSource={decisions.data?.items}
            scroll={{ x: 'max-content' }}
            locale={{ emptyText: t('commendation:decisions.empty') }}
            expandable={{ expandedRowRender: (row) => <DecisionAwards id={row.id} /> }}
            pagination={{
              current: params.page,
              pageSize: params.pageSize,
              total: decisions.data?.total,
              simple: phone,
              showTotal: (total) => t('common:list.total', { total }),
              onChange: (page, pageSize) => params.update({ page, pageSize }),
            }}
            columns={[
              {
                title: t('commendation:fields.decisionNumber'),
                dataIndex: 'number',
                render: (n: string) => <Typography.Text strong>{n}</Typography.Text>,
              },
              {
                title: t('commendation:fields.signedOn'),
                dataIndex: 'signedOn',
                render: (d: string) => format.date(d),
              },
              {
                title: t('commendation:fields.issuer'),
                dataIndex: 'issuer',
                render: (i: string) => <div style={{ minWidth: 160, maxWidth: 300 }}>{i}</div>,
                responsive: ['md'],
              },
              {
                title: t('commendation:fields.decisionLevel'),
                dataIndex: 'level',
                render: (l: DecisionLevel) => t(`commendation:decisionLevels.${l}`),
                responsive: ['md'],
              },
              {
                title: t('commendation:fields.summary'),
                dataIndex: 'summary',
                render: (s: string) => <div style={{ minWidth: 160, maxWidth: 360 }}>{s || '—'}</div>,
                responsive: ['lg'],
              },
              { title: t('commendation:decisions.awardCount'), dataIndex: 'awardCount' },
              {
                title: t('commendation:fields.proposal'),
                dataIndex: 'proposalId',
                render: (id: string | null) =>
                  id ? (
                    <Link to={`/commendation/proposals/${id}`}>
                      {t('commendation:decisions.openProposal')}
                    </Link>
                  ) : (
                    '—'
                  ),
                responsive: ['lg'],
              },
            ]}
          />
        </>
      )}
      {adding && board.board ? (
        <DecisionModal
          board={board.board.code}
          onClose={(decision) => {
            setAdding(false);
            if (search.has('new')) {
              const next = new URLSearchParams(search);
              next.delete('new');
              setSearch(next, { replace: true });
            }
            if (decision)
              void message.success(
                t('commendation:decisions.recorded', {
                  number: decision.number,
                  count: decision.awards.length,
                }),
              );
          }}
        />
      ) : null}
    </>
  );
}
