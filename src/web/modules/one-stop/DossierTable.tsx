import { Table, Typography, type TableProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../../shared/format.ts';
import { usePhone } from '../../shared/screen.ts';
import type { DossierSummary } from './dossiers.api.ts';
import { DossierStatusTag, RiskTag, useRemainingText } from './words.tsx';

/**
 * Dossiers as a table: code (a link to its page), procedure, applicant, status, the due date
 * dd/mm/yyyy with what is left of it, and the risk tag. Captioned, so it can be found by name.
 */
export function DossierTable({
  caption,
  dossiers,
  loading,
  pagination = false,
  empty,
  showSubmitted = false,
}: {
  caption: string;
  dossiers: DossierSummary[] | undefined;
  loading?: boolean;
  pagination?: TableProps<DossierSummary>['pagination'];
  empty: string;
  /** Online submissions awaiting acceptance: when they arrived instead of a due date. */
  showSubmitted?: boolean;
}) {
  const { t } = useTranslation(['oneStop', 'common']);
  const format = useFormat();
  const remaining = useRemainingText();
  const phone = usePhone();
  const due = (row: DossierSummary) =>
    row.dueDate ? (
      <>
        {format.date(row.dueDate)}
        <div>
          <Typography.Text type={row.risk === 'overdue' ? 'danger' : 'secondary'}>
            {remaining(row.remainingWorkingDays, row.risk)}
          </Typography.Text>
        </div>
      </>
    ) : (
      '—'
    );
  return (
    <Table<DossierSummary>
      rowKey="id"
      size="small"
      loading={loading}
      dataSource={dossiers}
      pagination={pagination}
      scroll={{ x: 'max-content' }}
      title={() => <Typography.Text strong>{caption}</Typography.Text>}
      aria-label={caption}
      locale={{ emptyText: empty }}
      columns={[
        {
          title: t('oneStop:fields.code'),
          dataIndex: 'code',
          render: (code: string, row) => (
            <>
              <Link to={`/one-stop/dossiers/${row.id}`}>{code}</Link>
              {phone ? (
                <div>
                  <RiskTag risk={row.risk} /> {showSubmitted ? format.dateTime(row.submittedAt) : due(row)}
                </div>
              ) : null}
            </>
          ),
        },
        showSubmitted
          ? {
              title: t('oneStop:fields.submittedAt'),
              dataIndex: 'submittedAt',
              responsive: ['sm'],
              render: (at: string | null) => format.dateTime(at),
            }
          : {
              title: t('oneStop:fields.dueDate'),
              responsive: ['sm'],
              render: (_, row) => due(row),
            },
        {
          title: t('oneStop:list.risk'),
          dataIndex: 'risk',
          responsive: ['sm'],
          render: (risk: DossierSummary['risk']) => <RiskTag risk={risk} />,
        },
        {
          title: t('oneStop:fields.status'),
          dataIndex: 'status',
          render: (status: DossierSummary['status']) => <DossierStatusTag status={status} />,
        },
        {
          title: t('oneStop:fields.procedure'),
          render: (_, row) => (
            <div style={{ minWidth: 200, maxWidth: 380 }}>
              <Typography.Text type="secondary">{row.procedure.code}</Typography.Text> {row.procedure.name}
            </div>
          ),
        },
        {
          title: t('oneStop:fields.applicant'),
          dataIndex: 'applicantName',
          render: (name: string) => <div style={{ minWidth: 160, maxWidth: 280 }}>{name}</div>,
        },
      ]}
    />
  );
}
