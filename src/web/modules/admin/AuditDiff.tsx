import { Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../app/session.tsx';
import { useFormat } from '../../shared/format.ts';

interface Row {
  field: string;
  before: unknown;
  after: unknown;
  changed: boolean;
}

/** Fields people look for first; the rest follow alphabetically. */
const FIELD_ORDER = [
  'code',
  'username',
  'name',
  'fullName',
  'email',
  'role',
  'scope',
  'boardId',
  'kind',
  'status',
];
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

const asRecord = (value: unknown): Record<string, unknown> =>
  value === null || value === undefined
    ? {}
    : typeof value === 'object' && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : { value };

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
const rank = (field: string) => {
  const i = FIELD_ORDER.indexOf(field);
  return i === -1 ? FIELD_ORDER.length : i;
};

/** The fields of a record before and after a change, one row each; changed fields first. */
export function diffRows(before: unknown, after: unknown): Row[] {
  const b = asRecord(before);
  const a = asRecord(after);
  const both = Object.keys(b).length > 0 && Object.keys(a).length > 0;
  return [...new Set([...Object.keys(b), ...Object.keys(a)])]
    .map((field) => ({
      field,
      before: b[field],
      after: a[field],
      changed: both && !same(b[field], a[field]),
    }))
    .sort(
      (x, y) =>
        Number(y.changed) - Number(x.changed) ||
        rank(x.field) - rank(y.field) ||
        x.field.localeCompare(y.field),
    );
}

/** Before and after side by side, field by field, with the changed fields highlighted. */
export function AuditDiff({ before, after }: { before: unknown; after: unknown }) {
  const { t } = useTranslation(['admin', 'common']);
  const format = useFormat();
  const me = useSession();
  const rows = diffRows(before, after);
  if (rows.length === 0)
    return <Typography.Text type="secondary">{t('admin:audit.noDetails')}</Typography.Text>;

  /** A value as people read it: Vietnam time, role and board names; nested values as JSON. */
  function show(field: string, value: unknown) {
    if (value === undefined || value === null) return <Typography.Text type="secondary">—</Typography.Text>;
    if (typeof value === 'object') {
      const compact = JSON.stringify(value);
      return (
        <pre style={{ margin: 0, whiteSpace: 'pre-wrap', wordBreak: 'break-all', fontSize: 12 }}>
          {compact.length <= 80 ? compact : JSON.stringify(value, null, 2)}
        </pre>
      );
    }
    let text = String(value);
    if (typeof value === 'string' && TIMESTAMP.test(value)) text = vietnamTime(value);
    else if (field === 'role' || field === 'scope')
      text = t(`common:${field === 'role' ? 'roles' : 'scopes'}.${text}`, { defaultValue: text });
    else if (field === 'boardId') text = me.visibleBoards.find((b) => b.id === value)?.name ?? text;
    else if (typeof value === 'boolean') text = t(`admin:audit.${value ? 'yes' : 'no'}`);
    return <span style={{ wordBreak: 'break-word' }}>{text}</span>;
  }

  function vietnamTime(iso: string) {
    return format.dateTime(new Date(new Date(iso).getTime() + 7 * 3_600_000).toISOString());
  }

  return (
    <section aria-label={t('admin:audit.diffLabel')}>
      <Table<Row>
        rowKey="field"
        size="small"
        pagination={false}
        dataSource={rows}
        onRow={(row) => (row.changed ? { style: { background: '#fffbe6' } } : {})}
        columns={[
          {
            title: t('admin:audit.field'),
            dataIndex: 'field',
            width: 240,
            render: (field: string, row) => (
              <>
                {t(`admin:fields.${field}`, { defaultValue: field })}{' '}
                {row.changed ? <Tag color="gold">{t('admin:audit.changed')}</Tag> : null}
              </>
            ),
          },
          {
            title: t('admin:audit.before'),
            dataIndex: 'before',
            render: (v: unknown, row) => show(row.field, v),
          },
          {
            title: t('admin:audit.after'),
            dataIndex: 'after',
            render: (v: unknown, row) => show(row.field, v),
          },
        ]}
      />
    </section>
  );
}
