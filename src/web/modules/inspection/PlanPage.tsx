import { DeleteOutlined, EditOutlined, FileSearchOutlined, PlusOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Descriptions,
  Form,
  Input,
  Popconfirm,
  Result,
  Select,
  Space,
  Spin,
  Table,
  Tag,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import type { InspectionTopic } from '../../../domain/inspection.ts';
import { useCan, useSession } from '../../app/session.tsx';
import { ApiError } from '../../shared/api.ts';
import { DateField } from '../../shared/DateField.tsx';
import { errorMessage } from '../../shared/errors.ts';
import { useFormat } from '../../shared/format.ts';
import { FormModal } from '../../shared/FormModal.tsx';
import { PageTitle } from '../../shared/PageTitle.tsx';
import { usePhone } from '../../shared/screen.ts';
import { EnterpriseSelect } from './EnterpriseSelect.tsx';
import {
  useAddPlanItem,
  useApprovePlan,
  useDeletePlan,
  useDeletePlanItem,
  useEditPlan,
  useEditPlanItem,
  usePlan,
  type Overlap,
  type Plan,
  type PlanItem,
} from './inspection.api.ts';
import { InspectionFormModal, USUAL_AGENCIES } from './InspectionFormModal.tsx';
import { overlapsOfItem } from './inspection-rules.ts';
import { OverlapAlert } from './OverlapAlert.tsx';
import { PlanStatusTag, TopicSelect, TopicTags, WordsSelect, useMonthOptions } from './words.tsx';

type Dialog =
  | { kind: 'item'; item?: PlanItem }
  | { kind: 'approve' }
  | { kind: 'edit' }
  | { kind: 'inspection'; item: PlanItem };

/**
 * Một kế hoạch kiểm tra: its lines (the enterprise, the topics, the month, who co-operates), the
 * overlap warnings of the year (an enterprise inspected twice on one topic), the approval by
 * decision, and from an approved plan's line the inspection done under it.
 */
export function Component() {
  const { id = '' } = useParams();
  const { t } = useTranslation(['inspection', 'common']);
  const format = useFormat();
  const months = useMonthOptions();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const canManage = useCan('inspection.manage');
  const phone = usePhone();
  const me = useSession();
  const plan = usePlan(id);
  const deletePlan = useDeletePlan();
  const deleteItem = useDeletePlanItem();
  const [dialog, setDialog] = useState<Dialog | null>(null);

  if (plan.isPending) return <Spin />;
  if (plan.error) return <Result status="warning" title={errorMessage(t, plan.error)} />;
  const p = plan.data;
  const draft = p.status === 'draft';
  const boardRef = me.visibleBoards.find((b) => b.code === p.board);

  async function run(send: () => Promise<unknown>, done: string) {
    try {
      await send();
      void message.success(done);
    } catch (error) {
      void message.error(errorMessage(t, error));
      if (error instanceof ApiError && error.code === 'VERSION_CONFLICT') void plan.refetch();
    }
  }

  return (
    <>
      <PageTitle
        title={p.name}
        subtitle={
          <Space wrap>
            <PlanStatusTag status={p.status} />
            <span>{t('inspection:plan.year', { year: p.year })}</span>
          </Space>
        }
        extra={
          <Space wrap>
            <Link to={`/inspection/plans?year=${p.year}`}>{t('inspection:plan.back')}</Link>
            {canManage ? (
              <Button icon={<EditOutlined />} onClick={() => setDialog({ kind: 'edit' })}>
                {t('common:actions.edit')}
              </Button>
            ) : null}
            {canManage && draft ? (
              <>
                <Button icon={<PlusOutlined />} onClick={() => setDialog({ kind: 'item' })}>
                  {t('inspection:plan.addItem')}
                </Button>
                <Button
                  type="primary"
                  disabled={p.items.length === 0}
                  onClick={() => setDialog({ kind: 'approve' })}
                >
                  {t('inspection:plan.approve')}
                </Button>
                <Popconfirm
                  title={t('inspection:plan.deleteConfirm')}
                  okText={t('common:actions.delete')}
                  okButtonProps={{ danger: true }}
                  cancelText={t('common:actions.cancel')}
                  onConfirm={() =>
                    run(async () => {
                      await deletePlan.mutateAsync({ id: p.id, version: p.version });
                      void navigate(`/inspection/plans?year=${p.year}`);
                    }, t('inspection:plan.deleted'))
                  }
                >
                  <Button danger icon={<DeleteOutlined />}>
                    {t('inspection:plan.delete')}
                  </Button>
                </Popconfirm>
              </>
            ) : null}
          </Space>
        }
      />
      <OverlapAlert overlaps={p.overlaps} />
      <Descriptions size="small" column={{ xs: 1, md: 3 }} style={{ marginBottom: 16 }}>
        <Descriptions.Item label={t('inspection:fields.decision')}>
          {p.decisionNumber
            ? t('inspection:plan.decisionShort', {
                number: p.decisionNumber,
                date: format.date(p.decisionDate),
              })
            : t('inspection:plan.notApproved')}
        </Descriptions.Item>
        <Descriptions.Item label={t('inspection:fields.approvedBy')}>{p.approvedBy ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={t('inspection:plans.progress')}>
          {t('inspection:plans.doneOf', { done: p.doneItemCount, count: p.itemCount })}
        </Descriptions.Item>
        {p.note ? (
          <Descriptions.Item label={t('inspection:fields.note')} span={3}>
            <Typography.Text style={{ whiteSpace: 'pre-wrap' }}>{p.note}</Typography.Text>
          </Descriptions.Item>
        ) : null}
      </Descriptions>
      <Table<PlanItem>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={p.items}
        scroll={{ x: 'max-content' }}
        title={() => <Typography.Text strong>{t('inspection:plan.items')}</Typography.Text>}
        locale={{ emptyText: t('inspection:plan.noItems') }}
        columns={[
          {
            title: t('inspection:fields.enterprise'),
            render: (_, row) => (
              <div style={{ minWidth: 180, maxWidth: 320 }}>
                {row.enterprise.name}
                <div>
                  <Typography.Text type="secondary">
                    {t('inspection:fields.taxCodeShort', { taxCode: row.enterprise.taxCode })}
                  </Typography.Text>
                </div>
              </div>
            ),
          },
          {
            title: t('inspection:fields.topics'),
            render: (_, row) => (
              <div style={{ minWidth: 160, maxWidth: 300 }}>
                <TopicTags topics={row.topics} />
                {overlapsOfItem(p.overlaps, row).length > 0 ? (
                  <Tag color="warning">{t('inspection:plan.overlapTag')}</Tag>
                ) : null}
              </div>
            ),
          },
          {
            title: t('inspection:fields.plannedMonth'),
            dataIndex: 'plannedMonth',
            render: (m: number | null) =>
              m === null ? t('inspection:plan.wholeYear') : t('inspection:plan.month', { month: m }),
          },
          {
            title: t('inspection:fields.cooperatingAgencies'),
            render: (_, row) => (
              <div style={{ minWidth: 160, maxWidth: 300 }}>
                {row.cooperatingAgencies.length ? row.cooperatingAgencies.join('; ') : '—'}
              </div>
            ),
            responsive: ['md'],
          },
          {
            title: t('inspection:fields.leadUnit'),
            dataIndex: 'leadUnit',
            render: (u: string) => u || '—',
            responsive: ['lg'],
          },
          {
            title: t('inspection:fields.done'),
            render: (_, row) =>
              row.done.length === 0 ? (
                <Typography.Text type="secondary">{t('inspection:plan.notDone')}</Typography.Text>
              ) : (
                <Space size={4} wrap>
                  {row.done.map((inspectionId, i) => (
                    <Link key={inspectionId} to={`/inspection/inspections/${inspectionId}`}>
                      {t('inspection:plan.doneLink', { n: i + 1 })}
                    </Link>
                  ))}
                </Space>
              ),
          },
          ...(canManage
            ? [
                {
                  key: 'actions',
                  fixed: phone ? undefined : ('right' as const),
                  render: (_: unknown, row: PlanItem) => (
                    <Space size={4} wrap>
                      {!draft ? (
                        <Button
                          size="small"
                          type={row.done.length === 0 ? 'primary' : 'default'}
                          icon={<FileSearchOutlined />}
                          onClick={() => setDialog({ kind: 'inspection', item: row })}
                        >
                          {t('inspection:plan.recordInspection')}
                        </Button>
                      ) : null}
                      <Button
                        size="small"
                        icon={<EditOutlined />}
                        aria-label={t('inspection:plan.editItem', { name: row.enterprise.name })}
                        onClick={() => setDialog({ kind: 'item', item: row })}
                      />
                      {draft ? (
                        <Popconfirm
                          title={t('inspection:plan.itemDeleteConfirm')}
                          okText={t('common:actions.delete')}
                          okButtonProps={{ danger: true }}
                          cancelText={t('common:actions.cancel')}
                          onConfirm={() =>
                            run(
                              () => deleteItem.mutateAsync({ id: row.id, version: row.version }),
                              t('inspection:plan.itemDeleted'),
                            )
                          }
                        >
                          <Button
                            size="small"
                            danger
                            icon={<DeleteOutlined />}
                            aria-label={t('inspection:plan.deleteItem', { name: row.enterprise.name })}
                          />
                        </Popconfirm>
                      ) : null}
                    </Space>
                  ),
                },
              ]
            : []),
        ]}
      />
      {dialog?.kind === 'item' ? (
        <PlanItemModal
          plan={p}
          boardId={boardRef?.id}
          item={dialog.item}
          months={months}
          onClose={(overlaps) => {
            setDialog(null);
            if (overlaps && overlaps.length > 0) void message.warning(t('inspection:plan.overlapsAfterSave'));
          }}
          onReload={() => plan.refetch()}
        />
      ) : null}
      {dialog?.kind === 'approve' ? (
        <ApproveModal plan={p} onClose={() => setDialog(null)} onReload={() => plan.refetch()} />
      ) : null}
      {dialog?.kind === 'edit' ? (
        <EditPlanModal plan={p} onClose={() => setDialog(null)} onReload={() => plan.refetch()} />
      ) : null}
      {dialog?.kind === 'inspection' ? (
        <InspectionFormModal
          board={p.board}
          boardId={boardRef?.id}
          planItem={dialog.item}
          onClose={(saved) => {
            setDialog(null);
            if (saved) void navigate(`/inspection/inspections/${saved.id}`);
          }}
        />
      ) : null}
    </>
  );
}

interface ItemValues {
  enterpriseId?: string;
  topics?: InspectionTopic[];
  plannedMonth?: number | null;
  cooperatingAgencies?: string[];
  leadUnit?: string;
  note?: string;
}

/** Thêm / sửa một dòng kế hoạch: once approved, only its month, agencies, lead unit and note. */
function PlanItemModal({
  plan,
  boardId,
  item,
  months,
  onClose,
  onReload,
}: {
  plan: Plan;
  boardId: string | undefined;
  item: PlanItem | undefined;
  months: { value: number; label: string }[];
  onClose: (overlaps?: Overlap[]) => void;
  onReload: () => Promise<unknown>;
}) {
  const { t } = useTranslation(['inspection', 'common']);
  const add = useAddPlanItem();
  const edit = useEditPlanItem();
  const draft = plan.status === 'draft';
  return (
    <FormModal<ItemValues, { overlaps: Overlap[] }>
      title={item ? t('inspection:plan.editItemTitle') : t('inspection:plan.addItemTitle')}
      okText={item ? t('common:actions.save') : t('inspection:plan.addItemOk')}
      width={640}
      initialValues={
        item
          ? {
              enterpriseId: item.enterprise.id,
              topics: item.topics,
              plannedMonth: item.plannedMonth,
              cooperatingAgencies: item.cooperatingAgencies,
              leadUnit: item.leadUnit,
              note: item.note,
            }
          : { topics: [], cooperatingAgencies: [] }
      }
      onClose={(answer) => onClose(answer?.overlaps)}
      onReload={onReload}
      send={(v) => {
        const common = {
          plannedMonth: v.plannedMonth ?? null,
          cooperatingAgencies: v.cooperatingAgencies ?? [],
          leadUnit: v.leadUnit?.trim() ?? '',
          note: v.note?.trim() ?? '',
        };
        if (!item)
          return add.mutateAsync({
            planId: plan.id,
            body: { enterpriseId: v.enterpriseId ?? '', topics: v.topics ?? [], ...common },
          });
        return edit.mutateAsync({
          id: item.id,
          body: {
            version: item.version,
            ...(draft ? { enterpriseId: v.enterpriseId, topics: v.topics ?? [] } : {}),
            ...common,
          },
        });
      }}
    >
      <Form.Item
        name="enterpriseId"
        label={t('inspection:fields.enterprise')}
        rules={[{ required: true, message: t('common:fieldErrors.required') }]}
      >
        <EnterpriseSelect
          boardId={boardId}
          known={item?.enterprise}
          disabled={!draft}
          aria-label={t('inspection:fields.enterprise')}
        />
      </Form.Item>
      <Form.Item
        name="topics"
        label={t('inspection:fields.topics')}
        rules={[{ required: true, message: t('inspection:inspections.topicsRequired') }]}
      >
        <TopicSelect aria-label={t('inspection:fields.topics')} disabled={!draft} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="plannedMonth" label={t('inspection:fields.plannedMonth')}>
        <Select<number>
          allowClear
          aria-label={t('inspection:fields.plannedMonth')}
          placeholder={t('inspection:plan.wholeYear')}
          options={months}
          style={{ width: 200 }}
        />
      </Form.Item>
      <Form.Item name="cooperatingAgencies" label={t('inspection:fields.cooperatingAgencies')}>
        <WordsSelect
          aria-label={t('inspection:fields.cooperatingAgencies')}
          placeholder={t('inspection:plan.agenciesPlaceholder')}
          suggestions={USUAL_AGENCIES}
        />
      </Form.Item>
      <Form.Item name="leadUnit" label={t('inspection:fields.leadUnit')}>
        <Input maxLength={300} placeholder={t('inspection:plan.leadUnitPlaceholder')} />
      </Form.Item>
      <Form.Item name="note" label={t('inspection:fields.note')}>
        <Input.TextArea maxLength={4000} autoSize={{ minRows: 1, maxRows: 4 }} />
      </Form.Item>
    </FormModal>
  );
}

interface ApproveValues {
  decisionNumber?: string;
  decisionDate?: Dayjs | null;
  approvedBy?: string;
}

/** Phê duyệt kế hoạch: the decision's number, date and signer. */
function ApproveModal({
  plan,
  onClose,
  onReload,
}: {
  plan: Plan;
  onClose: () => void;
  onReload: () => Promise<unknown>;
}) {
  const { t } = useTranslation(['inspection', 'common']);
  const approve = useApprovePlan();
  return (
    <FormModal<ApproveValues>
      title={t('inspection:plan.approveTitle')}
      okText={t('inspection:plan.approve')}
      initialValues={{ decisionDate: dayjs() }}
      hint={
        plan.overlaps.length > 0 ? (
          <Alert type="warning" showIcon title={t('inspection:plan.approveWithOverlaps')} />
        ) : undefined
      }
      onClose={onClose}
      onReload={onReload}
      send={(v) =>
        approve.mutateAsync({
          id: plan.id,
          body: {
            version: plan.version,
            decisionNumber: v.decisionNumber?.trim() ?? '',
            decisionDate: v.decisionDate?.format('YYYY-MM-DD') ?? '',
            approvedBy: v.approvedBy?.trim() ?? '',
          },
        })
      }
    >
      <Form.Item
        name="decisionNumber"
        label={t('inspection:fields.decisionNumber')}
        rules={[{ required: true, whitespace: true, message: t('common:fieldErrors.required') }]}
      >
        <Input maxLength={100} placeholder="15/QĐ-BQL" />
      </Form.Item>
      <Form.Item
        name="decisionDate"
        label={t('inspection:fields.decisionDate')}
        htmlFor="plan-decision-date"
        rules={[{ required: true, message: t('common:fieldErrors.required') }]}
      >
        <DateField id="plan-decision-date" aria-label={t('inspection:fields.decisionDate')} />
      </Form.Item>
      <Form.Item
        name="approvedBy"
        label={t('inspection:fields.approvedBy')}
        rules={[{ required: true, whitespace: true, message: t('common:fieldErrors.required') }]}
      >
        <Input maxLength={300} placeholder={t('inspection:plan.approvedByPlaceholder')} />
      </Form.Item>
    </FormModal>
  );
}

/** Sửa kế hoạch: its name and note (and its year while a draft). */
function EditPlanModal({
  plan,
  onClose,
  onReload,
}: {
  plan: Plan;
  onClose: () => void;
  onReload: () => Promise<unknown>;
}) {
  const { t } = useTranslation(['inspection', 'common']);
  const edit = useEditPlan();
  return (
    <FormModal<{ name: string; note?: string }>
      title={t('inspection:plan.editTitle')}
      okText={t('common:actions.save')}
      initialValues={{ name: plan.name, note: plan.note }}
      onClose={onClose}
      onReload={onReload}
      send={(v) =>
        edit.mutateAsync({
          id: plan.id,
          body: { version: plan.version, name: v.name.trim(), note: v.note?.trim() ?? '' },
        })
      }
    >
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
