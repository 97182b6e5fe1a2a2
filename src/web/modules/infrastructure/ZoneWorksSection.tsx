import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Space, Table } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../shared/errors.ts';
import { usePhone } from '../../shared/screen.ts';
import { useWorks, type InfrastructureWork } from './infrastructure.api.ts';
import { ProgressFormModal, WorkFormModal } from './WorkForms.tsx';
import {
  CapacityText,
  CapitalText,
  ProgressCell,
  ProgressHistory,
  NameCell,
  ScheduleText,
  StateTag,
} from './WorkParts.tsx';

/**
 * Công trình hạ tầng of a zone, for the zone page: each work's kind, capacity (design / reached),
 * capital, schedule, latest progress and state (late in red with its days); a row opens to its
 * progress reports. With `canWrite`: add a work, record a work's progress, edit a work.
 */
export default function ZoneWorksSection({ zoneId, canWrite }: { zoneId: string; canWrite: boolean }) {
  const { t } = useTranslation(['infrastructure', 'common']);
  const phone = usePhone();
  const works = useWorks({ zone: [zoneId], pageSize: 500 });
  const [adding, setAdding] = useState(false);
  const [editing, setEditing] = useState<InfrastructureWork | null>(null);
  const [reporting, setReporting] = useState<InfrastructureWork | null>(null);
  const [open, setOpen] = useState<string[]>([]);
  const actions = (work: InfrastructureWork) => (
    <Space size={4} wrap>
      <Button size="small" onClick={() => setReporting(work)}>
        {t('infrastructure:section.report')}
      </Button>
      <Button
        size="small"
        icon={<EditOutlined />}
        aria-label={`${t('infrastructure:section.edit')}: ${work.name}`}
        title={t('infrastructure:section.edit')}
        onClick={() => setEditing(work)}
      />
    </Space>
  );

  return (
    <Card
      title={t('infrastructure:section.title')}
      extra={
        canWrite ? (
          <Button icon={<PlusOutlined />} onClick={() => setAdding(true)}>
            {t('infrastructure:section.add')}
          </Button>
        ) : null
      }
      styles={{ body: { padding: 12 } }}
    >
      {works.error ? (
        <Alert type="error" showIcon style={{ marginBottom: 12 }} title={errorMessage(t, works.error)} />
      ) : null}
      <Table<InfrastructureWork>
        rowKey="id"
        size="small"
        loading={works.isPending}
        dataSource={works.data?.items}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: t('infrastructure:section.empty') }}
        expandable={{
          expandedRowKeys: open,
          onExpandedRowsChange: (keys) => setOpen(keys as string[]),
          expandedRowRender: (work) => <ProgressHistory work={work} />,
        }}
        columns={[
          {
            title: t('infrastructure:fields.name'),
            render: (_, work) => (
              <NameCell work={work} phone={phone} actions={canWrite ? actions(work) : null} />
            ),
          },
          {
            title: t('infrastructure:fields.capacity'),
            render: (_, work) => <CapacityText work={work} />,
          },
          { title: t('infrastructure:fields.capital'), render: (_, work) => <CapitalText work={work} /> },
          { title: t('infrastructure:fields.schedule'), render: (_, work) => <ScheduleText work={work} /> },
          { title: t('infrastructure:fields.progress'), render: (_, work) => <ProgressCell work={work} /> },
          {
            title: t('infrastructure:fields.state'),
            responsive: ['sm'],
            render: (_, work) => <StateTag work={work} />,
          },
          ...(canWrite
            ? [
                {
                  key: 'actions',
                  title: '',
                  responsive: ['sm' as const],
                  fixed: 'right' as const,
                  render: (_: unknown, work: InfrastructureWork) => actions(work),
                },
              ]
            : []),
        ]}
      />
      {adding ? <WorkFormModal zoneId={zoneId} onClose={() => setAdding(false)} /> : null}
      {editing ? <WorkFormModal work={editing} onClose={() => setEditing(null)} /> : null}
      {reporting ? (
        <ProgressFormModal
          work={reporting}
          onClose={(saved) => {
            setReporting(null);
            if (saved) setOpen((keys) => (keys.includes(saved.id) ? keys : [...keys, saved.id]));
          }}
        />
      ) : null}
    </Card>
  );
}
