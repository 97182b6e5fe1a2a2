import { Card, Descriptions, Table, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProcedureDocument, ProcedureStep } from '../../../domain/one-stop.ts';
import { useFormat } from '../../shared/format.ts';
import type { ProcedureVersion } from './procedures.api.ts';
import { useDeadlineText } from './words.tsx';

/** The documents the applicant brings, with originals and copies (thành phần hồ sơ). */
export function DocumentsTable({ documents, caption }: { documents: ProcedureDocument[]; caption: string }) {
  const { t } = useTranslation('oneStop');
  return (
    <Table<ProcedureDocument>
      rowKey={(d, i) => `${i ?? 0}-${d.name}`}
      size="small"
      pagination={false}
      dataSource={documents}
      scroll={{ x: 'max-content' }}
      title={() => <Typography.Text strong>{caption}</Typography.Text>}
      aria-label={caption}
      locale={{ emptyText: t('receive.noChecklist') }}
      columns={[
        { title: '#', render: (_, __, i) => i + 1, width: 40 },
        {
          title: t('procedures.document'),
          render: (_, d) => (
            <div style={{ minWidth: 200, maxWidth: 520 }}>
              {d.name}
              {d.note ? (
                <div>
                  <Typography.Text type="secondary">{d.note}</Typography.Text>
                </div>
              ) : null}
            </div>
          ),
        },
        { title: t('procedures.originals'), dataIndex: 'originals', align: 'right' },
        { title: t('procedures.copies'), dataIndex: 'copies', align: 'right' },
      ]}
    />
  );
}

/** The processing steps with their department and working days. */
export function StepsTable({ steps, caption }: { steps: ProcedureStep[]; caption: string }) {
  const { t } = useTranslation('oneStop');
  return (
    <Table<ProcedureStep>
      rowKey={(s, i) => `${i ?? 0}-${s.name}`}
      size="small"
      pagination={false}
      dataSource={steps}
      scroll={{ x: 'max-content' }}
      title={() => <Typography.Text strong>{caption}</Typography.Text>}
      aria-label={caption}
      columns={[
        { title: '#', render: (_, __, i) => i + 1, width: 40 },
        { title: t('procedures.stepName'), dataIndex: 'name' },
        { title: t('procedures.department'), dataIndex: 'department' },
        { title: t('procedures.workingDays'), dataIndex: 'workingDays', align: 'right' },
      ]}
    />
  );
}

/** What every shape of a procedure's version has (a catalogue line, a version of a procedure). */
export type VersionFields = Pick<
  ProcedureVersion,
  | 'effectiveFrom'
  | 'field'
  | 'deadline'
  | 'fee'
  | 'onlineLevel'
  | 'resultName'
  | 'legalBasis'
  | 'documents'
  | 'steps'
>;

/** A procedure's version: deadline, fee, online level, legal basis, result, documents and steps. */
export function ProcedureVersionCard({
  version,
  title,
  extra,
  showSteps = true,
}: {
  version: VersionFields;
  title: ReactNode;
  extra?: ReactNode;
  showSteps?: boolean;
}) {
  const { t } = useTranslation('oneStop');
  const format = useFormat();
  const deadline = useDeadlineText();
  return (
    <Card size="small" title={title} extra={extra}>
      <Descriptions
        column={{ xs: 1, md: 2 }}
        size="small"
        style={{ marginBottom: 12 }}
        items={[
          {
            key: 'effective',
            label: t('procedures.effectiveFrom'),
            children: format.date(version.effectiveFrom),
          },
          { key: 'field', label: t('procedures.field'), children: version.field },
          { key: 'deadline', label: t('procedures.deadline'), children: deadline(version.deadline) },
          { key: 'fee', label: t('procedures.fee'), children: version.fee ?? '—' },
          {
            key: 'online',
            label: t('procedures.onlineLevel'),
            children: t(`onlineLevels.${version.onlineLevel}`),
          },
          { key: 'result', label: t('procedures.resultName'), children: version.resultName ?? '—' },
          {
            key: 'legal',
            label: t('procedures.legalBasis'),
            children: version.legalBasis ?? '—',
            span: 'filled',
          },
        ]}
      />
      <DocumentsTable documents={version.documents} caption={t('procedures.documents')} />
      {showSteps && version.steps.length > 0 ? (
        <div style={{ marginTop: 12 }}>
          <StepsTable steps={version.steps} caption={t('procedures.steps')} />
        </div>
      ) : null}
    </Card>
  );
}
