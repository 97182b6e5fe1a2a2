import { CheckOutlined, FileWordOutlined, SaveOutlined, SendOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Empty,
  Input,
  Popconfirm,
  Select,
  Space,
  Spin,
  Switch,
  Table,
  Tabs,
  Tag,
  Typography,
} from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useBoardChoice } from '../../app/board-choice.tsx';
import { useCan, useSession } from '../../app/session.tsx';
import { ApiError } from '../../shared/api.ts';
import { errorMessage } from '../../shared/errors.ts';
import { useFormat } from '../../shared/format.ts';
import { useListParams } from '../../shared/list-params.ts';
import { PageTitle } from '../../shared/PageTitle.tsx';
import { usePhone } from '../../shared/screen.ts';
import { BlocYearPicker, useBlocChoice } from './bloc-choice.tsx';
import { DecimalInput } from './DecimalInput.tsx';
import { draftOf, keysOf, rows, type Draft, type Row } from './scoring-tree.ts';
import {
  downloadRanking,
  useRanking,
  useScoreSheet,
  useScoringTable,
  useSheetAction,
  type CriterionKind,
  type EntryInput,
  type Ranking,
  type ScoringTable,
  type SheetState,
} from './emulation.api.ts';

/** The words of a figure a criterion takes its value from (`newProjects.fdi.growthPct` …). */
function useSourceWords() {
  const { t } = useTranslation('emulation');
  return (source: string) => {
    const growth = source.endsWith('.growthPct');
    const figure = t(`emulation:sources.${growth ? source.slice(0, -'.growthPct'.length) : source}`);
    return growth ? t('emulation:sources.growth', { figure }) : figure;
  };
}

const STATE_COLOURS: Record<SheetState, string> = { draft: 'default', submitted: 'blue', reviewed: 'green' };

export function SheetStateTag({ state }: { state: SheetState | null }) {
  const { t } = useTranslation('emulation');
  return state ? (
    <Tag color={STATE_COLOURS[state]}>{t(`emulation:sheetStates.${state}`)}</Tag>
  ) : (
    <Tag>{t('emulation:sheetStates.none')}</Tag>
  );
}

/** The columns every view of the criteria shares: number, name, kind, maximum. */
function useCriterionColumns(): ColumnsType<Row> {
  const { t } = useTranslation('emulation');
  const format = useFormat();
  const sourceWords = useSourceWords();
  return [
    { title: t('emulation:criteria.code'), dataIndex: 'code', width: 110 },
    {
      title: t('emulation:criteria.name'),
      dataIndex: 'name',
      render: (name: string, row) => (
        <div style={{ minWidth: 200, maxWidth: 460 }}>
          {row.children ? <Typography.Text strong>{name}</Typography.Text> : name}
          {row.source ? (
            <div>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t('emulation:criteria.fromSource', { source: sourceWords(row.source) })}
              </Typography.Text>
            </div>
          ) : null}
        </div>
      ),
    },
    {
      title: t('emulation:criteria.kind'),
      dataIndex: 'kind',
      render: (kind: CriterionKind, row) => (
        <>
          {t(`emulation:criterionKinds.${kind}`)}
          {kind === 'per_occurrence' && row.pointsPerOccurrence ? (
            <div>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t('emulation:criteria.perOccurrence', { points: format.number(row.pointsPerOccurrence) })}
              </Typography.Text>
            </div>
          ) : null}
        </>
      ),
    },
    {
      title: t('emulation:criteria.max'),
      dataIndex: 'maxPoints',
      align: 'right',
      render: (max: string, row) => (row.kind === 'penalty' ? `−${format.number(max)}` : format.number(max)),
    },
  ];
}

