import {
  CalculatorOutlined,
  DeleteOutlined,
  EditOutlined,
  HistoryOutlined,
  PlusOutlined,
} from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  DatePicker,
  Descriptions,
  Flex,
  Form,
  Input,
  InputNumber,
  Popconfirm,
  Radio,
  Row,
  Select,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { vietnamToday } from '../../../domain/calendar-date.ts';
import { useBoardChoice } from '../../app/board-choice.tsx';
import { useCan } from '../../app/session.tsx';
import { DateField } from '../../shared/DateField.tsx';
import { errorMessage } from '../../shared/errors.ts';
import { useFormat } from '../../shared/format.ts';
import { PageTitle } from '../../shared/PageTitle.tsx';
import { usePhone } from '../../shared/screen.ts';
import {
  FIRST_YEAR,
  LAST_YEAR,
  resetCalendarYear,
  setCalendarYear,
  useCalendarYear,
  useDueDate,
  type CalendarYear,
} from './calendar.api.ts';
import { vietnamInstant, weekdayIndex } from './calendar-dates.ts';
import { EditModal } from './EditModal.tsx';
import { HistoryDrawer } from './HistoryDrawer.tsx';
import { MonthGrid } from './MonthGrid.tsx';
import { LoadFailed, useCanOnBoard } from './SettingsFrame.tsx';
import { useRefreshSettings } from './settings.api.ts';

const SOURCE_COLOURS: Record<CalendarYear['source'], string> = {
  default: 'default',
  'built-in': 'blue',
  set: 'green',
};

const YEARS = Array.from({ length: LAST_YEAR - FIRST_YEAR + 1 }, (_, i) => FIRST_YEAR + i);

/** The year in the address (`?year=2026`), else this year in Vietnam, within the years offered. */
function useChosenYear(): [number, (year: number) => void] {
  const [params, setParams] = useSearchParams();
  const asked = Number(params.get('year'));
  const thisYear = Number(vietnamToday().slice(0, 4));
  const fallback = Math.min(Math.max(thisYear, FIRST_YEAR), LAST_YEAR);
  const year = Number.isInteger(asked) && asked >= FIRST_YEAR && asked <= LAST_YEAR ? asked : fallback;
  return [
    year,
    (next) =>
      setParams(
        (current) => {
          current.set('year', String(next));
          return current;
        },
        { replace: true },
      ),
  ];
}

/** "Thứ Hai", "Chủ nhật" of a calendar date (its own weekday, whatever the browser's zone). */
function useWeekday() {
  const { t } = useTranslation('settings');
  return (date: string) => {
    return t(`settings:calendar.weekdays.${weekdayIndex(date)}`);
  };
}

/**
 * Lịch làm việc (`/settings/calendar`): a year's days off and make-up working days and where they
 * come from (the Labour Code's default, the government's schedule built in, or set by staff) — the
 * basis of every dossier's due date. Database-wide; changed by those who hold calendar.manage,
 * with its history; and a due-date calculator over GET /calendar/due-date.
 */
