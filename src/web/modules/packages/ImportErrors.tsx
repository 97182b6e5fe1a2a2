import { Alert, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PackageProblem } from './import.api.ts';

/** Every problem of a refused package, so the file can be corrected in one pass. */
export function ImportErrors({ problems }: { problems: PackageProblem[] }) {
  const { t } = useTranslation('packages');
  const rows = problems.map((problem, n) => ({ ...problem, n: n + 1 }));
  return (
    <>
      <Alert
        type="error"
        showIcon
        role="alert"
        style={{ marginBottom: 16 }}
        title={t('errors.title', { count: problems.length })}
        description={t('errors.hint')}
      />
      <section aria-label={t('errors.tableLabel')}>
        <Table
          rowKey="n"
          size="small"
          dataSource={rows}
          pagination={{ pageSize: 100, hideOnSinglePage: true, showSizeChanger: false }}
          columns={[
            { title: '#', dataIndex: 'n', width: 48 },
            {
              title: t('errors.kind'),
              dataIndex: 'kind',
              render: (kind: PackageProblem['kind']) => t(`kinds.${kind}`),
            },
            {
              title: t('errors.record'),
              key: 'index',
              render: (_: unknown, p) =>
                p.index === null ? (
                  '—'
                ) : (
                  <>
                    {t('errors.position', { position: p.index + 1 })}{' '}
                    <Typography.Text type="secondary" code>
                      {`${p.kind}[${p.index}]`}
                    </Typography.Text>
                  </>
                ),
            },
            {
              title: t('errors.code'),
              dataIndex: 'code',
              render: (code: string | null) => code ?? '—',
            },
            {
              title: t('errors.field'),
              dataIndex: 'field',
              render: (field: string | null) =>
                field ? <Typography.Text code>{field}</Typography.Text> : '—',
            },
            {
              title: t('errors.reason'),
              dataIndex: 'reason',
              render: (reason: string | undefined) => (
                <Typography.Text type="secondary">{reason ?? '—'}</Typography.Text>
              ),
            },
            { title: t('errors.message'), dataIndex: 'message' },
          ]}
        />
      </section>
    </>
  );
}
