import { ArrowLeftOutlined, PlusOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  Descriptions,
  Empty,
  Form,
  List,
  Modal,
  Popconfirm,
  Result,
  Row,
  Space,
  Spin,
  Table,
  Tag,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useCan } from '../../app/session.tsx';
import { ApiError } from '../../shared/api.ts';
import { DateField } from '../../shared/DateField.tsx';
import { applyApiError, errorMessage } from '../../shared/errors.ts';
import { useFormat } from '../../shared/format.ts';
import { PageTitle } from '../../shared/PageTitle.tsx';
import { OneTimePasswordModal, type OneTimePassword } from '../admin/index.ts';
import { EnterpriseAccountModal } from './EnterpriseAccountModal.tsx';
import { EnterpriseFormModal } from './EnterpriseFormModal.tsx';
import { hasCeased, OperatingTag } from './EnterpriseOperatingTag.tsx';
import {
  useEnterpriseAccounts,
  useEnterpriseDetail,
  useFilingHistory,
  useResetAccountPassword,
  useSaveEnterprise,
  useSetAccountDisabled,
  type EnterpriseAccountUser,
  type EnterpriseDetail,
} from './enterprises.api.ts';
import type { EnterpriseReport } from './statistics.api.ts';
import { ReportStatusTag, usePeriodLabel } from './StatusTag.tsx';

type Dialog = 'edit' | 'cease' | 'account';

/**
 * One enterprise: its record, the projects it carries out, its own accounts (reset a password,
 * disable, enable) and its filing history. Staff edit it and record when it ceased operating.
 */
export function Component() {
  const { id = '' } = useParams();
  const { t } = useTranslation(['statistics', 'common']);
  const format = useFormat();
  const canWrite = useCan('records.write');
  const enterprise = useEnterpriseDetail(id);
  // The dialog open, and for which enterprise (the page stays mounted when the address changes).
  const [opened, setOpened] = useState<{ dialog: Dialog; id: string } | null>(null);
  const dialog = opened?.id === id ? opened.dialog : null;
  const [password, setPassword] = useState<OneTimePassword | null>(null);

  if (enterprise.isPending) return <Spin />;
  if (enterprise.error)
    return (
      <Result
        status={enterprise.error instanceof ApiError && enterprise.error.status === 404 ? '404' : 'warning'}
        title={errorMessage(t, enterprise.error)}
        extra={
          <Link to="/statistics/enterprises">
            <Button icon={<ArrowLeftOutlined />}>{t('enterprises.backToList')}</Button>
          </Link>
        }
      />
    );
  const e = enterprise.data;
  const ceased = hasCeased(e.operatingUntil);
  const close = () => setOpened(null);
  const open = (next: Dialog) => () => setOpened({ dialog: next, id });

  return (
    <>
      <PageTitle
        title={e.name}
        subtitle={
          <Space size={8} wrap>
            <span>{t('enterprises.taxCodeLine', { taxCode: e.taxCode })}</span>
            <Tag color={e.investmentType === 'FDI' ? 'purple' : 'cyan'}>
              {t(`common:investmentTypes.${e.investmentType}`)}
            </Tag>
            <OperatingTag until={e.operatingUntil} />
          </Space>
        }
        extra={
          canWrite ? (
            <Space wrap>
              <Button onClick={open('edit')}>{t('common:actions.edit')}</Button>
              {e.operatingUntil ? null : (
                <Button danger onClick={open('cease')}>
                  {t('enterprises.cease')}
                </Button>
              )}
            </Space>
          ) : null
        }
      />
      {ceased ? (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('enterprises.ceasedNote', { date: format.date(e.operatingUntil) })}
        />
      ) : null}
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={12}>
          <Card title={t('enterprises.info')} style={{ height: '100%' }}>
            <Descriptions
              column={1}
              size="small"
              items={[
                { key: 'taxCode', label: t('fields.taxCode'), children: e.taxCode },
                { key: 'name', label: t('enterprises.name'), children: e.name },
                {
                  key: 'type',
                  label: t('fields.investmentType'),
                  children: t(`common:investmentTypes.${e.investmentType}`),
                },
                {
                  key: 'zone',
                  label: t('fields.zone'),
                  children: <Link to={`/zones/${e.zone.id}`}>{e.zone.name}</Link>,
                },
                {
                  key: 'since',
                  label: t('enterprises.operatingSince'),
                  children: format.date(e.operatingSince),
                },
                {
                  key: 'until',
                  label: t('enterprises.operatingUntil'),
                  children: e.operatingUntil
                    ? format.date(e.operatingUntil)
                    : t('enterprises.stillOperating'),
                },
              ]}
            />
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card title={t('enterprises.projects')} style={{ height: '100%' }}>
            {e.projects.length === 0 ? (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('enterprises.noProjects')} />
            ) : (
              <List
                size="small"
                dataSource={e.projects}
                renderItem={(p) => (
                  <List.Item>
                    <Link to={`/projects/${p.id}`}>
                      <Typography.Text code>{p.code}</Typography.Text> {p.name}
                    </Link>
                  </List.Item>
                )}
              />
            )}
          </Card>
        </Col>
        <Col xs={24}>
          <Accounts enterprise={e} canWrite={canWrite} onAdd={open('account')} onPassword={setPassword} />
        </Col>
        <Col xs={24}>
          <FilingHistory enterpriseId={e.id} />
        </Col>
      </Row>
      {dialog === 'edit' ? (
        <EnterpriseFormModal
          boardId={e.boardId}
          enterprise={e}
          onClose={close}
          onReload={() => enterprise.refetch()}
        />
      ) : null}
      {dialog === 'cease' ? (
        <CeaseModal enterprise={e} onClose={close} onReload={() => enterprise.refetch()} />
      ) : null}
      {dialog === 'account' ? (
        <EnterpriseAccountModal
          enterprise={e}
          onClose={(created) => {
            close();
            if (created) setPassword({ ...created, reason: 'created' });
          }}
        />
      ) : null}
      <OneTimePasswordModal value={password} onClose={() => setPassword(null)} />
    </>
  );
}