export function Component() {
  const { t } = useTranslation(['settings', 'common']);
  const format = useFormat();
  const weekday = useWeekday();
  const phone = usePhone();
  const { message } = App.useApp();
  const refresh = useRefreshSettings();
  const [year, setYear] = useChosenYear();
  const calendar = useCalendarYear(year);
  const canManage = useCan('calendar.manage');
  const choice = useBoardChoice();
  const canOnBoard = useCanOnBoard();
  // The history is the calendar's own (database-wide); the route reads it for a board the user may see.
  const historyBoard = choice.boardId;
  const canHistory = canOnBoard('records.write', historyBoard) || canOnBoard('audit.read', historyBoard);
  const [historyOpen, setHistoryOpen] = useState(false);
  const [editing, setEditing] = useState(false);
  const [resetting, setResetting] = useState(false);
  const data = calendar.data;

  async function reset() {
    if (!data) return;
    setResetting(true);
    try {
      await resetCalendarYear(year, data.version);
      void message.success(t('settings:calendar.resetDone', { year }));
    } catch (caught) {
      void message.error(errorMessage(t, caught));
    } finally {
      setResetting(false);
      await refresh();
    }
  }

  const names = new Map((data?.holidays ?? []).map((h) => [h.date, h.name]));

  return (
    <>
      <PageTitle
        title={t('settings:calendar.title')}
        subtitle={t('settings:calendar.subtitle')}
        extra={
          <Flex gap={8} wrap>
            <Select<number>
              value={year}
              onChange={setYear}
              aria-label={t('settings:calendar.year')}
              style={{ width: 110 }}
              options={YEARS.map((y) => ({ value: y, label: t('settings:calendar.yearOf', { year: y }) }))}
            />
            {canHistory ? (
              <Button icon={<HistoryOutlined />} onClick={() => setHistoryOpen(true)}>
                {t('settings:history.open')}
              </Button>
            ) : null}
            {canManage && data ? (
              <Button type="primary" icon={<EditOutlined />} onClick={() => setEditing(true)}>
                {t('settings:calendar.edit')}
              </Button>
            ) : null}
            {canManage && data?.source === 'set' ? (
              <Popconfirm
                title={t('settings:calendar.resetConfirm', { year })}
                okText={t('common:actions.confirm')}
                cancelText={t('common:actions.cancel')}
                onConfirm={() => reset()}
              >
                <Button icon={<DeleteOutlined />} loading={resetting}>
                  {t('settings:calendar.reset')}
                </Button>
              </Popconfirm>
            ) : null}
          </Flex>
        }
      />
      {!canManage ? (
        <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('settings:calendar.readOnly')} />
      ) : null}
      {calendar.error ? (
        <LoadFailed error={calendar.error} />
      ) : (
        <Flex vertical gap={16}>
          <Card loading={calendar.isPending}>
            {data ? (
              <Descriptions
                size="small"
                column={1}
                layout={phone ? 'vertical' : 'horizontal'}
                styles={{ label: { width: phone ? undefined : 220 } }}
                items={[
                  {
                    key: 'source',
                    label: t('settings:calendar.source'),
                    children: (
                      <div>
                        <Tag color={SOURCE_COLOURS[data.source]}>
                          {t(`settings:calendar.sources.${data.source}`)}
                        </Tag>
                        <div>
                          <Typography.Text type="secondary">
                            {t(`settings:calendar.sourceHelp.${data.source}`)}
                          </Typography.Text>
                        </div>
                      </div>
                    ),
                  },
                  {
                    key: 'count',
                    label: t('settings:calendar.workingDayCount'),
                    children: format.number(data.workingDayCount),
                  },
                  { key: 'note', label: t('settings:calendar.note'), children: data.note ?? '—' },
                ]}
              />
            ) : null}
          </Card>
          {data ? (
            <Card
              title={
                <h2 style={{ fontSize: 16, margin: 0 }}>{t('settings:calendar.monthsTitle', { year })}</h2>
              }
            >
              <MonthGrid year={year} daysOff={data.daysOff} workdays={data.workdays} names={names} />
            </Card>
          ) : null}
          <Row gutter={[16, 16]}>
            <Col xs={24} lg={14}>
              <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('settings:calendar.daysOff')}</h2>}>
                <Table<{ date: string; name: string | null }>
                  rowKey="date"
                  size="small"
                  loading={calendar.isPending}
                  aria-label={`${t('settings:calendar.daysOff')} ${year}`}
                  dataSource={(data?.daysOff ?? []).map((date) => ({ date, name: names.get(date) ?? null }))}
                  pagination={false}
                  locale={{ emptyText: t('settings:calendar.noDaysOff') }}
                  columns={[
                    {
                      title: t('settings:calendar.date'),
                      dataIndex: 'date',
                      render: (d: string) => format.date(d),
                    },
                    {
                      title: t('settings:calendar.weekday'),
                      dataIndex: 'date',
                      key: 'weekday',
                      render: weekday,
                    },
                    {
                      title: t('settings:calendar.name'),
                      dataIndex: 'name',
                      render: (name: string | null) => name ?? '—',
                    },
                  ]}
                />
              </Card>
            </Col>
            <Col xs={24} lg={10}>
              <Flex vertical gap={16}>
                <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('settings:calendar.workdays')}</h2>}>
                  <Table<{ date: string }>
                    rowKey="date"
                    size="small"
                    loading={calendar.isPending}
                    aria-label={`${t('settings:calendar.workdays')} ${year}`}
                    dataSource={(data?.workdays ?? []).map((date) => ({ date }))}
                    pagination={false}
                    locale={{ emptyText: t('settings:calendar.noWorkdays') }}
                    columns={[
                      {
                        title: t('settings:calendar.date'),
                        dataIndex: 'date',
                        render: (d: string) => format.date(d),
                      },
                      {
                        title: t('settings:calendar.weekday'),
                        dataIndex: 'date',
                        key: 'weekday',
                        render: weekday,
                      },
                    ]}
                  />
                </Card>
                <DueDateCalculator />
              </Flex>
            </Col>
          </Row>
        </Flex>
      )}
      {editing && data ? <EditYear calendar={data} onClose={() => setEditing(false)} /> : null}
      {canHistory && historyBoard ? (
        <HistoryDrawer
          open={historyOpen}
          onClose={() => setHistoryOpen(false)}
          boardId={historyBoard}
          entityType="calendar_year"
          title={t('settings:history.title', { what: t('settings:calendar.history') })}
        />
      ) : null}
    </>
  );
}

