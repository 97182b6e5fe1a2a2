import { DownloadOutlined, PaperClipOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Empty, Input, Select, Space, Table } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ZONE_DECISION_KINDS, type ZoneDecisionKind } from '../../../domain/zone-decisions.ts';
import { BoardPicker, useBoardChoice } from '../../app/board-choice.tsx';
import { useCan } from '../../app/session.tsx';
import { DateField } from '../../shared/DateField.tsx';
import { errorMessage } from '../../shared/errors.ts';
import { FilterBar } from '../../shared/FilterBar.tsx';
import { useFormat } from '../../shared/format.ts';
import { useListParams } from '../../shared/list-params.ts';
import { PageTitle } from '../../shared/PageTitle.tsx';
import { usePhone } from '../../shared/screen.ts';
import { DecisionFormModal } from './DecisionForm.tsx';
import {
  downloadDecisionFile,
  downloadDecisions,
  useDecisions,
  useZoneChoices,
  type ZoneDecision,
} from './planning.api.ts';

const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Sổ quyết định về khu: the board's decisions about its zones, filtered in the address. */
export function Component() {
  const { t } = useTranslation(['planning', 'common']);
  const format = useFormat();
  const phone = usePhone();
  const { message } = App.useApp();
  const canWrite = useCan('records.write');
  const board = useBoardChoice();
  const params = useListParams(['zone', 'kind', 'from', 'to', 'q'] as const);
  const zone = one(params.values.zone);
  const kind = ZONE_DECISION_KINDS.find((k) => k === one(params.values.kind)) as ZoneDecisionKind | undefined;
  const from = one(params.values.from);
  const to = one(params.values.to);
  const q = one(params.values.q);
  const [search, setSearch] = useState(q ?? '');
  useEffect(() => setSearch(q ?? ''), [q]);
  const zones = useZoneChoices(board.boardId);
  const filters = {
    board: board.board?.code,
    zone,
    kind,
    from: from && DATE.test(from) ? from : undefined,
    to: to && DATE.test(to) ? to : undefined,
    q: q || undefined,
  };
  const decisions = useDecisions(
    { ...filters, page: params.page, pageSize: params.pageSize },
    board.boardId !== undefined,
  );
  const [adding, setAdding] = useState(false);
  const [downloading, setDownloading] = useState(false);
  const width = (desk: number) => (phone ? '100%' : desk);

  return (
    <>
      <PageTitle
        title={t('planning:register.title')}
        subtitle={t('planning:register.subtitle')}
        extra={
          <Space wrap>
            <BoardPicker choice={board} />
            <Button
              icon={<DownloadOutlined />}
              loading={downloading}
              disabled={!board.boardId}
              onClick={() => {
                setDownloading(true);
                void downloadDecisions(filters)
                  .catch((error: unknown) =>
                    message.error(t('planning:register.excelFailed', { message: errorMessage(t, error) })),
                  )
                  .finally(() => setDownloading(false));
              }}
            >
              {t('planning:register.excel')}
            </Button>
            {canWrite ? (
              <Button
                type="primary"
                icon={<PlusOutlined />}
                disabled={!board.boardId}
                onClick={() => setAdding(true)}
              >
                {t('planning:section.add')}
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
            <Input.Search
              allowClear
              aria-label={t('planning:register.search')}
              placeholder={t('planning:register.search')}
              value={search}
              maxLength={200}
              style={{ width: width(280) }}
              onChange={(event) => setSearch(event.target.value)}
              onSearch={(value) => params.update({ q: value.trim() })}
            />
            <Select
              allowClear
              showSearch={{ optionFilterProp: 'label' }}
              aria-label={t('planning:fields.zone')}
              placeholder={t('planning:register.allZones')}
              value={zone}
              style={{ width: width(260) }}
              onChange={(value?: string) => params.update({ zone: value })}
              options={(zones.data ?? []).map((z) => ({ value: z.id, label: `${z.code} — ${z.name}` }))}
            />
            <Select
              allowClear
              aria-label={t('planning:fields.kind')}
              placeholder={t('planning:register.allKinds')}
              value={kind}
              style={{ width: width(220) }}
              onChange={(value?: string) => params.update({ kind: value })}
              options={ZONE_DECISION_KINDS.map((k) => ({ value: k, label: t(`planning:kinds.${k}`) }))}
            />
            <div style={{ width: width(160) }}>
              <DateField
                aria-label={t('planning:register.from')}
                placeholder={t('planning:register.from')}
                value={filters.from ? dayjs(filters.from) : null}
                onChange={(value) => params.update({ from: value ? value.format('YYYY-MM-DD') : undefined })}
              />
            </div>
            <div style={{ width: width(160) }}>
              <DateField
                aria-label={t('planning:register.to')}
                placeholder={t('planning:register.to')}
                value={filters.to ? dayjs(filters.to) : null}
                onChange={(value) => params.update({ to: value ? value.format('YYYY-MM-DD') : undefined })}
              />
            </div>
          </FilterBar>
          {decisions.error ? (
            <Alert
              type="error"
              showIcon
              style={{ marginBottom: 16 }}
              title={errorMessage(t, decisions.error)}
            />
          ) : null}
          <Table<ZoneDecision>
            rowKey="id"
            size="small"
            loading={decisions.isFetching}
            dataSource={decisions.data?.items}
            scroll={{ x: 'max-content' }}
            locale={{ emptyText: t('planning:register.empty') }}
            pagination={{
              current: params.page,
              pageSize: params.pageSize,
              total: decisions.data?.total ?? 0,
              simple: phone,
              showSizeChanger: !phone,
              showTotal: (total) => t('planning:register.total', { count: total }),
              onChange: (page, pageSize) => params.update({ page, pageSize }),
            }}
            columns={[
              {
                title: t('planning:fields.signedOn'),
                dataIndex: 'signedOn',
                render: (value: string) => format.date(value),
              },
              {
                title: t('planning:fields.number'),
                dataIndex: 'number',
              },
              {
                title: t('planning:fields.zone'),
                render: (_, row) => row.zone.name,
              },
              {
                title: t('planning:fields.kind'),
                dataIndex: 'kind',
                render: (value: ZoneDecisionKind) => t(`planning:kinds.${value}`),
              },
              {
                title: t('planning:fields.issuer'),
                dataIndex: 'issuer',
                responsive: ['md'],
                render: (value: string) => <div style={{ maxWidth: 200 }}>{value}</div>,
              },
              {
                title: t('planning:fields.summary'),
                dataIndex: 'summary',
                render: (value: string) => <div style={{ minWidth: 200, maxWidth: 320 }}>{value}</div>,
              },
              {
                title: t('planning:fields.area'),
                align: 'right',
                render: (_, row) =>
                  row.areaBeforeHa !== null && row.areaAfterHa !== null
                    ? `${format.ha(row.areaBeforeHa)} → ${format.ha(row.areaAfterHa)}`
                    : row.areaAfterHa !== null
                      ? format.ha(row.areaAfterHa)
                      : '—',
              },
              {
                title: t('planning:fields.file'),
                render: (_, row) =>
                  row.file ? (
                    <Button
                      type="link"
                      size="small"
                      icon={<PaperClipOutlined />}
                      aria-label={t('planning:section.downloadFile', { number: row.number })}
                      style={{ paddingInline: 0 }}
                      onClick={() =>
                        void downloadDecisionFile(row).catch((error: unknown) =>
                          message.error(errorMessage(t, error)),
                        )
                      }
                    >
                      {row.file.name}
                    </Button>
                  ) : (
                    '—'
                  ),
              },
            ]}
          />
        </>
      )}
      {adding && board.boardId ? (
        <DecisionFormModal boardId={board.boardId} onClose={() => setAdding(false)} />
      ) : null}
    </>
  );
}
