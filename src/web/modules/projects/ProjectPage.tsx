import {
  Button,
  Card,
  Col,
  Descriptions,
  Flex,
  Result,
  Row,
  Space,
  Spin,
  Table,
  Tag,
  Typography,
} from 'antd';
import { DeleteOutlined, EditOutlined } from '@ant-design/icons';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useCan } from '../../app/session.tsx';
import { useFormat } from '../../shared/format.ts';
import { PageTitle } from '../../shared/PageTitle.tsx';
import { useCountries } from './countries.ts';
import { EditProjectModal } from './EditProjectModal.tsx';
import { projectErrorMessage } from './form-helpers.ts';
import {
  DeleteEventModal,
  DeleteImplementationModal,
  EditEventModal,
  EditImplementationModal,
  EditInvestorModal,
} from './CorrectionModals.tsx';
import { LicensingTimeline } from './LicensingTimeline.tsx';
import {
  useProject,
  type CapitalImplementation,
  type LicensingEvent,
  type ProjectDetail,
  type ProjectInvestor,
} from './projects.api.ts';
import { AdjustModal, ImplementationModal, TerminateModal } from './ProjectModals.tsx';
import { StatusTag } from './StatusTag.tsx';

type Action = 'adjust' | 'terminate' | 'implement' | 'edit';

/** The dialog open: a write on the project, or the correction of one of its records. */
type Dialog =
  | { action: Action }
  | { action: 'editEvent' | 'deleteEvent'; event: LicensingEvent; name: string }
  | { action: 'editImplementation' | 'deleteImplementation'; entry: CapitalImplementation }
  | { action: 'editInvestor'; investor: ProjectInvestor };

/** Share of the registered capital implemented, to one decimal (no floating point on money). */
function implementedPct(p: ProjectDetail): number | null {
  if (!p.implementedVnd || !p.registeredCapitalVnd || BigInt(p.registeredCapitalVnd) === 0n) return null;
  return Number((BigInt(p.implementedVnd) * 1000n) / BigInt(p.registeredCapitalVnd)) / 10;
}

function Figure({ label, value, note }: { label: string; value: string; note?: ReactNode }) {
  return (
    <Flex vertical>
      <Typography.Text type="secondary">{label}</Typography.Text>
      <Typography.Text strong style={{ fontSize: 22 }}>
        {value}
      </Typography.Text>
      {note ? <Typography.Text type="secondary">{note}</Typography.Text> : null}
    </Flex>
  );
}

