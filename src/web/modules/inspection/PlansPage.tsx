import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Empty, Form, Input, InputNumber, Progress, Space, Table } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { BoardPicker, useBoardChoice } from '../../app/board-choice.tsx';
import { useCan } from '../../app/session.tsx';
import { errorMessage } from '../../shared/errors.ts';
import { FilterBar } from '../../shared/FilterBar.tsx';
import { useFormat } from '../../shared/format.ts';
import { FormModal } from '../../shared/FormModal.tsx';
import { useListParams } from '../../shared/list-params.ts';
import { PageTitle } from '../../shared/PageTitle.tsx';
import { usePhone } from '../../shared/screen.ts';
import { useCreatePlan, usePlans, type Plan, type PlanSummary } from './inspection.api.ts';
import { PlanStatusTag, YearSelect } from './words.tsx';

const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/** Kế hoạch kiểm tra: the board's yearly plans, their approval and how far each is done. */
export function Component() {
  const { t } = useTranslation(['inspection', 'common']);
  const format = useFormat();
  const phone = usePhone();
  const navigate = useNavigate();
  const canManage = useCan('inspection.manage');
  const board = useBoardChoice();
  const params = useListParams(['year'] as const);
  const thisYear = new Date().getFullYear();
  const year = Number(one(params.values.year)) || thisYear;
  const plans = usePlans({ board: board.board?.code, year });
  const [creating, setCreating] = useState(false);

  return (
    <>
      <PageTitle
        title={t('inspection:plans.title')}
        subtitle={t('inspection:plans.subtitle')}
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
                {t('inspection:plans.add')}
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
              label={t('inspection:fields.year')}
              value={year}
              onChange={(y) => params.update({ year: y === undefined ? undefined : String(y) })}
            />
          </FilterBar>
          {plans.error ? (
            <Alert type="error" showIcon style={{ marginBottom: 16 }} title={errorMessage(t, plans.error)} />
          ) : null}
          <Table<PlanSummary>
            rowKey="id"
            size="small"
            loading={plans.isFetching}
            dataSource={plans.data?.items}
            pagination={false}
            scroll={{ x: 'max-content' }}
            locale={{ emptyText: t('inspection:plans.empty', { year }) }}
            columns={[
              {
                title: t('inspection:fields.planName'),
                dataIndex: 'name',
                render: (name: string, row) => (
                  <div style={{ minWidth: 180, maxWidth: 420 }}>
                    <Link to={`/inspection/plans/${row.id}`}>{name}</Link>
                  </div>
                ),
              },
              {
                title: t('inspection:fields.status'),
                dataIndex: 'status',
                render: (_, row) => <PlanStatusTag status={row.status} />,
              },
              {
                title: t('inspection:fields.decision'),
                render: (_, row) =>
                  row.decisionNumber
                    ? t('inspection:plan.decisionShort', {
                        number: row.decisionNumber,
                        date: format.date(row.decisionDate),
                      })
                    : '—',
                responsive: ['md'],
              },
              {
                title: t('inspection:plans.progress'),
                render: (_, row) => (
                  <div style={{ minWidth: 140 }}>
                    {t('inspection:plans.doneOf', { done: row.doneItemCount, count: row.itemCount })}
                    {row.itemCount > 0 ? (
                      <Progress
                        size="small"
                        showInfo={false}
                        percent={Math.round((row.doneItemCount / row.itemCount) * 100)}
                      />
                    ) : null}
                  </div>
                ),
              },
            ]}
          />
        </>
      )}
      {creating && board.board ? (
        <NewPlanModal
          board={board.board.code}
          year={year}
          onClose={(plan) => {
            setCreating(false);
            if (plan) void navigate(`/inspection/plans/${plan.id}`);
          }}
        />
      ) : null}
    </>
  );
}

interface PlanValues {
  year: number;
  name: string;
  note?: string;
}

function NewPlanModal({
  board,
  year,
  onClose,
}: {
  board: string;
  year: number;
  onClose: (plan?: Plan) => void;
}) {
  const { t } = useTranslation(['inspection', 'common']);
  const create = useCreatePlan();
  return (
    <FormModal<PlanValues, Plan>
      title={t('inspection:plans.addTitle')}
      okText={t('inspection:plans.create')}
      initialValues={{ year, name: t('inspection:plans.defaultName', { year }) }}
      onClose={onClose}
      send={(v) =>
        create.mutateAsync({ board, year: v.year, name: v.name.trim(), note: v.note?.trim() || undefined })
      }
    >
      <Form.Item name="year" label={t('inspection:fields.year')} rules={[{ required: true }]}>
        <InputNumber min={2000} max={2100} style={{ width: 140 }} />
      </Form.Item>
      <Form.Item
        name="name"
        label={t('inspection:fields.planName')}
        rules={[{ required: true, whitespace: true, message: t('common:fieldErrors.required') }]}
      >
        <Input.TextArea maxLength={500} autoSize={{ minRows: 2, maxRows: 4 }} />
      </Form.Item>
      <Form.Item name="note" label={t('inspection:fields.note')}>
        <Input.TextArea maxLength={4000} autoSize={{ minRows: 2, maxRows: 6 }} />
      </Form.Item>
    </FormModal>
  );
}
