import { DownloadOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Empty, Flex, Input, Select, Space, Table, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { BoardPicker, useBoardChoice } from '../../app/board-choice.tsx';
import { useCan } from '../../app/session.tsx';
import { vietnamToday } from '../../../domain/calendar-date.ts';
import {
  BEHIND_THRESHOLD_POINTS,
  INFRASTRUCTURE_WORK_KINDS,
  INFRASTRUCTURE_WORK_STATES,
} from '../../../domain/infrastructure-works.ts';
import { DateField } from '../../shared/DateField.tsx';
import { errorMessage } from '../../shared/errors.ts';
import { FilterBar } from '../../shared/FilterBar.tsx';
import { useListParams } from '../../shared/list-params.ts';
import { PageTitle } from '../../shared/PageTitle.tsx';
import { usePhone } from '../../shared/screen.ts';
import {
  downloadWorks,
  useWorks,
  useZoneChoices,
  type InfrastructureWork,
  type WorksQuery,
} from './infrastructure.api.ts';
import { ProgressFormModal, WorkFormModal } from './WorkForms.tsx';
import {
  CapacityText,
  CapitalText,
  ProgressCell,
  ProgressHistory,
  NameCell,
  ScheduleText,
  StateTag,
} from './WorkParts.tsx';

/** The states the page shows when the address names none: the works behind schedule. */
const DEFAULT_STATES = ['late', 'behind'];
/** In the address: every state (no filter), as opposed to no `state` at all (the default). */
const ALL = 'all';

/**
 * Công trình hạ tầng of the board's zones: by default the works behind schedule (late, behind
 * plan), filters in the address, the list as an Excel workbook.
 */
export function Component() {
  const { t } = useTranslation(['infrastructure', 'common']);
  const { message } = App.useApp();
  const phone = usePhone();
  const canWrite = useCan('records.write');
  const board = useBoardChoice();
  const zones = useZoneChoices(board.boardId);
  const params = useListParams(['state', 'kind', 'zone', 'q', 'asOf'] as const);
  const rawStates = params.list('state');
  const states =
    rawStates.length === 0
      ? DEFAULT_STATES
      : rawStates.includes(ALL)
        ? []
        : rawStates.filter((s) => (INFRASTRUCTURE_WORK_STATES as readonly string[]).includes(s));
  const asOf = typeof params.values.asOf === 'string' ? params.values.asOf : undefined;
  const q = typeof params.values.q === 'string' ? params.values.q : undefined;
  const query: WorksQuery = {
    board: board.board ? [board.board.code] : undefined,
    state: states,
    kind: params.list('kind'),
    zone: params.list('zone'),
    asOf,
    q,
    page: params.page,
    pageSize: params.pageSize,
  };
  const works = useWorks(query, board.boardId !== undefined);
  const [adding, setAdding] = useState(false);
  const [reporting, setReporting] = useState<InfrastructureWork | null>(null);
  const [busy, setBusy] = useState(false);
  const report = (work: InfrastructureWork) => (
    <Button size="small" onClick={() => setReporting(work)}>
      {t('infrastructure:section.report')}
    </Button>
  );

  async function download() {
    setBusy(true);
    try {
      await downloadWorks(query);
    } catch (error) {
      void message.error(t('infrastructure:page.downloadFailed', { message: errorMessage(t, error) }));
    } finally {
      setBusy(false);
    }
  }

  const wide = phone ? '100%' : 260;
  return (
    <>
      <PageTitle
        title={t('infrastructure:page.title')}
        subtitle={t('infrastructure:page.subtitle', { points: BEHIND_THRESHOLD_POINTS })}
        extra={
          <Space wrap>
            <BoardPicker choice={board} />
            <Button
              icon={<DownloadOutlined />}
              loading={busy}
              disabled={!board.boardId}
              onClick={() => void download()}
            >
              {t('infrastructure:page.download')}
            </Button>
            {canWrite ? (
              <Button
                type="primary"
                icon={<PlusOutlined />}
                disabled={!board.boardId}
                onClick={() => setAdding(true)}
              >
                {t('infrastructure:section.add')}
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
            <Select
              mode="multiple"
              allowClear
              aria-label={t('infrastructure:fields.state')}
              placeholder={t('infrastructure:page.allStates')}
              value={states}
              style={{ width: phone ? '100%' : 320 }}
              onChange={(values: string[]) => params.update({ state: values.length ? values : ALL })}
              options={INFRASTRUCTURE_WORK_STATES.map((s) => ({
                value: s,
                label: t(`infrastructure:states.${s}`),
              }))}
            />
            <Select
              mode="multiple"
              allowClear
              aria-label={t('infrastructure:fields.zone')}
              placeholder={t('infrastructure:page.allZones')}
              value={params.list('zone')}
              style={{ width: wide }}
              onChange={(values: string[]) => params.update({ zone: values })}
              showSearch={{ optionFilterProp: 'label' }}
              options={(zones.data ?? []).map((z) => ({ value: z.id, label: `${z.code} — ${z.name}` }))}
            />
            <Select
              mode="multiple"
              allowClear
              aria-label={t('infrastructure:fields.kind')}
              placeholder={t('infrastructure:page.allKinds')}
              value={params.list('kind')}
              style={{ width: wide }}
              onChange={(values: string[]) => params.update({ kind: values })}
              options={INFRASTRUCTURE_WORK_KINDS.map((k) => ({
                value: k,
                label: t(`infrastructure:kinds.${k}`),
              }))}
            />
            <Flex align="center" gap={8} style={{ width: phone ? '100%' : 'auto' }}>
              <Typography.Text style={{ whiteSpace: 'nowrap' }}>
                {t('infrastructure:fields.asOf')}
              </Typography.Text>
              <DateField
                aria-label={t('infrastructure:fields.asOf')}
                value={dayjs(asOf ?? vietnamToday())}
                onChange={(value) => params.update({ asOf: value ? value.format('YYYY-MM-DD') : undefined })}
              />
            </Flex>
            <Input.Search
              allowClear
              aria-label={t('infrastructure:fields.q')}
              placeholder={t('infrastructure:fields.q')}
              defaultValue={q}
              maxLength={200}
              style={{ width: wide }}
              onSearch={(value) => params.update({ q: value.trim() || undefined })}
            />
          </FilterBar>
          {works.error ? (
            <Alert type="error" showIcon style={{ marginBottom: 16 }} title={errorMessage(t, works.error)} />
          ) : null}
          <Table<InfrastructureWork>
            rowKey="id"
            size="small"
            loading={works.isFetching}
            dataSource={works.data?.items}
            scroll={{ x: 'max-content' }}
            locale={{ emptyText: t('infrastructure:page.empty') }}
            expandable={{ expandedRowRender: (work) => <ProgressHistory work={work} /> }}
            pagination={{
              current: params.page,
              pageSize: params.pageSize,
              total: works.data?.total ?? 0,
              showSizeChanger: true,
              showTotal: (total) => t('infrastructure:page.total', { count: total }),
              onChange: (page, pageSize) => params.update({ page, pageSize }),
            }}
            columns={[
              {
                title: t('infrastructure:fields.zone'),
                render: (_, work) => <Link to={`/zones/${work.zone.id}`}>{work.zone.name}</Link>,
              },
              {
                title: t('infrastructure:fields.name'),
                render: (_, work) => (
                  <NameCell work={work} phone={phone} actions={canWrite ? report(work) : null} />
                ),
              },
              {
                title: t('infrastructure:fields.state'),
                responsive: ['sm'],
                render: (_, work) => <StateTag work={work} />,
              },
              {
                title: t('infrastructure:fields.progress'),
                render: (_, work) => <ProgressCell work={work} />,
              },
              {
                title: t('infrastructure:fields.schedule'),
                render: (_, work) => <ScheduleText work={work} />,
              },
              {
                title: t('infrastructure:fields.capacity'),
                render: (_, work) => <CapacityText work={work} />,
              },
              { title: t('infrastructure:fields.capital'), render: (_, work) => <CapitalText work={work} /> },
              ...(canWrite
                ? [
                    {
                      key: 'actions',
                      title: '',
                      responsive: ['sm' as const],
                      fixed: 'right' as const,
                      render: (_: unknown, work: InfrastructureWork) => report(work),
                    },
                  ]
                : []),
            ]}
          />
        </>
      )}
      {adding && board.boardId ? (
        <WorkFormModal boardId={board.boardId} onClose={() => setAdding(false)} />
      ) : null}
      {reporting ? <ProgressFormModal work={reporting} onClose={() => setReporting(null)} /> : null}
    </>
  );
}