/** Bảng tiêu chí: the bloc year's criteria as a tree, with the board's own targets. */
function CriteriaView({ table, board }: { table: ScoringTable; board: string | undefined }) {
  const { t } = useTranslation('emulation');
  const format = useFormat();
  const columns = useCriterionColumns();
  const target = (code: string) =>
    table.targets.find((x) => x.criterion === code && x.board === board)?.target;
  return (
    <>
      <Typography.Paragraph type="secondary">
        {t('emulation:criteria.about', {
          name: table.name,
          adoptedBy: table.adoptedBy || '—',
          max: format.number(table.maxTotal),
        })}
      </Typography.Paragraph>
      <Table<Row>
        key={`${table.id}-${table.version}`}
        rowKey="id"
        size="small"
        pagination={false}
        scroll={{ x: 'max-content' }}
        dataSource={rows(table.criteria)}
        expandable={{ defaultExpandedRowKeys: keysOf(table.criteria) }}
        columns={[
          ...columns,
          ...(board
            ? [
                {
                  title: t('emulation:criteria.myTarget'),
                  align: 'right' as const,
                  render: (_: unknown, row: Row) => {
                    const value = target(row.code);
                    return value ? `${format.number(value)}${row.unit ? ` ${row.unit}` : ''}` : '';
                  },
                },
              ]
            : []),
        ]}
      />
    </>
  );
}

/**
 * A member's score sheet as a tree: for each leaf criterion its value by kind — a number against
 * the target (quantitative, or the report's figure when the criterion has a source), passed or
 * not, a count of occurrences, bonus or penalty points — and what proves it. `review`: the
 * leader's values beside the member's own.
 */
