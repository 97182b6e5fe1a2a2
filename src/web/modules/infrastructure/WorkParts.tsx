import { Flex, Progress, Table, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../shared/format.ts';
import {
  useWork,
  type InfrastructureWork,
  type InfrastructureWorkState,
  type ProgressReport,
} from './infrastructure.api.ts';

export const STATE_COLORS: Record<InfrastructureWorkState, string> = {
  late: 'red',
  behind: 'orange',
  not_started: 'default',
  on_track: 'blue',
  completed: 'green',
};

/** The work's state as a tag; a late one says by how many days. */
export function StateTag({ work }: { work: Pick<InfrastructureWork, 'state' | 'daysLate'> }) {
  const { t } = useTranslation('infrastructure');
  return (
    <Tag color={STATE_COLORS[work.state]}>
      {work.state === 'late' ? t('lateTag', { count: work.daysLate }) : t(`states.${work.state}`)}
    </Tag>
  );
}

/** The work's name and kind; on a phone its state and buttons too (their columns are then hidden). */
export function NameCell({
  work,
  phone,
  actions,
}: {
  work: InfrastructureWork;
  phone: boolean;
  /** On a phone, the row's buttons (their column is then hidden). */
  actions?: ReactNode;
}) {
  const { t } = useTranslation('infrastructure');
  return (
    <Flex vertical gap={2} align="flex-start" style={{ minWidth: 180, maxWidth: 320 }}>
      <Typography.Text strong>{work.name}</Typography.Text>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t(`kinds.${work.kind}`)}
      </Typography.Text>
      {phone ? <StateTag work={work} /> : null}
      {phone ? actions : null}
    </Flex>
  );
}

/** The latest reported progress as a bar with its percentage, the plan's and the report's date under it. */
export function ProgressCell({ work }: { work: InfrastructureWork }) {
  const { t } = useTranslation('infrastructure');
  const format = useFormat();
  const pct = work.latest?.progressPct ?? '0';
  return (
    <div style={{ width: 190 }}>
      <Progress
        percent={Number(pct)}
        size="small"
        status={work.state === 'late' ? 'exception' : work.state === 'completed' ? 'success' : 'normal'}
        format={() => `${format.number(pct)}%`}
        aria-label={`${t('fields.progress')} ${format.number(pct)}%`}
      />
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {[
          work.latest ? t('section.reportedOn', { date: format.date(work.latest.reportedOn) }) : null,
          work.expectedPct !== null && work.state !== 'completed'
            ? t('section.expected', { pct: format.number(work.expectedPct) })
            : null,
        ]
          .filter(Boolean)
          .join(' · ')}
      </Typography.Text>
    </div>
  );
}

/** "8,5 / 2,5 km": the design capacity and the capacity reached, in the work's unit. */
export function CapacityText({ work }: { work: InfrastructureWork }) {
  const format = useFormat();
  const planned = work.plannedCapacity === null ? '—' : format.number(work.plannedCapacity);
  const reached = work.latest?.actualCapacity == null ? '—' : format.number(work.latest.actualCapacity);
  return <span style={{ whiteSpace: 'nowrap' }}>{`${planned} / ${reached} ${work.capacityUnit}`}</span>;
}

/** "186,500 / 98,000 tỷ đồng": the total capital and what was disbursed. */
export function CapitalText({ work }: { work: InfrastructureWork }) {
  const format = useFormat();
  return (
    <Flex vertical>
      <span style={{ whiteSpace: 'nowrap' }}>{format.ty(work.plannedCapitalVnd)}</span>
      <Typography.Text type="secondary" style={{ fontSize: 12, whiteSpace: 'nowrap' }}>
        {work.latest?.disbursedVnd == null ? '—' : format.ty(work.latest.disbursedVnd)}
      </Typography.Text>
    </Flex>
  );
}

/** "01/01/2024 – 31/12/2024", and the day it was completed. */
export function ScheduleText({ work }: { work: InfrastructureWork }) {
  const { t } = useTranslation('infrastructure');
  const format = useFormat();
  return (
    <Flex vertical>
      <span style={{ whiteSpace: 'nowrap' }}>
        {`${work.plannedStartOn ? format.date(work.plannedStartOn) : '…'} – ${format.date(work.plannedCompletionOn)}`}
      </span>
      {work.completedOn ? (
        <Typography.Text type="success" style={{ fontSize: 12 }}>
          {`${t('states.completed')}: ${format.date(work.completedOn)}`}
        </Typography.Text>
      ) : null}
    </Flex>
  );
}

/** A work's progress reports, oldest first (loaded when the row is opened). */
export function ProgressHistory({ work }: { work: InfrastructureWork }) {
  const { t } = useTranslation('infrastructure');
  const format = useFormat();
  const detail = useWork(work.id);
  return (
    <div>
      <Typography.Text strong>{t('section.history')}</Typography.Text>
      <Table<ProgressReport>
        rowKey="id"
        size="small"
        loading={detail.isPending}
        dataSource={detail.data?.progressReports}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: t('section.noReports') }}
        columns={[
          { title: t('fields.reportedOn'), dataIndex: 'reportedOn', render: (v: string) => format.date(v) },
          {
            title: t('fields.progressPct'),
            dataIndex: 'progressPct',
            align: 'right',
            render: (v: string) => `${format.number(v)}%`,
          },
          {
            title: `${t('fields.actualCapacity')} (${work.capacityUnit})`,
            dataIndex: 'actualCapacity',
            align: 'right',
            render: (v: string | null) => (v === null ? '—' : format.number(v)),
          },
          {
            title: t('fields.disbursed'),
            dataIndex: 'disbursedVnd',
            align: 'right',
            render: (v: string | null) => format.ty(v),
          },
          { title: t('fields.note'), dataIndex: 'note' },
        ]}
      />
    </div>
  );
}
