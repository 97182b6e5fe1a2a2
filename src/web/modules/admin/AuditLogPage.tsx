import { DatePicker, Input, Result, Select, Space, Table } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useCan } from '../../app/session.tsx';
import { useFormat } from '../../shared/format.ts';
import { useListParams } from '../../shared/list-params.ts';
import { PageTitle } from '../../shared/PageTitle.tsx';
import { adminErrorMessage, isForbidden } from './admin-errors.ts';
import { AUDIT_ACTIONS, ENTITY_TYPES, useAudit, type AuditEntry } from './audit.api.ts';
import { AuditDiff } from './AuditDiff.tsx';
import { Forbidden } from './Forbidden.tsx';
import { useUsers } from './users.api.ts';
import { SEARCH_BY_LABEL } from '../../shared/search-select.ts';

const ISO = 'YYYY-MM-DD';

/** Nhật ký thay đổi: who changed what and when, filtered in the address; each entry opens to before/after. */
export function Component() {
  const { t } = useTranslation(['admin', 'common']);
  const format = useFormat();
  const allowed = useCan('audit.read');
  const manageUsers = useCan('users.manage');
  const users = useUsers(manageUsers);
  const params = useListParams(['actorUserId', 'entityType', 'entityKey', 'from', 'to'] as const);
  const value = (key: 'actorUserId' | 'entityType' | 'entityKey' | 'from' | 'to') =>
    params.values[key] as string | undefined;
  const audit = useAudit({
    actorUserId: value('actorUserId'),
    entityType: value('entityType'),
    entityKey: value('entityKey'),
    from: value('from'),
    to: value('to'),
    page: params.page,
    pageSize: params.pageSize,
  });

  if (!allowed || isForbidden(audit.error)) return <Forbidden />;
  const from = value('from');
  const to = value('to');
  const typeLabel = (type: string) => t(`admin:entityTypes.${type}`, { defaultValue: type });

  return (
    <>
      <PageTitle title={t('admin:audit.title')} subtitle={t('admin:audit.subtitle')} />
      <Space wrap style={{ marginBottom: 16 }}>
        {manageUsers ? (
          <Select
            allowClear
            showSearch={SEARCH_BY_LABEL}
            placeholder={t('admin:audit.who')}
            aria-label={t('admin:audit.who')}
            value={value('actorUserId')}
            onChange={(actorUserId?: string) => params.update({ actorUserId })}
            style={{ minWidth: 240 }}
            loading={users.isPending}
            options={users.data?.items.map((u) => ({ value: u.id, label: `${u.fullName} (${u.username})` }))}
          />
        ) : null}
        <Select
          allowClear
          placeholder={t('admin:audit.entityType')}
          aria-label={t('admin:audit.entityType')}
          value={value('entityType')}
          onChange={(entityType?: string) => params.update({ entityType })}
          style={{ minWidth: 220 }}
          options={ENTITY_TYPES.map((type) => ({ value: type, label: typeLabel(type) }))}
        />
        <Input.Search
          allowClear
          placeholder={t('admin:audit.entityKeyPlaceholder')}
          aria-label={t('admin:audit.entityKey')}
          defaultValue={value('entityKey')}
          onSearch={(entityKey) => params.update({ entityKey: entityKey.trim() })}
          style={{ width: 320 }}
        />
        <DatePicker.RangePicker
          format="DD/MM/YYYY"
          allowEmpty={[true, true]}
          aria-label={t('admin:audit.dates')}
          placeholder={[t('admin:audit.from'), t('admin:audit.to')]}
          value={[from ? dayjs(from, ISO) : null, to ? dayjs(to, ISO) : null]}
          onChange={(dates) => params.update({ from: dates?.[0]?.format(ISO), to: dates?.[1]?.format(ISO) })}
        />
      </Space>
      {audit.error ? (
        <Result status="warning" title={adminErrorMessage(t, audit.error)} />
      ) : (
        <Table<AuditEntry>
          rowKey="id"
          loading={audit.isFetching}
          dataSource={audit.data?.items}
          expandable={{
            expandedRowRender: (entry) => <AuditDiff before={entry.before} after={entry.after} />,
            expandRowByClick: true,
          }}
          pagination={{
            current: params.page,
            pageSize: params.pageSize,
            total: audit.data?.total,
            showTotal: (total) => t('common:list.total', { total }),
            onChange: (page, pageSize) => params.update({ page, pageSize }),
          }}
          columns={[
            {
              title: t('admin:audit.at'),
              dataIndex: 'at',
              width: 150,
              render: (at: string) => format.dateTime(at),
            },
            { title: t('admin:audit.who'), dataIndex: 'actorLabel' },
            {
              title: t('admin:audit.action'),
              dataIndex: 'action',
              render: (action: string) =>
                (AUDIT_ACTIONS as readonly string[]).includes(action) ? t(`admin:actions.${action}`) : action,
            },
            { title: t('admin:audit.entityType'), dataIndex: 'entityType', render: typeLabel },
            {
              title: t('admin:audit.entityKey'),
              dataIndex: 'entityKey',
              render: (key: string | null, entry) => key ?? entry.entityId,
            },
            {
              // Why a recorded fact was corrected or deleted, as the user stated it.
              title: t('admin:audit.reason'),
              dataIndex: 'reason',
              render: (reason: string | null) =>
                reason ? (
                  <span style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{reason}</span>
                ) : null,
            },
          ]}
        />
      )}
    </>
  );
}