function SheetEditor({
  table,
  board,
  review,
  editable,
}: {
  table: ScoringTable;
  board: string;
  review: boolean;
  editable: boolean;
}) {
  const { t } = useTranslation(['emulation', 'common']);
  const format = useFormat();
  const { message } = App.useApp();
  const columns = useCriterionColumns();
  const sheet = useScoreSheet(table.bloc, table.year, board);
  const act = useSheetAction(table.bloc, table.year, board);
  const [draft, setDraft] = useState<{ key: string; values: Record<string, Draft> } | null>(null);

  if (sheet.isPending) return <Spin />;
  if (sheet.error) return <Alert type="error" showIcon title={errorMessage(t, sheet.error)} />;
  const s = sheet.data;
  const key = `${board}-${s.version ?? 0}-${review ? 'r' : 's'}`;
  const values = draft?.key === key ? draft.values : draftOf(s, review);
  const entry = (code: string) => s.entries.find((e) => e.criterion === code);
  const set = (code: string, change: Partial<Draft>) =>
    setDraft({
      key,
      values: {
        ...values,
        [code]: { ...{ value: null, passed: null, note: null, evidence: null }, ...values[code], ...change },
      },
    });
  const canEdit = editable && s.state === (review ? 'submitted' : 'draft');
  const dirty = draft?.key === key;

  function entries(): EntryInput[] {
    return Object.entries(values).map(([criterion, d]) => ({
      criterion,
      value: d.value,
      passed: d.passed,
      note: d.note?.trim() || null,
      ...(review ? {} : { evidence: d.evidence?.trim() || null }),
    }));
  }

  async function run(send: () => Promise<unknown>, done: string) {
    try {
      await send();
      setDraft(null);
      void message.success(done);
    } catch (error) {
      if (error instanceof ApiError && error.code === 'VERSION_CONFLICT') {
        void message.warning(t('common:errors.VERSION_CONFLICT'));
        void sheet.refetch();
      } else void message.error(errorMessage(t, error));
    }
  }

  const valueCell = (row: Row, d: Draft | undefined, edit: boolean) => {
    if (row.children || row.kind === 'sum') return null;
    const label = `${row.code} ${row.name}`;
    if (row.kind === 'pass_fail')
      return (
        <Switch
          aria-label={label}
          checked={d?.passed ?? false}
          disabled={!edit}
          checkedChildren={t('emulation:sheet.passed')}
          unCheckedChildren={t('emulation:sheet.failed')}
          onChange={(passed) => set(row.code, { passed })}
        />
      );
    if (row.kind === 'quantitative' && row.source)
      return <Typography.Text type="secondary">{t('emulation:sheet.fromReport')}</Typography.Text>;
    return edit ? (
      <DecimalInput
        aria-label={label}
        value={d?.value ?? null}
        whole={row.kind === 'per_occurrence'}
        decimals={row.kind === 'quantitative' ? 4 : 2}
        signed={row.kind === 'quantitative'}
        suffix={
          row.kind === 'quantitative'
            ? row.unit
            : row.kind === 'per_occurrence'
              ? t('emulation:sheet.times')
              : t('emulation:sheet.points')
        }
        onChange={(value) => set(row.code, { value })}
      />
    ) : d?.value != null ? (
      format.number(d.value)
    ) : (
      '—'
    );
  };

  return (
    <>
      <Space wrap style={{ marginBottom: 12 }}>
        <Typography.Text strong>{s.boardName}</Typography.Text>
        <SheetStateTag state={s.id === null ? null : s.state} />
        {s.submittedAt ? (
          <Typography.Text type="secondary">
            {t('emulation:sheet.submittedAt', { at: format.dateTime(s.submittedAt) })}
          </Typography.Text>
        ) : null}
        {s.reviewedAt ? (
          <Typography.Text type="secondary">
            {t('emulation:sheet.reviewedAt', { at: format.dateTime(s.reviewedAt) })}
          </Typography.Text>
        ) : null}
      </Space>
      {!canEdit && editable ? (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 12 }}
          title={
            s.state === 'reviewed'
              ? t('emulation:sheet.alreadyReviewed')
              : review
                ? t('emulation:sheet.notSubmittedYet')
                : t('emulation:sheet.waitingReview')
          }
        />
      ) : null}
      <Table<Row>
        key={`${table.id}-${key}`}
        rowKey="id"
        size="small"
        pagination={false}
        scroll={{ x: 'max-content' }}
        dataSource={rows(table.criteria)}
        expandable={{ defaultExpandedRowKeys: keysOf(table.criteria) }}
        columns={[
          ...columns,
          {
            title: t('emulation:sheet.target'),
            align: 'right',
            render: (_, row) => {
              const target = entry(row.code)?.target;
              return target ? `${format.number(target)}${row.unit ? ` ${row.unit}` : ''}` : '';
            },
          },
          ...(review
            ? [
                {
                  title: t('emulation:sheet.memberValue'),
                  render: (_: unknown, row: Row) => {
                    const e = entry(row.code);
                    return valueCell(
                      row,
                      e ? { value: e.value, passed: e.passed, note: null, evidence: null } : undefined,
                      false,
                    );
                  },
                },
              ]
            : []),
          {
            title: review ? t('emulation:sheet.reviewedValue') : t('emulation:sheet.value'),
            render: (_, row) => valueCell(row, values[row.code], canEdit),
          },
          {
            title: review ? t('emulation:sheet.note') : t('emulation:sheet.evidence'),
            render: (_, row) => {
              if (row.children || row.kind === 'sum') return null;
              const d = values[row.code];
              const field = review ? 'note' : 'evidence';
              return canEdit ? (
                <Input
                  aria-label={`${review ? t('emulation:sheet.note') : t('emulation:sheet.evidence')} ${row.code}`}
                  value={d?.[field] ?? ''}
                  maxLength={2000}
                  style={{ width: 220 }}
                  onChange={(e) => set(row.code, { [field]: e.target.value })}
                />
              ) : (
                <div style={{ maxWidth: 260 }}>
                  {d?.[field] || (review ? entry(row.code)?.evidence : null) || ''}
                </div>
              );
            },
          },
        ]}
      />
      {canEdit ? (
        <Space wrap style={{ marginTop: 12 }}>
          {review ? (
            <>
              <Button
                icon={<SaveOutlined />}
                loading={act.isPending}
                onClick={() =>
                  void run(
                    () =>
                      act.mutateAsync({
                        kind: 'review',
                        body: {
                          version: s.version ?? 0,
                          entries: entries().map(({ evidence: _e, ...rest }) => rest),
                        },
                      }),
                    t('emulation:sheet.reviewSaved'),
                  )
                }
              >
                {t('emulation:sheet.saveReview')}
              </Button>
              <Popconfirm
                title={t('emulation:sheet.finishConfirm', { name: s.boardName })}
                okText={t('common:actions.confirm')}
                cancelText={t('common:actions.cancel')}
                disabled={dirty}
                onConfirm={() =>
                  run(
                    () => act.mutateAsync({ kind: 'reviewed', body: { version: s.version ?? 0 } }),
                    t('emulation:sheet.reviewed'),
                  )
                }
              >
                <Button type="primary" icon={<CheckOutlined />} disabled={dirty}>
                  {t('emulation:sheet.finishReview')}
                </Button>
              </Popconfirm>
              {dirty ? (
                <Typography.Text type="secondary">{t('emulation:sheet.saveFirst')}</Typography.Text>
              ) : null}
            </>
          ) : (
            <>
              <Button
                icon={<SaveOutlined />}
                loading={act.isPending}
                onClick={() =>
                  void run(
                    () =>
                      act.mutateAsync({
                        kind: 'save',
                        body: { version: s.version ?? undefined, entries: entries() },
                      }),
                    t('emulation:sheet.saved'),
                  )
                }
              >
                {t('emulation:sheet.save')}
              </Button>
              <Popconfirm
                title={t('emulation:sheet.submitConfirm')}
                okText={t('common:actions.confirm')}
                cancelText={t('common:actions.cancel')}
                disabled={dirty || s.version === null}
                onConfirm={() =>
                  run(
                    () => act.mutateAsync({ kind: 'submit', body: { version: s.version ?? 0 } }),
                    t('emulation:sheet.submitted'),
                  )
                }
              >
                <Button type="primary" icon={<SendOutlined />} disabled={dirty || s.version === null}>
                  {t('emulation:sheet.submit')}
                </Button>
              </Popconfirm>
              {dirty ? (
                <Typography.Text type="secondary">{t('emulation:sheet.saveFirst')}</Typography.Text>
              ) : null}
            </>
          )}
        </Space>
      ) : null}
    </>
  );
}