interface YearValues {
  daysOff: string[];
  workdays: string[];
  note?: string | null;
}

/** Sửa lịch năm: the whole year's days off and make-up days, and the notice they come from. */
function EditYear({ calendar, onClose }: { calendar: CalendarYear; onClose: () => void }) {
  const { t } = useTranslation(['settings', 'common']);
  const [form] = Form.useForm<YearValues>();
  return (
    <EditModal<YearValues>
      title={t('settings:calendar.editTitle', { year: calendar.year })}
      okText={t('settings:calendar.save')}
      form={form}
      initialValues={{ daysOff: calendar.daysOff, workdays: calendar.workdays, note: calendar.note }}
      done={t('settings:frame.saved')}
      onClose={onClose}
      submit={(values) =>
        setCalendarYear(calendar.year, {
          daysOff: values.daysOff,
          workdays: values.workdays,
          note: values.note?.trim() ? values.note.trim() : null,
          ...(calendar.version === null ? {} : { version: calendar.version }),
        })
      }
    >
      <Typography.Paragraph type="secondary">{t('settings:calendar.editHelp')}</Typography.Paragraph>
      <Form.Item label={t('settings:calendar.daysOff')} name="daysOff">
        <DateList year={calendar.year} addLabel={t('settings:calendar.addDayOff')} />
      </Form.Item>
      <Form.Item label={t('settings:calendar.workdays')} name="workdays">
        <DateList year={calendar.year} addLabel={t('settings:calendar.addWorkday')} />
      </Form.Item>
      <Form.Item label={t('settings:calendar.note')} name="note">
        <Input.TextArea rows={2} maxLength={500} placeholder={t('settings:calendar.notePlaceholder')} />
      </Form.Item>
    </EditModal>
  );
}

/** A list of dates of one year as removable tags, and a date picker to add one (a form control). */
function DateList({
  value = [],
  onChange,
  year,
  addLabel,
  id,
}: {
  value?: string[];
  onChange?: (value: string[]) => void;
  year: number;
  addLabel: string;
  id?: string;
}) {
  const { t } = useTranslation(['settings', 'common']);
  const format = useFormat();
  const weekday = useWeekday();
  const [picked, setPicked] = useState<Dayjs | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  function add() {
    if (!picked) return;
    const date = picked.format('YYYY-MM-DD');
    if (!date.startsWith(`${year}-`)) return setProblem(t('settings:calendar.wrongYear', { year }));
    if (value.includes(date)) return setProblem(t('settings:calendar.already'));
    setProblem(null);
    setPicked(null);
    onChange?.([...value, date].sort());
  }

  return (
    <div id={id}>
      <Flex wrap gap={6} style={{ marginBottom: 8 }}>
        {value.map((date) => (
          <Tag
            key={date}
            closable
            closeIcon={<span aria-label={t('settings:calendar.remove', { date: format.date(date) })}>×</span>}
            onClose={(event) => {
              event.preventDefault();
              onChange?.(value.filter((d) => d !== date));
            }}
            style={{ marginInlineEnd: 0 }}
          >
            {format.date(date)} · {weekday(date)}
          </Tag>
        ))}
      </Flex>
      <Space.Compact style={{ width: '100%', maxWidth: 360 }}>
        <DateField
          value={picked}
          onChange={setPicked}
          aria-label={addLabel}
          placeholder={t('settings:calendar.pickDate')}
        />
        <Button icon={<PlusOutlined />} onClick={add} disabled={!picked}>
          {addLabel}
        </Button>
      </Space.Compact>
      {problem ? (
        <Typography.Text type="danger" role="alert" style={{ display: 'block', fontSize: 12 }}>
          {problem}
        </Typography.Text>
      ) : null}
    </div>
  );
}

