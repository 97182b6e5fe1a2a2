import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Empty, Form, Input, InputNumber, Select, Space, Table } from 'antd';
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
import {
  PROPOSAL_KINDS,
  PROPOSAL_STATES,
  useCreateProposal,
  useProposals,
  type Proposal,
  type ProposalKind,
  type ProposalState,
  type ProposalSummary,
} from './proposals.api.ts';
import { ProposalStateTag } from './ProposalStateTag.tsx';
import { YearSelect, yearOf } from './words.tsx';

const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/** Đề nghị khen thưởng: the board's proposals (annual, thematic, sudden) and where each stands. */
export function Component() {
  const { t } = useTranslation(['commendation', 'common']);
  const format = useFormat();
  const phone = usePhone();
  const navigate = useNavigate();
  const canManage = useCan('commendation.manage');
  const board = useBoardChoice();
  const params = useListParams(['year', 'state', 'kind'] as const);
  const year = params.values.year ? yearOf(params.values.year, 0) || undefined : undefined;
  const state = PROPOSAL_STATES.find((s) => s === one(params.values.state));
  const kind = PROPOSAL_KINDS.find((k) => k === one(params.values.kind));
  const proposals = useProposals({
    board: board.board?.code,
    year,
    state,
    kind,
    page: params.page,
    pageSize: params.pageSize,
  });
  const [creating, setCreating] = useState(false);

  return (
    <>
      <PageTitle
        title={t('commendation:proposals.title')}
        subtitle={t('commendation:proposals.subtitle')}
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
                {t('commendation:proposals.add')}
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
            <YearSelect
              allowClear
              label={t('commendation:fields.year')}
              placeholder={t('commendation:register.allYears')}
              value={year}
              onChange={(y) => params.update({ year: y === undefined ? undefined : String(y) })}
            />
            <Select
              allowClear
              aria-label={t('commendation:fields.state')}
              placeholder={t('commendation:proposals.allStates')}
              value={state}
              style={{ width: phone ? '100%' : 180 }}
              onChange={(value?: string) => params.update({ state: value })}
              options={PROPOSAL_STATES.map((s) => ({
                value: s,
                label: t(`commendation:proposalStates.${s}`),
              }))}
            />
            <Select
              allowClear
              aria-label={t('commendation:fields.proposalKind')}
              placeholder={t('commendation:proposals.allKinds')}
              value={kind}
              style={{ width: phone ? '100%' : 180 }}
              onChange={(value?: string) => params.update({ kind: value })}
              options={PROPOSAL_KINDS.map((k) => ({ value: k, label: t(`commendation:proposalKinds.${k}`) }))}
            />
          </FilterBar>
          {proposals.error ? (
            <Alert
              type="error"
              showIcon
              style={{ marginBottom: 16 }}
              title={errorMessage(t, proposals.error)}
            />
          ) : null}
          <Table<ProposalSummary>
            rowKey="id"
            size="small"
            loading={proposals.isFetching}
            dataSource={proposals.data?.items}
            scroll={{ x: 'max-content' }}
            locale={{ emptyText: t('commendation:proposals.empty') }}
            pagination={{
              current: params.page,
              pageSize: params.pageSize,
              total: proposals.data?.total,
              simple: phone,
              showTotal: (total) => t('common:list.total', { total }),
              onChange: (page, pageSize) => params.update({ page, pageSize }),
            }}
            columns={[
              {
                title: t('commendation:fields.proposal'),
                dataIndex: 'title',
                render: (title: string, row) => (
                  <div style={{ minWidth: 200, maxWidth: 420 }}>
                    <Link to={`/commendation/proposals/${row.id}`}>{title}</Link>
                  </div>
                ),
              },
              { title: t('commendation:fields.year'), dataIndex: 'year' },
              {
                title: t('commendation:fields.proposalKind'),
                dataIndex: 'kind',
                render: (k: ProposalKind) => t(`commendation:proposalKinds.${k}`),
                responsive: ['md'],
              },
              {
                title: t('commendation:fields.state'),
                dataIndex: 'state',
                render: (s: ProposalState) => <ProposalStateTag state={s} />,
              },
              {
                title: t('commendation:proposals.items'),
                render: (_, row) =>
                  row.state === 'reviewed' || row.state === 'decided'
                    ? t('commendation:proposals.agreedOf', { agreed: row.agreedCount, count: row.itemCount })
                    : row.itemCount,
              },
              {
                title: t('commendation:fields.reviewedOn'),
                dataIndex: 'reviewedOn',
                render: (d: string | null) => (d ? format.date(d) : '—'),
                responsive: ['lg'],
              },
            ]}
          />
        </>
      )}
      {creating && board.board ? (
        <NewProposalModal
          board={board.board.code}
          onClose={(proposal) => {
            setCreating(false);
            if (proposal) void navigate(`/commendation/proposals/${proposal.id}`);
          }}
        />
      ) : null}
    </>
  );
}

interface ProposalValues {
  year: number;
  kind: ProposalKind;
  title: string;
}

function NewProposalModal({ board, onClose }: { board: string; onClose: (proposal?: Proposal) => void }) {
  const { t } = useTranslation(['commendation', 'common']);
  const create = useCreateProposal();
  const year = new Date().getFullYear() - 1;
  return (
    <FormModal<ProposalValues, Proposal>
      title={t('commendation:proposals.addTitle')}
      okText={t('commendation:proposals.create')}
      initialValues={{ year, kind: 'annual', title: t('commendation:proposals.defaultTitle', { year }) }}
      onClose={onClose}
      send={(v) =>
        create.mutateAsync({ board, year: v.year, kind: v.kind, title: v.title.trim(), items: [] })
      }
    >
      <Space wrap>
        <Form.Item name="year" label={t('commendation:fields.year')} rules={[{ required: true }]}>
          <InputNumber min={2000} max={2100} style={{ width: 140 }} />
        </Form.Item>
        <Form.Item name="kind" label={t('commendation:fields.proposalKind')}>
          <Select
            style={{ width: 200 }}
            options={PROPOSAL_KINDS.map((k) => ({ value: k, label: t(`commendation:proposalKinds.${k}`) }))}
          />
        </Form.Item>
      </Space>
      <Form.Item
        name="title"
        label={t('commendation:fields.proposal')}
        rules={[{ required: true, whitespace: true, message: t('common:fieldErrors.required') }]}
      >
        <Input.TextArea maxLength={500} autoSize={{ minRows: 2, maxRows: 4 }} />
      </Form.Item>
    </FormModal>
  );
}
