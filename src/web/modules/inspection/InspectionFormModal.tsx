import { Col, Form, Input, Radio, Row, Select, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InspectionTopic } from '../../../domain/inspection.ts';
import { DateField } from '../../shared/DateField.tsx';
import { FormModal } from '../../shared/FormModal.tsx';
import { SEARCH_BY_LABEL } from '../../shared/search-select.ts';
import { EnterpriseSelect, enterpriseLabel } from './EnterpriseSelect.tsx';
import {
  useCreateInspection,
  useEditInspection,
  usePlan,
  usePlans,
  type Inspection,
  type InspectionSummary,
  type PlanItem,
} from './inspection.api.ts';
import { namesOf } from './inspection-rules.ts';
import { TopicSelect, WordsSelect, YearSelect } from './words.tsx';

/** Co-operating agencies a board usually inspects with, offered as tags (any other may be typed). */
export const USUAL_AGENCIES = [
  'Sở Tài nguyên và Môi trường',
  'Phòng Cảnh sát PCCC và CNCH – Công an tỉnh',
  'Sở Lao động – Thương binh và Xã hội',
  'Sở Y tế',
  'Sở Xây dựng',
  'Sở Kế hoạch và Đầu tư',
  'Bảo hiểm xã hội tỉnh',
];

const day = (d: Dayjs | null | undefined) => (d ? d.format('YYYY-MM-DD') : undefined);

interface Values {
  kind: 'planned' | 'unplanned';
  planItemId?: string;
  enterpriseId?: string;
  topics?: InspectionTopic[];
  basis?: string;
  startedOn?: Dayjs | null;
  endedOn?: Dayjs | null;
  teamLeader?: string;
  teamMembers?: string;
  cooperatingAgencies?: string[];
  enterpriseRepresentative?: string;
  summary?: string;
  recordNumber?: string;
  recordedOn?: Dayjs | null;
}

/**
 * Ghi cuộc kiểm tra: under a line of an approved plan (the enterprise is the line's, its topics
 * within the line's) or out of plan (đột xuất, an enterprise of the board); the team, the basis,
 * the days. With `inspection`, edits it (and its record's number and date).
 */