interface CalculatorValues {
  receivedAt?: Dayjs | null;
  value?: number | null;
  unit: 'working_days' | 'days';
}

/** Tính ngày hẹn trả: a receipt (Vietnam time) and a time limit → day 0 and the due date. */
function DueDateCalculator() {
  const { t } = useTranslation(['settings', 'common']);
  const format = useFormat();
  const [form] = Form.useForm<CalculatorValues>();
  const [query, setQuery] = useState<{ receivedAt: string; workingDays?: number; days?: number } | null>(
    null,
  );
  const answer = useDueDate(query);

  function compute(values: CalculatorValues) {
    if (!values.receivedAt || values.value == null) return;
    // The moment as typed, in Vietnam time, whatever the browser's own zone.
    const receivedAt = vietnamInstant(values.receivedAt.format('YYYY-MM-DDTHH:mm'));
    setQuery(
      values.unit === 'days' ? { receivedAt, days: values.value } : { receivedAt, workingDays: values.value },
    );
  }

  return (
    <Card
      title={
        <h2 style={{ fontSize: 16, margin: 0 }}>
          <CalculatorOutlined /> {t('settings:calendar.calculator.title')}
        </h2>
      }
    >
      <Typography.Paragraph type="secondary">{t('settings:calendar.calculator.help')}</Typography.Paragraph>
      <Form<CalculatorValues>
        form={form}
        layout="vertical"
        initialValues={{ unit: 'working_days', value: 15 }}
        onFinish={compute}
      >
        <Form.Item
          label={t('settings:calendar.calculator.receivedAt')}
          name="receivedAt"
          rules={[{ required: true, message: t('settings:calendar.calculator.required') }]}
        >
          <DatePicker showTime={{ format: 'HH:mm' }} format="DD/MM/YYYY HH:mm" style={{ width: '100%' }} />
        </Form.Item>
        <Flex gap={8} wrap align="flex-end">
          <Form.Item
            label={t('settings:calendar.calculator.value')}
            name="value"
            rules={[{ required: true, message: t('settings:calendar.calculator.required') }]}
          >
            <InputNumber min={0} max={3650} precision={0} style={{ width: 110 }} />
          </Form.Item>
          <Form.Item label={t('settings:calendar.calculator.unit')} name="unit">
            <Radio.Group
              optionType="button"
              options={[
                { value: 'working_days', label: t('settings:calendar.calculator.workingDays') },
                { value: 'days', label: t('settings:calendar.calculator.days') },
              ]}
            />
          </Form.Item>
        </Flex>
        <Button htmlType="submit" type="primary" loading={answer.isFetching}>
          {t('settings:calendar.calculator.compute')}
        </Button>
      </Form>
      {answer.error ? (
        <Alert type="error" showIcon style={{ marginTop: 16 }} title={errorMessage(t, answer.error)} />
      ) : answer.data ? (
        <div role="status" style={{ marginTop: 16 }}>
          <Descriptions
            size="small"
            column={1}
            bordered
            items={[
              {
                key: 'dayZero',
                label: t('settings:calendar.calculator.dayZero'),
                children: format.date(answer.data.dayZero),
              },
              {
                key: 'due',
                label: t('settings:calendar.calculator.dueDate'),
                children: <strong>{format.date(answer.data.dueDate)}</strong>,
              },
              {
                key: 'years',
                label: t('settings:calendar.calculator.years'),
                children: answer.data.years
                  .map((y) => `${y.year}: ${t(`settings:calendar.sources.${y.source}`)}`)
                  .join('; '),
              },
            ]}
          />
        </div>
      ) : null}
    </Card>
  );
}