/** One project: who invests, its figures, its licensing history and implemented capital. */
export function Component() {
  const { id = '' } = useParams();
  const { t } = useTranslation(['projects', 'common']);
  const format = useFormat();
  const canWrite = useCan('records.write');
  const countries = useCountries();
  const project = useProject(id);
  // The dialog open, and for which project: one opened for another project (the page stays
  // mounted when the address changes) is closed, never shown with that project's values.
  const [opened, setOpened] = useState<{ dialog: Dialog; projectId: string } | null>(null);
  const dialog = opened?.projectId === id ? opened.dialog : null;
  const action = dialog?.action ?? null;
  const open = (next: Dialog) => setOpened({ dialog: next, projectId: id });

  if (project.isPending) return <Spin />;
  if (project.error) return <Result status="warning" title={projectErrorMessage(t, project.error)} />;
  const p = project.data;
  const fdi = p.investmentType === 'FDI';
  const active = p.status === 'active';
  const pct = implementedPct(p);
  const close = () => setOpened(null);
  const actionButton = (key: Action, label: string, danger = false) => (
    <Button
      danger={danger}
      type={key === 'adjust' ? 'primary' : 'default'}
      onClick={() => open({ action: key })}
    >
      {label}
    </Button>
  );

  return (
    <>
      <PageTitle
        title={p.name}
        subtitle={
          <Space size={8} wrap>
            <span>{t('projects:detail.codeLine', { code: p.code })}</span>
            <StatusTag status={p.status} />
            <Tag color={fdi ? 'purple' : 'cyan'}>{t(`common:investmentTypes.${p.investmentType}`)}</Tag>
          </Space>
        }
        extra={
          canWrite ? (
            <Space wrap>
              {active ? actionButton('adjust', t('projects:detail.adjust')) : null}
              {actionButton('implement', t('projects:detail.implement'))}
              {actionButton('edit', t('projects:detail.edit'))}
              {active ? actionButton('terminate', t('projects:detail.terminate'), true) : null}
            </Space>
          ) : null
        }
      />
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={12}>
          <Card title={t('projects:detail.info')} style={{ height: '100%' }}>
            <Descriptions
              column={1}
              size="small"
              items={[
                { key: 'code', label: t('projects:fields.code'), children: p.code },
                {
                  key: 'zone',
                  label: t('projects:fields.zone'),
                  children: <Link to={`/zones/${p.zone.id}`}>{p.zone.name}</Link>,
                },
                {
                  key: 'type',
                  label: t('projects:fields.investmentType'),
                  children: t(`common:investmentTypes.${p.investmentType}`),
                },
                {
                  key: 'investors',
                  label: t('projects:fields.investors'),
                  children: (
                    <Flex vertical>
                      {p.investors.map((i) => (
                        <span key={i.id} data-testid="project-investor">
                          {i.name}{' '}
                          <Typography.Text type="secondary">({countries.name(i.country)})</Typography.Text>
                          {canWrite ? (
                            <Button
                              size="small"
                              type="link"
                              icon={<EditOutlined />}
                              aria-label={t('projects:correction.editInvestorAria', { name: i.name })}
                              title={t('projects:correction.editInvestor')}
                              onClick={() => open({ action: 'editInvestor', investor: i })}
                            />
                          ) : null}
                        </span>
                      ))}
                    </Flex>
                  ),
                },
                { key: 'sector', label: t('projects:fields.sector'), children: p.sector ?? '—' },
                { key: 'land', label: t('projects:fields.landHa'), children: format.ha(p.landHa) },
                {
                  key: 'licensed',
                  label: t('projects:fields.licensedOn'),
                  children: format.date(p.licensedOn),
                },
                ...(p.terminatedOn
                  ? [
                      {
                        key: 'terminated',
                        label: t('projects:fields.terminatedOn'),
                        children: format.date(p.terminatedOn),
                      },
                    ]
                  : []),
              ]}
            />
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card title={t('projects:detail.figures')} style={{ height: '100%' }}>
            <Flex vertical gap={16}>
              <Figure
                label={t('projects:fields.registeredCapitalNow')}
                value={format.ty(p.registeredCapitalVnd)}
                note={p.registeredCapitalVnd ? format.dong(p.registeredCapitalVnd) : undefined}
              />
              {fdi ? (
                <Figure
                  label={t('projects:fields.registeredCapitalUsd')}
                  value={format.millionUsd(p.registeredCapitalUsd)}
                />
              ) : null}
              <Figure
                label={t('projects:fields.implemented')}
                value={format.ty(p.implementedVnd)}
                note={
                  p.implementedAsOf
                    ? t('projects:detail.implementedNote', {
                        date: format.date(p.implementedAsOf),
                        pct: format.percent(pct),
                      })
                    : t('projects:detail.noImplementation')
                }
              />
            </Flex>
          </Card>
        </Col>
        <Col xs={24} lg={14}>
          <Card
            title={t('projects:detail.history')}
            extra={<Link to={`/licensing-events?projectId=${p.id}`}>{t('projects:detail.historyList')}</Link>}
          >
            <LicensingTimeline
              events={p.licensingEvents}
              fdi={fdi}
              actions={
                canWrite
                  ? {
                      onEdit: (event, name) => open({ action: 'editEvent', event, name }),
                      onDelete: (event, name) => open({ action: 'deleteEvent', event, name }),
                    }
                  : undefined
              }
            />
          </Card>
        </Col>
        <Col xs={24} lg={10}>
          <Card title={t('projects:detail.implementations')}>
            <Table<CapitalImplementation>
              rowKey="id"
              size="small"
              pagination={{ pageSize: 10, hideOnSinglePage: true, size: 'small' }}
              locale={{ emptyText: t('projects:detail.noImplementation') }}
              dataSource={[...p.capitalImplementations].sort((a, b) => b.asOf.localeCompare(a.asOf))}
              columns={[
                {
                  title: t('projects:implementation.asOf'),
                  dataIndex: 'asOf',
                  render: (v: string) => format.date(v),
                },
                {
                  title: t('projects:implementation.cumulative'),
                  dataIndex: 'implementedVnd',
                  align: 'right',
                  render: (v: string, entry) => (
                    <Flex vertical align="end">
                      <span>{format.ty(v)}</span>
                      {entry.version > 1 ? (
                        <Typography.Text type="warning" style={{ fontSize: 12 }}>
                          {t('projects:timeline.corrected', { date: format.dateTime(entry.updatedAt) })}
                        </Typography.Text>
                      ) : null}
                    </Flex>
                  ),
                },
                ...(canWrite
                  ? [
                      {
                        key: 'actions',
                        title: '',
                        width: 64,
                        align: 'right' as const,
                        render: (_: unknown, entry: CapitalImplementation) => (
                          <Space size={0} wrap={false}>
                            <Button
                              size="small"
                              type="link"
                              icon={<EditOutlined />}
                              aria-label={t('projects:correction.editImplementationAria', {
                                date: format.date(entry.asOf),
                              })}
                              title={t('projects:correction.edit')}
                              onClick={() => open({ action: 'editImplementation', entry })}
                            />
                            <Button
                              size="small"
                              type="link"
                              danger
                              icon={<DeleteOutlined />}
                              aria-label={t('projects:correction.deleteImplementationAria', {
                                date: format.date(entry.asOf),
                              })}
                              title={t('projects:correction.delete')}
                              onClick={() => open({ action: 'deleteImplementation', entry })}
                            />
                          </Space>
                        ),
                      },
                    ]
                  : []),
              ]}
            />
          </Card>
        </Col>
      </Row>
      {action === 'adjust' ? <AdjustModal key={p.id} project={p} onClose={close} /> : null}
      {action === 'terminate' ? <TerminateModal key={p.id} project={p} onClose={close} /> : null}
      {action === 'implement' ? <ImplementationModal key={p.id} project={p} onClose={close} /> : null}
      {action === 'edit' ? <EditProjectModal key={p.id} project={p} onClose={close} /> : null}
      {dialog?.action === 'editEvent' ? (
        <EditEventModal project={p} event={dialog.event} eventName={dialog.name} onClose={close} />
      ) : null}
      {dialog?.action === 'deleteEvent' ? (
        <DeleteEventModal project={p} event={dialog.event} eventName={dialog.name} onClose={close} />
      ) : null}
      {dialog?.action === 'editImplementation' ? (
        <EditImplementationModal project={p} entry={dialog.entry} onClose={close} />
      ) : null}
      {dialog?.action === 'deleteImplementation' ? (
        <DeleteImplementationModal project={p} entry={dialog.entry} onClose={close} />
      ) : null}
      {dialog?.action === 'editInvestor' ? (
        <EditInvestorModal project={p} investor={dialog.investor} onClose={close} />
      ) : null}
    </>
  );
}