/** Tài khoản của doanh nghiệp: who files for it; staff reset a password, disable or enable. */
function Accounts({
  enterprise,
  canWrite,
  onAdd,
  onPassword,
}: {
  enterprise: EnterpriseDetail;
  canWrite: boolean;
  onAdd: () => void;
  onPassword: (value: OneTimePassword) => void;
}) {
  const { t } = useTranslation(['statistics', 'common']);
  const format = useFormat();
  const { message } = App.useApp();
  const accounts = useEnterpriseAccounts(enterprise.id);
  const setDisabled = useSetAccountDisabled(enterprise.id);
  const reset = useResetAccountPassword(enterprise.id);
  const [failure, setFailure] = useState<{ text: string; conflict: boolean } | null>(null);

  async function run(action: () => Promise<unknown>) {
    setFailure(null);
    try {
      await action();
    } catch (error) {
      const conflict = error instanceof ApiError && error.code === 'VERSION_CONFLICT';
      setFailure({ text: errorMessage(t, error), conflict });
    }
  }
  const toggle = (account: EnterpriseAccountUser) =>
    run(async () => {
      await setDisabled.mutateAsync({ ...account, disabled: !account.disabled });
      void message.success(
        t(account.disabled ? 'enterprises.accounts.enabled' : 'enterprises.accounts.disabledDone', {
          username: account.username,
        }),
      );
    });
  const resetPassword = (account: EnterpriseAccountUser) =>
    run(async () => {
      const answer = await reset.mutateAsync(account.id);
      onPassword({ username: answer.user.username, password: answer.password, reason: 'reset' });
    });

  return (
    <Card
      title={t('enterprises.accounts.title')}
      extra={
        canWrite ? (
          <Button size="small" icon={<PlusOutlined />} onClick={onAdd}>
            {t('enterprises.createAccount')}
          </Button>
        ) : null
      }
    >
      {failure ? (
        <Alert
          type={failure.conflict ? 'warning' : 'error'}
          showIcon
          role="alert"
          closable={{ onClose: () => setFailure(null) }}
          style={{ marginBottom: 12 }}
          title={failure.text}
          action={
            failure.conflict ? (
              <Button size="small" onClick={() => void accounts.refetch().then(() => setFailure(null))}>
                {t('common:actions.reload')}
              </Button>
            ) : null
          }
        />
      ) : null}
      {accounts.error ? <Alert type="error" showIcon title={errorMessage(t, accounts.error)} /> : null}
      <Table<EnterpriseAccountUser>
        rowKey="id"
        size="small"
        loading={accounts.isPending}
        dataSource={accounts.data}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: t('enterprises.accounts.none') }}
        columns={[
          { title: t('enterprises.username'), dataIndex: 'username' },
          { title: t('enterprises.fullName'), dataIndex: 'fullName' },
          {
            title: t('enterprises.accounts.createdAt'),
            dataIndex: 'createdAt',
            render: (at: string) => format.date(at),
          },
          {
            title: t('enterprises.accounts.lastLogin'),
            dataIndex: 'lastLoginAt',
            render: (at: string | null) => (at ? format.dateTime(at) : t('enterprises.accounts.never')),
          },
          {
            title: t('fields.status'),
            dataIndex: 'disabled',
            render: (disabled: boolean) =>
              disabled ? (
                <Tag color="default">{t('enterprises.accounts.disabled')}</Tag>
              ) : (
                <Tag color="green">{t('enterprises.accounts.active')}</Tag>
              ),
          },
          ...(canWrite
            ? [
                {
                  title: '',
                  key: 'actions',
                  align: 'right' as const,
                  render: (_: unknown, account: EnterpriseAccountUser) => (
                    <Space size={4}>
                      <Popconfirm
                        title={t('enterprises.accounts.resetConfirm', { username: account.username })}
                        description={t('enterprises.accounts.resetNote')}
                        okText={t('enterprises.accounts.reset')}
                        cancelText={t('common:actions.cancel')}
                        onConfirm={() => resetPassword(account)}
                      >
                        <Button size="small">{t('enterprises.accounts.reset')}</Button>
                      </Popconfirm>
                      <Popconfirm
                        title={t(
                          account.disabled
                            ? 'enterprises.accounts.enableConfirm'
                            : 'enterprises.accounts.disableConfirm',
                          { username: account.username },
                        )}
                        description={account.disabled ? undefined : t('enterprises.accounts.disableNote')}
                        okText={t(
                          account.disabled ? 'enterprises.accounts.enable' : 'enterprises.accounts.disable',
                        )}
                        okButtonProps={{ danger: !account.disabled }}
                        cancelText={t('common:actions.cancel')}
                        onConfirm={() => toggle(account)}
                      >
                        <Button size="small" danger={!account.disabled}>
                          {t(
                            account.disabled ? 'enterprises.accounts.enable' : 'enterprises.accounts.disable',
                          )}
                        </Button>
                      </Popconfirm>
                    </Space>
                  ),
                },
              ]
            : []),
        ]}
      />
    </Card>
  );
}

