import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Descriptions,
  Form,
  Input,
  InputNumber,
  Popconfirm,
  Result,
  Select,
  Space,
  Spin,
  Switch,
  Table,
  Tag,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { AwardCode } from '../../../domain/commendation.ts';
import { useCan, useSession } from '../../app/session.tsx';
import { ApiError } from '../../shared/api.ts';
import { DateField } from '../../shared/DateField.tsx';
import { errorMessage } from '../../shared/errors.ts';
import { useFormat } from '../../shared/format.ts';
import { PageTitle } from '../../shared/PageTitle.tsx';
import { DecisionModal } from './DecisionModal.tsx';
import { FormModal } from '../../shared/FormModal.tsx';
import { useProposal, useProposalAction, type Proposal, type ProposalItem } from './proposals.api.ts';
import { ProposalStateTag } from './ProposalStateTag.tsx';
import { SubjectSelect } from './SubjectSelect.tsx';
import type { SubjectKind } from './subjects.api.ts';
import { useAwardOptions, useAwardWords } from './words.tsx';

type Dialog = 'item' | 'review' | 'return' | 'decision';

/**
 * Một đề nghị khen thưởng: its items (whom, for what, their achievement), and what its state
 * allows — add or remove items and submit (dự thảo, trả lại), the council's review of every item
 * and returning it (đã trình), recording the decision (hội đồng đã xét).
 */
