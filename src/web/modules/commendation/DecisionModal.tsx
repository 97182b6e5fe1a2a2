import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Form, Input, InputNumber, Radio, Select, Space, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AwardCode } from '../../../domain/commendation.ts';
import { DateField } from '../../shared/DateField.tsx';
import { FormModal } from '../../shared/FormModal.tsx';
import { useCreateDecision, useProposals, type Decision, type ProposalSummary } from './proposals.api.ts';
import { SubjectSelect } from './SubjectSelect.tsx';
import { DECISION_LEVELS, type DecisionLevel, type SubjectKind } from './subjects.api.ts';
import { useAwardOptions } from './words.tsx';

interface DecisionValues {
  number: string;
  signedOn: Dayjs | null;
  issuer: string;
  level: DecisionLevel;
  summary?: string;
  source: 'proposal' | 'items';
  proposalId?: string;
  items: { subjectId?: string; award?: AwardCode; year?: number }[];
}

/** The awards of one line of a decision, for the kind of its subject. */
function AwardOfItem({
  kind,
  value,
  onChange,
  id,
}: {
  kind: SubjectKind | undefined;
  value?: AwardCode;
  onChange?: (value: AwardCode) => void;
  id?: string;
}) {
  const options = useAwardOptions(kind);
  return (
    <Select
      id={id}
      value={value}
      onChange={onChange}
      options={options}
      popupMatchSelectWidth={false}
      style={{ minWidth: 220 }}
    />
  );
}

/** One line of a decision given one by one: whom, which title or award, for which year. */
function ItemLine({ board, name, remove }: { board: string; name: number; remove: () => void }) {
  const { t } = useTranslation('commendation');
  const [kind, setKind] = useState<SubjectKind | undefined>(undefined);
  return (
    <Space wrap align="start" style={{ display: 'flex', marginBottom: 4 }}>
      <Form.Item
        name={[name, 'subjectId']}
        label={t('commendation:fields.subject')}
        rules={[{ required: true, message: t('commendation:decisions.subjectRequired') }]}
      >
        <SubjectSelect board={board} onKind={setKind} style={{ minWidth: 220 }} />
      </Form.Item>
      <Form.Item
        name={[name, 'award']}
        label={t('commendation:fields.award')}
        rules={[{ required: true, message: t('commendation:decisions.awardRequired') }]}
      >
        <AwardOfItem kind={kind} />
      </Form.Item>
      <Form.Item
        name={[name, 'year']}
        label={t('commendation:decisions.forYear')}
        rules={[{ required: true }]}
      >
        <InputNumber min={2000} max={2100} style={{ width: 100 }} />
      </Form.Item>
      <Button
        type="text"
        icon={<MinusCircleOutlined />}
        aria-label={t('commendation:decisions.removeLine')}
        style={{ marginTop: 30 }}
        onClick={remove}
      />
    </Space>
  );
}

/**
 * Ghi quyết định khen thưởng: number, date, issuer and level, and its awards — those the council
 * agreed in a reviewed proposal, or given one by one (subject, title or award, year).
 */
export function DecisionModal({
  board,
  proposal,
  onClose,
}: {
  board: string;
  /** Recording the decision on this reviewed proposal. */
  proposal?: Pick<ProposalSummary, 'id' | 'title' | 'year'>;
  onClose: (decision?: Decision) => void;
}) {
  const { t } = useTranslation(['commendation', 'common']);
  const create = useCreateDecision();
  const reviewed = useProposals({ board, state: 'reviewed', pageSize: 100 });
  const defaultYear = proposal?.year ?? new Date().getFullYear() - 1;
  return (
    <FormModal<DecisionValues, Decision>
      title={t('commendation:decisions.addTitle')}
      okText={t('commendation:decisions.submit')}
      width={760}
      initialValues={{
        signedOn: dayjs(),
        level: 'unit',
        source: proposal ? 'proposal' : 'items',
        proposalId: proposal?.id,
        items: [{ year: defaultYear }],
      }}
      onClose={onClose}
      send={(v) =>
        create.mutateAsync({
          board,
          number: v.number.trim(),
          signedOn: (v.signedOn ?? dayjs()).format('YYYY-MM-DD'),
          issuer: v.issuer.trim(),
          level: v.level,
          summary: v.summary?.trim() ?? '',
          ...(v.source === 'proposal'
            ? { proposalId: v.proposalId }
            : {
                items: v.items.map((item) => ({
                  subjectId: item.subjectId ?? '',
                  award: item.award as AwardCode,
                  year: item.year ?? defaultYear,
                })),
              }),
        })
      }
    >
      <Space wrap align="start">
        <Form.Item
          name="number"
          label={t('commendation:fields.decisionNumber')}
          rules={[{ required: true, whitespace: true, message: t('common:fieldErrors.required') }]}
        >
          <Input maxLength={100} placeholder="12/QĐ-BQL" style={{ width: 200 }} />
        </Form.Item>
        <Form.Item
          name="signedOn"
          label={t('commendation:fields.signedOn')}
          rules={[{ required: true, message: t('common:fieldErrors.required') }]}
        >
          <DateField />
        </Form.Item>
        <Form.Item name="level" label={t('commendation:fields.decisionLevel')}>
          <Select
            style={{ width: 200 }}
            options={DECISION_LEVELS.map((l) => ({ value: l, label: t(`commendation:decisionLevels.${l}`) }))}
          />
        </Form.Item>
      </Space>
      <Form.Item
        name="issuer"
        label={t('commendation:fields.issuer')}
        extra={t('commendation:decisions.issuerHint')}
        rules={[{ required: true, whitespace: true, message: t('common:fieldErrors.required') }]}
      >
        <Input maxLength={300} />
      </Form.Item>
      <Form.Item name="summary" label={t('commendation:fields.summary')}>
        <Input.TextArea maxLength={4000} autoSize={{ minRows: 1, maxRows: 4 }} />
      </Form.Item>
      <Form.Item name="source" label={t('commendation:decisions.source')}>
        <Radio.Group
          options={[
            { value: 'proposal', label: t('commendation:decisions.fromProposal') },
            { value: 'items', label: t('commendation:decisions.withItems') },
          ]}
        />
      </Form.Item>
      <Form.Item noStyle dependencies={['source']}>
        {({ getFieldValue }) =>
          getFieldValue('source') === 'proposal' ? (
            <Form.Item
              name="proposalId"
              label={t('commendation:decisions.proposal')}
              extra={t('commendation:decisions.proposalHint')}
              rules={[{ required: true, message: t('common:fieldErrors.required') }]}
            >
              <Select
                loading={reviewed.isFetching}
                notFoundContent={t('commendation:decisions.noReviewed')}
                options={[
                  ...(reviewed.data?.items ?? []),
                  ...(proposal && !reviewed.data?.items.some((p) => p.id === proposal.id) ? [proposal] : []),
                ].map((p) => ({
                  value: p.id,
                  label: `${p.title} (${p.year})`,
                }))}
              />
            </Form.Item>
          ) : (
            <>
              <Typography.Text type="secondary">{t('commendation:decisions.itemsHint')}</Typography.Text>
              <Form.List name="items">
                {(fields, { add, remove }) => (
                  <>
                    {fields.map((field) => (
                      <ItemLine
                        key={field.key}
                        board={board}
                        name={field.name}
                        remove={() => remove(field.name)}
                      />
                    ))}
                    <Button icon={<PlusOutlined />} onClick={() => add({ year: defaultYear })}>
                      {t('commendation:decisions.addLine')}
                    </Button>
                  </>
                )}
              </Form.List>
            </>
          )
        }
      </Form.Item>
    </FormModal>
  );
}