/** Báo cáo đã nộp: the enterprise's reports, latest period first. */
function FilingHistory({ enterpriseId }: { enterpriseId: string }) {
  const { t } = useTranslation(['statistics', 'common']);
  const format = useFormat();
  const label = usePeriodLabel();
  const reports = useFilingHistory(enterpriseId);
  return (
    <Card title={t('enterprises.history.title')}>
      {reports.error ? <Alert type="error" showIcon title={errorMessage(t, reports.error)} /> : null}
      <Table<EnterpriseReport>
        rowKey="id"
        size="small"
        loading={reports.isPending}
        dataSource={reports.data}
        pagination={{ pageSize: 8, hideOnSinglePage: true }}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: t('enterprises.history.none') }}
        columns={[
          { title: t('fields.period'), dataIndex: 'period', render: (p: string) => label(p) },
          {
            title: t('fields.status'),
            dataIndex: 'status',
            render: (s: EnterpriseReport['status']) => <ReportStatusTag status={s} />,
          },
          {
            title: t('fields.submittedAt'),
            dataIndex: 'submittedAt',
            render: (at: string | null) => format.dateTime(at),
          },
          {
            title: t('fields.reviewedAt'),
            dataIndex: 'reviewedAt',
            render: (at: string | null) => format.dateTime(at),
          },
        ]}
      />
    </Card>
  );
}

/**
 * Ngừng hoạt động: the last day the enterprise operated. From the periods after it, it is no
 * longer expected to file (completeness and reminders leave it out).
 */
function CeaseModal({
  enterprise,
  onClose,
  onReload,
}: {
  enterprise: EnterpriseDetail;
  onClose: () => void;
  onReload: () => Promise<unknown>;
}) {
  const { t } = useTranslation(['statistics', 'common']);
  const { message } = App.useApp();
  const [form] = Form.useForm<{ operatingUntil: Dayjs | null }>();
  const save = useSaveEnterprise();
  const [problems, setProblems] = useState<string[]>([]);
  const [conflict, setConflict] = useState(false);
  const since = enterprise.operatingSince ? dayjs(enterprise.operatingSince) : null;

  return (
    <Modal
      open
      title={t('enterprises.ceaseTitle', { name: enterprise.name })}
      okText={t('enterprises.cease')}
      okButtonProps={{ danger: true, loading: save.isPending, disabled: conflict }}
      cancelText={t('common:actions.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      mask={{ closable: false }}
    >
      <Typography.Paragraph type="secondary">{t('enterprises.ceaseNote')}</Typography.Paragraph>
      {conflict ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('common:errors.VERSION_CONFLICT')}
          action={
            <Button size="small" onClick={() => void onReload().then(() => setConflict(false))}>
              {t('common:actions.reload')}
            </Button>
          }
        />
      ) : null}
      {problems.length > 0 ? (
        <Alert type="error" showIcon style={{ marginBottom: 16 }} title={problems.join(' ')} />
      ) : null}
      <Form
        form={form}
        layout="vertical"
        initialValues={{ operatingUntil: dayjs() }}
        onFinish={(values) => {
          setProblems([]);
          save.mutate(
            {
              id: enterprise.id,
              body: {
                version: enterprise.version,
                operatingUntil: values.operatingUntil ? values.operatingUntil.format('YYYY-MM-DD') : null,
              },
            },
            {
              onSuccess: () => {
                void message.success(t('enterprises.ceased'));
                onClose();
              },
              onError: (error) => {
                if (error instanceof ApiError && error.code === 'VERSION_CONFLICT') setConflict(true);
                else setProblems(applyApiError(form, t, error));
              },
            },
          );
        }}
      >
        <Form.Item
          name="operatingUntil"
          label={t('enterprises.operatingUntil')}
          rules={[
            { required: true, message: t('enterprises.form.untilRequired') },
            {
              validator: (_, value: Dayjs | null) =>
                value && since && value.isBefore(since, 'day')
                  ? Promise.reject(new Error(t('enterprises.form.untilBeforeSince')))
                  : Promise.resolve(),
            },
          ]}
        >
          <DateField />
        </Form.Item>
      </Form>
    </Modal>
  );
}