export function Component() {
  const { id = '' } = useParams();
  const { t } = useTranslation(['commendation', 'common']);
  const format = useFormat();
  const word = useAwardWords();
  const { message } = App.useApp();
  const canManage = useCan('commendation.manage');
  const me = useSession();
  const proposal = useProposal(id);
  const act = useProposalAction(id);
  const [dialog, setDialog] = useState<Dialog | null>(null);

  if (proposal.isPending) return <Spin />;
  if (proposal.error) return <Result status="warning" title={errorMessage(t, proposal.error)} />;
  const p = proposal.data;
  const boardCode = me.visibleBoards.find((b) => b.id === p.boardId)?.code ?? '';
  const editable = p.state === 'draft' || p.state === 'returned';

  async function run(send: () => Promise<unknown>, done: string) {
    try {
      await send();
      void message.success(done);
    } catch (error) {
      void message.error(
        error instanceof ApiError && error.code === 'VERSION_CONFLICT'
          ? t('common:errors.VERSION_CONFLICT')
          : errorMessage(t, error),
      );
      if (error instanceof ApiError && error.code === 'VERSION_CONFLICT') void proposal.refetch();
    }
  }

  const itemsOf = (items: ProposalItem[]) =>
    items.map((i) => ({ subjectId: i.subject.id, award: i.award, achievement: i.achievement }));

  return (
    <>
      <PageTitle
        title={p.title}
        subtitle={
          <Space wrap>
            <ProposalStateTag state={p.state} />
            {t(`commendation:proposalKinds.${p.kind}`)}
            <span>{t('commendation:proposal.year', { year: p.year })}</span>
          </Space>
        }
        extra={
          <Space wrap>
            <Link to="/commendation/proposals">{t('commendation:proposal.back')}</Link>
            {canManage && editable ? (
              <>
                <Button icon={<PlusOutlined />} onClick={() => setDialog('item')}>
                  {t('commendation:proposal.addItem')}
                </Button>
                <Popconfirm
                  title={t('commendation:proposal.submitConfirm')}
                  okText={t('common:actions.confirm')}
                  cancelText={t('common:actions.cancel')}
                  onConfirm={() =>
                    run(
                      () => act.mutateAsync({ kind: 'submit', body: { version: p.version } }),
                      t('commendation:proposal.submitted'),
                    )
                  }
                >
                  <Button type="primary" disabled={p.items.length === 0}>
                    {t('commendation:proposal.submit')}
                  </Button>
                </Popconfirm>
              </>
            ) : null}
            {canManage && p.state === 'submitted' ? (
              <Button type="primary" onClick={() => setDialog('review')}>
                {t('commendation:proposal.review')}
              </Button>
            ) : null}
            {canManage && p.state === 'reviewed' ? (
              <Button type="primary" onClick={() => setDialog('decision')}>
                {t('commendation:decisions.add')}
              </Button>
            ) : null}
            {canManage && (p.state === 'submitted' || p.state === 'reviewed') ? (
              <Button danger onClick={() => setDialog('return')}>
                {t('commendation:proposal.return')}
              </Button>
            ) : null}
          </Space>
        }
      />
      {p.councilNote ? (
        <Alert
          type={p.state === 'returned' ? 'warning' : 'info'}
          showIcon
          style={{ marginBottom: 16 }}
          title={
            p.state === 'returned'
              ? t('commendation:proposal.returnedNote', { note: p.councilNote })
              : t('commendation:proposal.councilNote', { note: p.councilNote })
          }
        />
      ) : null}
      <Descriptions size="small" column={{ xs: 1, md: 3 }} style={{ marginBottom: 16 }}>
        <Descriptions.Item label={t('commendation:fields.reviewedOn')}>
          {p.reviewedOn ? format.date(p.reviewedOn) : '—'}
        </Descriptions.Item>
        <Descriptions.Item label={t('commendation:proposals.items')}>
          {p.state === 'reviewed' || p.state === 'decided'
            ? t('commendation:proposals.agreedOf', { agreed: p.agreedCount, count: p.itemCount })
            : p.itemCount}
        </Descriptions.Item>
        <Descriptions.Item label={t('commendation:proposal.decisions')}>
          {p.decisions.length === 0
            ? '—'
            : p.decisions.map((d) => `${d.number} (${format.date(d.signedOn)})`).join('; ')}
        </Descriptions.Item>
      </Descriptions>
      <Table<ProposalItem>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={p.items}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: t('commendation:proposal.noItems') }}
        columns={[
          {
            title: t('commendation:fields.subject'),
            render: (_, row) => (
              <>
                <Link to={`/commendation/subjects/${row.subject.id}`}>{row.subject.name}</Link>
                {row.subject.position ? (
                  <div>
                    <Typography.Text type="secondary">{row.subject.position}</Typography.Text>
                  </div>
                ) : null}
              </>
            ),
          },
          { title: t('commendation:fields.award'), dataIndex: 'award', render: (a: AwardCode) => word(a) },
          {
            title: t('commendation:fields.achievement'),
            dataIndex: 'achievement',
            render: (text: string) => <div style={{ minWidth: 200, maxWidth: 420 }}>{text || '—'}</div>,
          },
          {
            title: t('commendation:proposal.council'),
            render: (_, row) =>
              row.councilAgreed === null ? (
                '—'
              ) : (
                <Space wrap>
                  <Tag color={row.councilAgreed ? 'green' : 'red'}>
                    {row.councilAgreed
                      ? t('commendation:proposal.agreed')
                      : t('commendation:proposal.notAgreed')}
                  </Tag>
                  {row.votesFor !== null && row.votesTotal !== null
                    ? t('commendation:proposal.votes', { votesFor: row.votesFor, votesTotal: row.votesTotal })
                    : null}
                </Space>
              ),
          },
          ...(canManage && editable
            ? [
                {
                  title: '',
                  render: (_: unknown, row: ProposalItem) => (
                    <Popconfirm
                      title={t('commendation:proposal.removeItemConfirm')}
                      okText={t('common:actions.delete')}
                      cancelText={t('common:actions.cancel')}
                      onConfirm={() =>
                        run(
                          () =>
                            act.mutateAsync({
                              kind: 'edit',
                              body: {
                                version: p.version,
                                items: itemsOf(p.items.filter((i) => i.id !== row.id)),
                              },
                            }),
                          t('commendation:proposal.itemRemoved'),
                        )
                      }
                    >
                      <Button
                        size="small"
                        type="text"
                        danger
                        icon={<DeleteOutlined />}
                        aria-label={t('commendation:proposal.removeItem', { name: row.subject.name })}
                      />
                    </Popconfirm>
                  ),
                },
              ]
            : []),
        ]}
      />
      {dialog === 'item' ? (
        <ItemModal
          proposal={p}
          board={boardCode}
          onClose={() => setDialog(null)}
          send={(item) =>
            act.mutateAsync({
              kind: 'edit',
              body: { version: p.version, items: [...itemsOf(p.items), item] },
            })
          }
        />
      ) : null}
      {dialog === 'review' ? (
        <ReviewModal
          proposal={p}
          onClose={() => setDialog(null)}
          send={(body) => act.mutateAsync({ kind: 'review', body })}
        />
      ) : null}
      {dialog === 'return' ? (
        <FormModal<{ note: string }>
          title={t('commendation:proposal.returnTitle')}
          okText={t('commendation:proposal.return')}
          danger
          onReload={() => proposal.refetch()}
          onClose={(answer) => {
            setDialog(null);
            if (answer) void message.success(t('commendation:proposal.returned'));
          }}
          send={(v) => act.mutateAsync({ kind: 'return', body: { version: p.version, note: v.note.trim() } })}
        >
          <Form.Item
            name="note"
            label={t('commendation:proposal.returnReason')}
            rules={[{ required: true, whitespace: true, message: t('common:fieldErrors.required') }]}
          >
            <Input.TextArea maxLength={4000} autoSize={{ minRows: 3, maxRows: 8 }} />
          </Form.Item>
        </FormModal>
      ) : null}
      {dialog === 'decision' ? (
        <DecisionModal
          board={boardCode}
          proposal={p}
          onClose={(decision) => {
            setDialog(null);
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

interface ItemValues {
  subjectId: string;
  award: AwardCode;
  achievement?: string;
}

function ItemModal({
  proposal,
  board,
  onClose,
  send,
}: {
  proposal: Proposal;
  board: string;
  onClose: () => void;
  send: (item: { subjectId: string; award: AwardCode; achievement: string }) => Promise<Proposal>;
}) {
  const { t } = useTranslation(['commendation', 'common']);
  const [kind, setKind] = useState<SubjectKind | undefined>(undefined);
  const options = useAwardOptions(kind);
  return (
    <FormModal<ItemValues>
      title={t('commendation:proposal.addItemTitle', { title: proposal.title })}
      okText={t('commendation:proposal.addItem')}
      onClose={() => onClose()}
      send={(v) => send({ subjectId: v.subjectId, award: v.award, achievement: v.achievement?.trim() ?? '' })}
    >
      <Form.Item
        name="subjectId"
        label={t('commendation:fields.subject')}
        rules={[{ required: true, message: t('common:fieldErrors.required') }]}
      >
        <SubjectSelect board={board} onKind={setKind} />
      </Form.Item>
      <Form.Item
        name="award"
        label={t('commendation:fields.award')}
        rules={[{ required: true, message: t('common:fieldErrors.required') }]}
      >
        <Select options={options} popupMatchSelectWidth={false} />
      </Form.Item>
      <Form.Item name="achievement" label={t('commendation:fields.achievement')}>
        <Input.TextArea maxLength={4000} autoSize={{ minRows: 3, maxRows: 8 }} />
      </Form.Item>
    </FormModal>
  );
}

interface ReviewValues {
  reviewedOn: Dayjs | null;
  note?: string;
  items: { itemId: string; agreed: boolean; votesFor?: number | null; votesTotal?: number | null }[];
}

/** The council's meeting: its date, its conclusion, and its vote on every item. */
function ReviewModal({
  proposal,
  onClose,
  send,
}: {
  proposal: Proposal;
  onClose: () => void;
  send: (body: {
    version: number;
    reviewedOn: string;
    note?: string | undefined;
    items: {
      itemId: string;
      agreed: boolean;
      votesFor?: number | undefined;
      votesTotal?: number | undefined;
    }[];
  }) => Promise<Proposal>;
}) {
  const { t } = useTranslation(['commendation', 'common']);
  const word = useAwardWords();
  const { message } = App.useApp();
  return (
    <FormModal<ReviewValues>
      title={t('commendation:proposal.reviewTitle')}
      okText={t('commendation:proposal.saveReview')}
      width={760}
      initialValues={{
        reviewedOn: dayjs(),
        items: proposal.items.map((i) => ({ itemId: i.id, agreed: i.councilAgreed ?? true })),
      }}
      onClose={(answer) => {
        if (answer) void message.success(t('commendation:proposal.reviewed'));
        onClose();
      }}
      send={(v) =>
        send({
          version: proposal.version,
          reviewedOn: (v.reviewedOn ?? dayjs()).format('YYYY-MM-DD'),
          note: v.note?.trim() || undefined,
          items: v.items.map((i) => ({
            itemId: i.itemId,
            agreed: i.agreed,
            votesFor: i.votesFor ?? undefined,
            votesTotal: i.votesTotal ?? undefined,
          })),
        })
      }
    >
      <Form.Item
        name="reviewedOn"
        label={t('commendation:proposal.meetingDate')}
        rules={[{ required: true, message: t('common:fieldErrors.required') }]}
      >
        <DateField />
      </Form.Item>
      <Form.List name="items">
        {(fields) =>
          fields.map((field, index) => {
            const item = proposal.items[index]!;
            return (
              <div
                key={field.key}
                style={{ borderTop: '1px solid rgba(5,5,5,0.06)', paddingTop: 8, marginBottom: 8 }}
              >
                <Typography.Text strong>{item.subject.name}</Typography.Text> — {word(item.award)}
                <Space wrap style={{ display: 'flex', marginTop: 4 }}>
                  <Form.Item
                    name={[field.name, 'agreed']}
                    label={t('commendation:proposal.agreed')}
                    valuePropName="checked"
                    style={{ marginBottom: 0 }}
                  >
                    <Switch
                      aria-label={t('commendation:proposal.agreeItem', {
                        name: item.subject.name,
                        award: word(item.award),
                      })}
                    />
                  </Form.Item>
                  <Form.Item
                    name={[field.name, 'votesFor']}
                    label={t('commendation:proposal.votesFor')}
                    style={{ marginBottom: 0 }}
                  >
                    <InputNumber min={0} max={1000} style={{ width: 100 }} />
                  </Form.Item>
                  <Form.Item
                    name={[field.name, 'votesTotal']}
                    label={t('commendation:proposal.votesTotal')}
                    style={{ marginBottom: 0 }}
                  >
                    <InputNumber min={1} max={1000} style={{ width: 100 }} />
                  </Form.Item>
                </Space>
              </div>
            );
          })
        }
      </Form.List>
      <Form.Item name="note" label={t('commendation:proposal.conclusion')}>
        <Input.TextArea maxLength={4000} autoSize={{ minRows: 2, maxRows: 6 }} />
      </Form.Item>
    </FormModal>
  );
}