/** Xếp hạng: every member's total and rank, its points by top-level criterion, and the Word document. */
function RankingView({ table }: { table: ScoringTable }) {
  const { t } = useTranslation(['emulation', 'common']);
  const format = useFormat();
  const { message } = App.useApp();
  const ranking = useRanking(table.bloc, table.year, true);
  const [downloading, setDownloading] = useState(false);
  if (ranking.isPending) return <Spin />;
  if (ranking.error) return <Alert type="error" showIcon title={errorMessage(t, ranking.error)} />;
  const r = ranking.data;
  const top = r.criteria.filter((c) => c.depth === 0);
  type Member = Ranking['members'][number];
  return (
    <>
      <Space wrap style={{ marginBottom: 12 }}>
        <Button
          icon={<FileWordOutlined />}
          loading={downloading}
          onClick={() => {
            setDownloading(true);
            downloadRanking(table.bloc, table.year)
              .catch((error: unknown) => void message.error(errorMessage(t, error)))
              .finally(() => setDownloading(false));
          }}
        >
          {t('emulation:ranking.word')}
        </Button>
        <Typography.Text type="secondary">
          {t('emulation:ranking.max', { max: format.number(r.table.maxTotal) })}
        </Typography.Text>
      </Space>
      {r.sources
        .filter((s) => !s.available)
        .map((s) => (
          <Alert
            key={s.criterion}
            type="warning"
            showIcon
            style={{ marginBottom: 8 }}
            title={t('emulation:ranking.sourceMissing', {
              criterion: s.criterion,
              label: s.label,
              problem: s.problem ?? '',
            })}
          />
        ))}
      <Table<Member>
        rowKey="board"
        size="small"
        pagination={false}
        scroll={{ x: 'max-content' }}
        dataSource={r.members}
        columns={[
          {
            title: t('emulation:ranking.rank'),
            dataIndex: 'rank',
            align: 'center',
            render: (rank: number) => <Typography.Text strong>{rank}</Typography.Text>,
          },
          {
            title: t('emulation:ranking.member'),
            dataIndex: 'name',
            render: (name: string, row) => (
              <div style={{ minWidth: 160, maxWidth: 300 }}>
                {name}
                {row.board === r.leader ? (
                  <Tag style={{ marginLeft: 6 }}>{t('emulation:ranking.leader')}</Tag>
                ) : null}
              </div>
            ),
          },
          ...top.map((c) => ({
            title: (
              <span title={c.name}>
                {c.code}
                <div style={{ fontWeight: 'normal', fontSize: 12 }}>/{format.number(c.maxPoints)}</div>
              </span>
            ),
            align: 'right' as const,
            render: (_: unknown, row: Member) =>
              row.points[c.code] ? format.number(row.points[c.code]!) : '—',
          })),
          {
            title: t('emulation:ranking.total'),
            dataIndex: 'total',
            align: 'right',
            render: (total: string) => <Typography.Text strong>{format.number(total)}</Typography.Text>,
          },
          {
            title: t('emulation:ranking.basis'),
            render: (_, row) => (
              <Space size={4} wrap>
                <SheetStateTag state={row.sheetState} />
                {row.basis === 'self' && row.sheetState !== null ? (
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {t('emulation:ranking.selfBasis')}
                  </Typography.Text>
                ) : null}
              </Space>
            ),
          },
        ]}
      />
    </>
  );
}

