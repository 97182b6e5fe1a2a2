import { Alert, Empty, Select, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { InspectionTopic } from '../../../domain/inspection.ts';
import { BoardPicker, useBoardChoice } from '../../app/board-choice.tsx';
import { errorMessage } from '../../shared/errors.ts';
import { FilterBar } from '../../shared/FilterBar.tsx';
import { useFormat } from '../../shared/format.ts';
import { useListParams } from '../../shared/list-params.ts';
import { PageTitle } from '../../shared/PageTitle.tsx';
import { usePhone } from '../../shared/screen.ts';
import { useFindings, type FindingRow, type FindingSeverity } from './inspection.api.ts';
import { FINDING_VIEWS, findingViewOf, statesOfView, viewParam } from './inspection-rules.ts';
import { FindingStateTag, SeverityTag } from './words.tsx';

/**
 * Theo dõi khắc phục: the findings across inspections by remedy deadline — by default every one
 * not yet remedied (overdue first), or one state — each linking to its inspection.
 */
export function Component() {
  const { t } = useTranslation(['inspection', 'common']);
  const format = useFormat();
  const phone = usePhone();
  const board = useBoardChoice();
  const params = useListParams(['state'] as const);
  const view = findingViewOf(params.values.state);
  const findings = useFindings({
    board: board.board?.code,
    state: statesOfView(view),
    page: params.page,
    pageSize: params.pageSize,
  });

  return (
    <>
      <PageTitle
        title={t('inspection:findings.title')}
        subtitle={
          findings.data
            ? t('inspection:findings.asOf', { date: format.date(findings.data.asOf) })
            : t('inspection:findings.subtitle')
        }
        extra={<BoardPicker choice={board} />}
      />
      {!board.boardId ? (
        <Empty description={t('common:boardChoice.needed')} />
      ) : (
        <>
          <FilterBar phone={phone}>
            <Select
              aria-label={t('inspection:fields.state')}
              value={view}
              style={{ width: phone ? '100%' : 240 }}
              onChange={(value: (typeof FINDING_VIEWS)[number]) => params.update({ state: viewParam(value) })}
              options={FINDING_VIEWS.map((v) => ({ value: v, label: t(`inspection:findingViews.${v}`) }))}
            />
          </FilterBar>
          {findings.error ? (
            <Alert
              type="error"
              showIcon
              style={{ marginBottom: 16 }}
              title={errorMessage(t, findings.error)}
            />
          ) : null}
          <Table<FindingRow>
            rowKey="id"
            size="small"
            loading={findings.isFetching}
            dataSource={findings.data?.items}
            scroll={{ x: 'max-content' }}
            locale={{ emptyText: t('inspection:findings.empty') }}
            pagination={{
              current: params.page,
              pageSize: params.pageSize,
              total: findings.data?.total,
              simple: phone,
              showTotal: (total) => t('common:list.total', { total }),
              onChange: (page, pageSize) => params.update({ page, pageSize }),
            }}
            columns={[
              {
                title: t('inspection:fields.state'),
                render: (_, row) => <FindingStateTag state={row.state} />,
              },
              {
                title: t('inspection:fields.remedyDueOn'),
                render: (_, row) => (
                  <>
                    {format.date(row.remedyDueOn)}
                    {row.daysOverdue > 0 ? (
                      <div>
                        <Typography.Text type="danger">
                          {t('inspection:inspection.overdueDays', { count: row.daysOverdue })}
                        </Typography.Text>
                      </div>
                    ) : null}
                  </>
                ),
              },
              {
                title: t('inspection:fields.enterprise'),
                render: (_, row) => (
                  <div style={{ minWidth: 180, maxWidth: 300 }}>
                    <Link to={`/inspection/inspections/${row.inspection.id}`}>{row.enterprise.name}</Link>
                    <div>
                      <Typography.Text type="secondary">
                        {t('inspection:findings.inspectedOn', {
                          date: format.date(row.inspection.startedOn),
                        })}
                        {row.inspection.recordNumber
                          ? ` · ${t('inspection:findings.record', { number: row.inspection.recordNumber })}`
                          : ''}
                      </Typography.Text>
                    </div>
                  </div>
                ),
              },
              {
                title: t('inspection:fields.topic'),
                dataIndex: 'topic',
                render: (topic: InspectionTopic) => t(`inspection:topics.${topic}`),
                responsive: ['md'],
              },
              {
                title: t('inspection:fields.description'),
                dataIndex: 'description',
                render: (text: string) => <div style={{ minWidth: 200, maxWidth: 340 }}>{text}</div>,
              },
              {
                title: t('inspection:fields.remedy'),
                dataIndex: 'remedy',
                render: (text: string) => <div style={{ minWidth: 180, maxWidth: 300 }}>{text}</div>,
                responsive: ['lg'],
              },
              {
                title: t('inspection:fields.severity'),
                dataIndex: 'severity',
                render: (s: FindingSeverity) => <SeverityTag severity={s} />,
                responsive: ['md'],
              },
              {
                title: t('inspection:fields.fine'),
                dataIndex: 'fineDong',
                align: 'right',
                render: (fine: string | null) => (fine === null ? '—' : format.dong(fine)),
                responsive: ['lg'],
              },
            ]}
          />
        </>
      )}
    </>
  );
}
