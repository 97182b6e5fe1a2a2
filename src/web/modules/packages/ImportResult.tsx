import { Alert, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../shared/format.ts';
import { RECORD_KINDS, type Counts, type ImportSummary, type RecordKind } from './import.api.ts';

/** What an import added, changed and left as it was, per kind of record. */
export function ImportResult({ summary, fileName }: { summary: ImportSummary; fileName: string }) {
  const { t } = useTranslation('packages');
  const format = useFormat();
  const rows = RECORD_KINDS.map((kind) => ({ kind, ...summary[kind] }));
  const written = rows.reduce((sum, row) => sum + row.created + row.updated, 0);
  const mode = summary.dryRun ? 'dryRun' : 'written';
  return (
    <>
      <Alert
        type={summary.dryRun ? 'info' : 'success'}
        showIcon
        role="status"
        style={{ marginBottom: 16 }}
        title={t(`result.title.${mode}`, { file: fileName })}
        description={
          written === 0 ? t('result.nothingChanged') : t(`result.changed.${mode}`, { count: written })
        }
      />
      <section aria-label={t('result.tableLabel')}>
        <Table<Counts & { kind: RecordKind }>
          rowKey="kind"
          size="small"
          pagination={false}
          dataSource={rows}
          columns={[
            { title: t('result.kind'), dataIndex: 'kind', render: (kind: RecordKind) => t(`kinds.${kind}`) },
            {
              title: summary.dryRun ? t('result.createdDry') : t('result.created'),
              dataIndex: 'created',
              align: 'right',
              render: (n: number) => format.number(n),
            },
            {
              title: summary.dryRun ? t('result.updatedDry') : t('result.updated'),
              dataIndex: 'updated',
              align: 'right',
              render: (n: number) => format.number(n),
            },
            {
              title: t('result.unchanged'),
              dataIndex: 'unchanged',
              align: 'right',
              render: (n: number) => format.number(n),
            },
          ]}
        />
      </section>
    </>
  );
}
