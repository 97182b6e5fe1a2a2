import { CalendarOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { App, Button, Card, Flex, InputNumber, Switch, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { defaultDueDate } from '../../../domain/periods.ts';
import { api, ApiError } from '../../shared/api.ts';
import { errorMessage } from '../../shared/errors.ts';
import { useFormat } from '../../shared/format.ts';
import { usePhone } from '../../shared/screen.ts';
import { LoadFailed, SettingsFrame } from './SettingsFrame.tsx';
import { useRefreshSettings, useSchedules, type Schedule } from './settings.api.ts';
import { useSettingsWords } from './words.ts';

type Draft = Pick<Schedule, 'collected' | 'dueMonthsAfter' | 'dueDay'>;
type Edit = { collected: boolean; dueMonthsAfter: number | null; dueDay: number | null };

/** A period of each kind, of this year, to show what a due rule gives. */
function examplePeriod(kind: Schedule['periodKind'], year: number): string {
  return { month: `${year}-01`, quarter: `${year}-Q1`, half: `${year}-H1`, year: String(year) }[kind];
}

const monthsOk = (v: number | null) => v !== null && Number.isInteger(v) && v >= 0 && v <= 12;
const dayOk = (v: number | null) => v !== null && Number.isInteger(v) && v >= 1 && v <= 31;

/** Lịch báo cáo: which kinds of period the board collects, and when each is due — edited in place. */
export function Component() {
  const { t } = useTranslation(['settings', 'common']);
  return (
    <SettingsFrame
      title={t('settings:schedules.title')}
      subtitle={t('settings:schedules.subtitle')}
      history={{ entityType: 'reporting_schedule', what: t('settings:schedules.history') }}
      actions={({ canWrite }) =>
        canWrite ? (
          <Link to="/statistics/periods">
            <Button icon={<CalendarOutlined />}>{t('settings:schedules.periodsLink')}</Button>
          </Link>
        ) : null
      }
    >
      {({ boardId, canWrite }) => <Schedules boardId={boardId} canWrite={canWrite} />}
    </SettingsFrame>
  );
}

function Schedules({ boardId, canWrite }: { boardId: string; canWrite: boolean }) {
  const { t } = useTranslation(['settings', 'common']);
  const { message } = App.useApp();
  const format = useFormat();
  const words = useSettingsWords();
  const schedules = useSchedules(boardId);
  const refresh = useRefreshSettings();
  const [edits, setEdits] = useState<Partial<Record<Schedule['periodKind'], Edit>>>({});
  const year = new Date().getFullYear();
  const phone = usePhone();

  const save = useMutation({
    mutationFn: ({ row, edit }: { row: Schedule; edit: Draft }) =>
      api.put('/reporting/schedules/{periodKind}', {
        path: { periodKind: row.periodKind },
        body: { boardId, ...edit, version: row.version },
      }),
    onSuccess: async (saved) => {
      setEdits(({ [saved.periodKind]: _saved, ...rest }) => rest);
      void message.success(
        t('settings:schedules.saved', { kind: words.kind(saved.periodKind).toLowerCase() }),
      );
      await refresh();
    },
    onError: async (error, { row }) => {
      if (error instanceof ApiError && error.code === 'VERSION_CONFLICT') {
        setEdits(({ [row.periodKind]: _stale, ...rest }) => rest);
        void message.warning(t('settings:frame.conflict'));
        await refresh();
      } else void message.error(errorMessage(t, error));
    },
  });

  const current = (row: Schedule): Edit => edits[row.periodKind] ?? row;
  const change = (row: Schedule, patch: Partial<Edit>) =>
    setEdits((all) => ({ ...all, [row.periodKind]: { ...current(row), ...patch } }));
  const dirty = (row: Schedule) => {
    const edit = edits[row.periodKind];
    return (
      edit !== undefined &&
      (edit.collected !== row.collected ||
        edit.dueMonthsAfter !== row.dueMonthsAfter ||
        edit.dueDay !== row.dueDay)
    );
  };

  const collectedCell = (row: Schedule) =>
    canWrite ? (
      <Switch
        checked={current(row).collected}
        aria-label={`${t('settings:schedules.collected')} — ${words.kind(row.periodKind)}`}
        checkedChildren={t('settings:schedules.collectedYes')}
        unCheckedChildren={t('settings:schedules.collectedNo')}
        onChange={(collected) => change(row, { collected })}
      />
    ) : (
      <Tag color={row.collected ? 'green' : 'default'}>
        {row.collected ? t('settings:schedules.collectedYes') : t('settings:schedules.collectedNo')}
      </Tag>
    );

  function dueCell(row: Schedule) {
    const edit = current(row);
    if (!canWrite) return words.due(row.dueMonthsAfter, row.dueDay);
    return (
      <Flex gap={8} wrap align="flex-start">
        <div>
          <InputNumber
            min={0}
            max={12}
            precision={0}
            value={edit.dueMonthsAfter}
            status={monthsOk(edit.dueMonthsAfter) ? undefined : 'error'}
            aria-label={`${t('settings:schedules.dueMonthsAfter')} — ${words.kind(row.periodKind)}`}
            prefix={t('settings:schedules.dueMonthsAfter')}
            style={{ width: 200 }}
            onChange={(v) => change(row, { dueMonthsAfter: v })}
          />
          {monthsOk(edit.dueMonthsAfter) ? null : (
            <Typography.Text type="danger" role="alert" style={{ display: 'block', fontSize: 12 }}>
              {t('settings:schedules.monthsInvalid')}
            </Typography.Text>
          )}
        </div>
        <div>
          <InputNumber
            min={1}
            max={31}
            precision={0}
            value={edit.dueDay}
            status={dayOk(edit.dueDay) ? undefined : 'error'}
            aria-label={`${t('settings:schedules.dueDay')} — ${words.kind(row.periodKind)}`}
            prefix={t('settings:schedules.dueDay')}
            style={{ width: 200 }}
            onChange={(v) => change(row, { dueDay: v })}
          />
          {dayOk(edit.dueDay) ? null : (
            <Typography.Text type="danger" role="alert" style={{ display: 'block', fontSize: 12 }}>
              {t('settings:schedules.dayInvalid')}
            </Typography.Text>
          )}
        </div>
      </Flex>
    );
  }

  function exampleCell(row: Schedule) {
    const edit = current(row);
    if (!monthsOk(edit.dueMonthsAfter) || !dayOk(edit.dueDay)) return '—';
    const period = examplePeriod(row.periodKind, year);
    return (
      <Typography.Text type="secondary">
        {t('settings:schedules.exampleText', {
          period: words.period(period),
          date: format.date(defaultDueDate(period, edit.dueMonthsAfter!, edit.dueDay!)),
        })}
      </Typography.Text>
    );
  }

  function saveCell(row: Schedule) {
    const edit = current(row);
    const valid = monthsOk(edit.dueMonthsAfter) && dayOk(edit.dueDay);
    return (
      <Button
        type="primary"
        disabled={!dirty(row) || !valid}
        loading={save.isPending && save.variables?.row.periodKind === row.periodKind}
        aria-label={`${t('settings:schedules.save')} — ${words.kind(row.periodKind)}`}
        onClick={() =>
          save.mutate({
            row,
            edit: { collected: edit.collected, dueMonthsAfter: edit.dueMonthsAfter!, dueDay: edit.dueDay! },
          })
        }
      >
        {t('settings:schedules.save')}
      </Button>
    );
  }

  if (schedules.error) return <LoadFailed error={schedules.error} />;
  const hint = (
    <Typography.Paragraph type="secondary">{t('settings:schedules.periodsHint')}</Typography.Paragraph>
  );
  // A phone: one card per kind of period, its settings one under another.
  if (phone)
    return (
      <>
        {hint}
        <Flex vertical gap={12} aria-label={t('settings:schedules.title')} role="list">
          {schedules.isPending ? <Card loading /> : null}
          {(schedules.data ?? []).map((row) => (
            <Card
              key={row.periodKind}
              size="small"
              role="listitem"
              title={words.kind(row.periodKind)}
              extra={collectedCell(row)}
            >
              <Flex vertical gap={8}>
                <Typography.Text strong>{t('settings:schedules.due')}</Typography.Text>
                {dueCell(row)}
                {exampleCell(row)}
                {canWrite ? <div>{saveCell(row)}</div> : null}
              </Flex>
            </Card>
          ))}
        </Flex>
      </>
    );
  return (
    <Card>
      {hint}
      <Table<Schedule>
        rowKey="periodKind"
        size="middle"
        loading={schedules.isPending}
        dataSource={schedules.data}
        pagination={false}
        scroll={{ x: 'max-content' }}
        aria-label={t('settings:schedules.title')}
        columns={[
          {
            title: t('settings:schedules.kind'),
            dataIndex: 'periodKind',
            render: (kind: string) => <Typography.Text strong>{words.kind(kind)}</Typography.Text>,
          },
          { title: t('settings:schedules.collected'), render: (_, row) => collectedCell(row) },
          { title: t('settings:schedules.due'), render: (_, row) => dueCell(row) },
          { title: t('settings:schedules.example'), render: (_, row) => exampleCell(row) },
          ...(canWrite
            ? [{ title: '', align: 'right' as const, render: (_: unknown, row: Schedule) => saveCell(row) }]
            : []),
        ]}
      />
    </Card>
  );
}