/**
 * Chấm điểm thi đua: the bloc year's table of criteria (a tree), the board's own score sheet to
 * fill and submit, the leader's review of every member's sheet, and the ranking with its Word
 * document for the conference.
 */
export function Component() {
  const { t } = useTranslation(['emulation', 'common']);
  const phone = usePhone();
  const me = useSession();
  const canManage = useCan('emulation.manage');
  const board = useBoardChoice();
  const choice = useBlocChoice();
  const params = useListParams(['tab', 'member'] as const);
  const table = useScoringTable(choice.bloc, choice.year);
  const tb = table.data;
  const myBoard = board.board?.code;
  const member = tb?.members.some((m) => m.code === myBoard) ? myBoard : undefined;
  const leads =
    canManage && tb !== undefined && tb !== null && (tb.leader === myBoard || me.scope !== 'board');
  const tabs = ['criteria', ...(member ? ['sheet'] : []), ...(leads ? ['review'] : []), 'ranking'];
  const asked = typeof params.values.tab === 'string' ? params.values.tab : undefined;
  const tab = asked && tabs.includes(asked) ? asked : member ? 'sheet' : 'criteria';
  const reviewing =
    typeof params.values.member === 'string' && tb?.members.some((m) => m.code === params.values.member)
      ? params.values.member
      : tb?.members.find((m) => m.sheetState === 'submitted')?.code;

  return (
    <>
      <PageTitle
        title={t('emulation:scoring.title', { year: choice.year })}
        subtitle={tb ? `${tb.blocName} — ${tb.name}` : choice.blocRef?.name}
        extra={<BlocYearPicker choice={choice} />}
      />
      {!choice.bloc ? (
        choice.loading ? (
          <Spin />
        ) : (
          <Empty
            description={choice.blocs.length === 0 ? t('emulation:bloc.none') : t('emulation:bloc.needed')}
          />
        )
      ) : table.error ? (
        <Alert type="error" showIcon title={errorMessage(t, table.error)} />
      ) : table.isPending ? (
        <Spin />
      ) : !tb ? (
        <Empty description={t('emulation:scoring.none', { year: choice.year })} />
      ) : (
        <Tabs
          activeKey={tab}
          onChange={(key) => params.update({ tab: key })}
          items={[
            {
              key: 'criteria',
              label: t('emulation:scoring.criteriaTab'),
              children: <CriteriaView table={tb} board={member} />,
            },
            ...(member
              ? [
                  {
                    key: 'sheet',
                    label: t('emulation:scoring.sheetTab'),
                    children: <SheetEditor table={tb} board={member} review={false} editable={canManage} />,
                  },
                ]
              : []),
            ...(leads
              ? [
                  {
                    key: 'review',
                    label: t('emulation:scoring.reviewTab'),
                    children: (
                      <>
                        <div style={{ marginBottom: 12 }}>
                          <Select
                            aria-label={t('emulation:scoring.member')}
                            placeholder={t('emulation:scoring.pickMember')}
                            value={reviewing}
                            style={{ width: phone ? '100%' : 360 }}
                            popupMatchSelectWidth={false}
                            onChange={(code: string) => params.update({ member: code })}
                            options={tb.members.map((m) => ({
                              value: m.code,
                              label: `${m.name} — ${m.sheetState ? t(`emulation:sheetStates.${m.sheetState}`) : t('emulation:sheetStates.none')}`,
                            }))}
                          />
                        </div>
                        {reviewing ? (
                          <SheetEditor table={tb} board={reviewing} review editable={canManage} />
                        ) : (
                          <Empty description={t('emulation:scoring.nothingToReview')} />
                        )}
                      </>
                    ),
                  },
                ]
              : []),
            {
              key: 'ranking',
              label: t('emulation:scoring.rankingTab'),
              children: <RankingView table={tb} />,
            },
          ]}
        />
      )}
    </>
  );
}