export function InspectionFormModal({
  board,
  boardId,
  planItem,
  inspection,
  onClose,
}: {
  board: string;
  boardId: string | undefined;
  /** A plan line the inspection is done under, chosen on the plan's page. */
  planItem?: PlanItem | undefined;
  inspection?: Inspection | undefined;
  onClose: (saved?: InspectionSummary) => void;
}) {
  const { t } = useTranslation(['inspection', 'common']);
  const create = useCreateInspection();
  const edit = useEditInspection();
  const thisYear = new Date().getFullYear();
  const [planYear, setPlanYear] = useState(thisYear);
  const [planId, setPlanId] = useState<string | undefined>(planItem?.planId);
  const plans = usePlans({ board: planItem || inspection ? undefined : board, year: planYear });
  const approved = (plans.data?.items ?? []).filter((p) => p.status === 'approved');
  const plan = usePlan(planItem || inspection ? undefined : planId);
  /** A concluded inspection keeps all but its record's number and date and the summary. */
  const onlyRecord = inspection?.status === 'concluded';
  const [chosenItem, setChosenItem] = useState<PlanItem | undefined>(planItem);

  const initialValues: Partial<Values> = inspection
    ? {
        kind: inspection.kind,
        topics: inspection.topics,
        basis: inspection.basis,
        startedOn: dayjs(inspection.startedOn),
        endedOn: inspection.endedOn ? dayjs(inspection.endedOn) : null,
        teamLeader: inspection.teamLeader,
        teamMembers: inspection.teamMembers.join('\n'),
        cooperatingAgencies: inspection.cooperatingAgencies,
        enterpriseRepresentative: inspection.enterpriseRepresentative,
        summary: inspection.summary,
        recordNumber: inspection.recordNumber ?? '',
        recordedOn: inspection.recordedOn ? dayjs(inspection.recordedOn) : null,
      }
    : {
        kind: planItem ? 'planned' : 'unplanned',
        planItemId: planItem?.id,
        topics: planItem?.topics ?? [],
        cooperatingAgencies: planItem?.cooperatingAgencies ?? [],
        startedOn: dayjs(),
      };

  async function send(v: Values): Promise<InspectionSummary> {
    const common = {
      topics: v.topics ?? [],
      basis: v.basis?.trim() ?? '',
      startedOn: day(v.startedOn) ?? '',
      teamLeader: v.teamLeader?.trim() ?? '',
      teamMembers: namesOf(v.teamMembers),
      cooperatingAgencies: v.cooperatingAgencies ?? [],
      enterpriseRepresentative: v.enterpriseRepresentative?.trim() ?? '',
      summary: v.summary ?? '',
    };
    if (inspection?.status === 'concluded')
      return edit.mutateAsync({
        id: inspection.id,
        body: {
          version: inspection.version,
          summary: v.summary ?? '',
          recordNumber: v.recordNumber?.trim() || null,
          recordedOn: day(v.recordedOn) ?? null,
        },
      });
    if (inspection)
      return edit.mutateAsync({
        id: inspection.id,
        body: {
          version: inspection.version,
          ...common,
          endedOn: day(v.endedOn) ?? null,
          recordNumber: v.recordNumber?.trim() || null,
          recordedOn: day(v.recordedOn) ?? null,
        },
      });
    // Opened from a plan's line, the form has no kind nor line field: the line is the one given.
    const planned = planItem
      ? { planItemId: planItem.id }
      : v.kind === 'planned'
        ? { planItemId: v.planItemId }
        : null;
    return create.mutateAsync({
      board,
      ...(planned ?? { enterpriseId: v.enterpriseId }),
      ...common,
      endedOn: day(v.endedOn),
    });
  }

  return (
    <FormModal<Values, InspectionSummary>
      title={inspection ? t('inspection:inspection.editTitle') : t('inspection:inspections.addTitle')}
      okText={inspection ? t('common:actions.save') : t('inspection:inspections.create')}
      width={760}
      initialValues={initialValues}
      onClose={onClose}
      send={send}
    >
      {(form) => (
        <>
          {inspection ? (
            <Typography.Paragraph strong>{enterpriseLabel(inspection.enterprise)}</Typography.Paragraph>
          ) : planItem ? (
            <Typography.Paragraph>
              <Typography.Text strong>{enterpriseLabel(planItem.enterprise)}</Typography.Text>
              <br />
              <Typography.Text type="secondary">{t('inspection:kinds.planned')}</Typography.Text>
            </Typography.Paragraph>
          ) : (
            <>
              <Form.Item name="kind" label={t('inspection:fields.kind')}>
                <Radio.Group
                  optionType="button"
                  options={[
                    { value: 'planned', label: t('inspection:kinds.planned') },
                    { value: 'unplanned', label: t('inspection:kinds.unplanned') },
                  ]}
                />
              </Form.Item>
              <Form.Item noStyle dependencies={['kind']}>
                {() =>
                  form.getFieldValue('kind') === 'planned' ? (
                    <Row gutter={16}>
                      <Col xs={24} sm={6}>
                        <Form.Item label={t('inspection:fields.year')}>
                          <YearSelect
                            label={t('inspection:fields.planYear')}
                            value={planYear}
                            onChange={(y) => {
                              setPlanYear(y ?? thisYear);
                              setPlanId(undefined);
                              form.setFieldsValue({ planItemId: undefined });
                            }}
                          />
                        </Form.Item>
                      </Col>
                      <Col xs={24} sm={18}>
                        <Form.Item label={t('inspection:fields.plan')} htmlFor="inspection-plan">
                          <Select<string>
                            id="inspection-plan"
                            aria-label={t('inspection:fields.plan')}
                            value={planId}
                            loading={plans.isFetching}
                            placeholder={t('inspection:inspections.pickPlan')}
                            notFoundContent={t('inspection:inspections.noApprovedPlan')}
                            onChange={(id: string) => {
                              setPlanId(id);
                              setChosenItem(undefined);
                              form.setFieldsValue({ planItemId: undefined });
                            }}
                            options={approved.map((p) => ({ value: p.id, label: p.name }))}
                          />
                        </Form.Item>
                      </Col>
                      <Col span={24}>
                        <Form.Item
                          name="planItemId"
                          label={t('inspection:fields.planItem')}
                          rules={[{ required: true, message: t('common:fieldErrors.required') }]}
                        >
                          <Select<string>
                            aria-label={t('inspection:fields.planItem')}
                            showSearch={SEARCH_BY_LABEL}
                            disabled={!planId}
                            loading={plan.isFetching}
                            placeholder={t('inspection:inspections.pickItem')}
                            onChange={(id: string) => {
                              const item = plan.data?.items.find((i) => i.id === id);
                              setChosenItem(item);
                              if (item)
                                form.setFieldsValue({
                                  topics: item.topics,
                                  cooperatingAgencies: item.cooperatingAgencies,
                                });
                            }}
                            options={(plan.data?.items ?? []).map((i) => ({
                              value: i.id,
                              label: `${i.enterprise.name} — ${i.topics
                                .map((topic) => t(`inspection:topics.${topic}`))
                                .join(', ')}`,
                            }))}
                          />
                        </Form.Item>
                      </Col>
                    </Row>
                  ) : (
                    <Form.Item
                      name="enterpriseId"
                      label={t('inspection:fields.enterprise')}
                      rules={[{ required: true, message: t('common:fieldErrors.required') }]}
                    >
                      <EnterpriseSelect boardId={boardId} aria-label={t('inspection:fields.enterprise')} />
                    </Form.Item>
                  )
                }
              </Form.Item>
            </>
          )}
          {onlyRecord ? null : (
            <>
              <Form.Item
                name="topics"
                label={t('inspection:fields.topics')}
                rules={[{ required: true, message: t('inspection:inspections.topicsRequired') }]}
                extra={chosenItem ? t('inspection:inspections.topicsWithin') : undefined}
              >
                <TopicSelect aria-label={t('inspection:fields.topics')} style={{ width: '100%' }} />
              </Form.Item>
              <Form.Item
                name="basis"
                label={t('inspection:fields.basis')}
                rules={[{ required: true, whitespace: true, message: t('common:fieldErrors.required') }]}
              >
                <Input maxLength={1000} placeholder={t('inspection:inspections.basisPlaceholder')} />
              </Form.Item>
              <Row gutter={16}>
                <Col xs={24} sm={12}>
                  <Form.Item
                    name="startedOn"
                    label={t('inspection:fields.startedOn')}
                    htmlFor="inspection-started"
                    rules={[{ required: true, message: t('common:fieldErrors.required') }]}
                  >
                    <DateField id="inspection-started" aria-label={t('inspection:fields.startedOn')} />
                  </Form.Item>
                </Col>
                <Col xs={24} sm={12}>
                  <Form.Item name="endedOn" label={t('inspection:fields.endedOn')} htmlFor="inspection-ended">
                    <DateField id="inspection-ended" aria-label={t('inspection:fields.endedOn')} />
                  </Form.Item>
                </Col>
              </Row>
              <Form.Item
                name="teamLeader"
                label={t('inspection:fields.teamLeader')}
                rules={[{ required: true, whitespace: true, message: t('common:fieldErrors.required') }]}
              >
                <Input maxLength={300} placeholder={t('inspection:inspections.teamLeaderPlaceholder')} />
              </Form.Item>
              <Form.Item
                name="teamMembers"
                label={t('inspection:fields.teamMembers')}
                extra={t('inspection:inspections.onePerLine')}
              >
                <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} />
              </Form.Item>
              <Form.Item name="cooperatingAgencies" label={t('inspection:fields.cooperatingAgencies')}>
                <WordsSelect
                  aria-label={t('inspection:fields.cooperatingAgencies')}
                  placeholder={t('inspection:plan.agenciesPlaceholder')}
                  suggestions={USUAL_AGENCIES}
                />
              </Form.Item>
              <Form.Item
                name="enterpriseRepresentative"
                label={t('inspection:fields.enterpriseRepresentative')}
              >
                <Input maxLength={300} placeholder={t('inspection:inspections.representativePlaceholder')} />
              </Form.Item>
            </>
          )}
          {inspection ? (
            <Row gutter={16}>
              <Col xs={24} sm={12}>
                <Form.Item name="recordNumber" label={t('inspection:fields.recordNumber')}>
                  <Input maxLength={100} placeholder="12/BB-BQL" />
                </Form.Item>
              </Col>
              <Col xs={24} sm={12}>
                <Form.Item
                  name="recordedOn"
                  label={t('inspection:fields.recordedOn')}
                  htmlFor="inspection-recorded"
                >
                  <DateField id="inspection-recorded" aria-label={t('inspection:fields.recordedOn')} />
                </Form.Item>
              </Col>
            </Row>
          ) : null}
          <Form.Item name="summary" label={t('inspection:fields.summary')}>
            <Input.TextArea maxLength={20000} autoSize={{ minRows: 3, maxRows: 10 }} />
          </Form.Item>
        </>
      )}
    </FormModal>
  );
}
