import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Result, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useSession } from '../../app/session.tsx';
import { errorMessage } from '../../shared/errors.ts';
import { useFormat } from '../../shared/format.ts';
import { PageTitle } from '../../shared/PageTitle.tsx';
import { usePhone } from '../../shared/screen.ts';
import { useMyDossiers, type OwnDossierRow } from './portal.api.ts';
import { DossierStatusTag } from './words.tsx';

const PAGE_SIZE = 20;

/** Hồ sơ thủ tục (`/my-dossiers`): an enterprise's own dossiers, newest first, with status and due date. */
export function Component() {
  const { t } = useTranslation(['dossierPortal', 'common']);
  const me = useSession();
  const format = useFormat();
  const phone = usePhone();
  const navigate = useNavigate();
  const [page, setPage] = useState(1);
  const dossiers = useMyDossiers(page, PAGE_SIZE);

  if (!me.enterpriseId) return <Result status="info" title={t('my.noEnterprise')} />;

  return (
    <>
      <PageTitle
        title={t('my.title')}
        subtitle={t('my.subtitle')}
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => void navigate('/my-dossiers/new')}>
            {t('my.new')}
          </Button>
        }
      />
      {dossiers.error ? (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 16 }}
          title={`${t('my.failed')} ${errorMessage(t, dossiers.error)}`}
        />
      ) : null}
      <Table<OwnDossierRow>
        rowKey="id"
        size="small"
        aria-label={t('my.title')}
        loading={dossiers.isFetching}
        dataSource={dossiers.data?.items}
        locale={{ emptyText: t('my.empty') }}
        pagination={{
          current: page,
          pageSize: PAGE_SIZE,
          total: dossiers.data?.total,
          hideOnSinglePage: true,
          showSizeChanger: false,
          simple: phone,
          onChange: setPage,
        }}
        columns={
          phone
            ? [
                {
                  // A phone: one column, each dossier as a short card.
                  title: t('my.title'),
                  render: (_, dossier) => (
                    <Flex vertical gap={4}>
                      <Link to={`/my-dossiers/${dossier.id}`}>{dossier.code}</Link>
                      <span>{dossier.procedure.name}</span>
                      <Flex gap={8} wrap align="center">
                        <DossierStatusTag status={dossier.status} />
                        {dossier.dueDate ? (
                          <Typography.Text type="secondary">
                            {t('my.dueDate')}: {format.date(dossier.dueDate)}
                          </Typography.Text>
                        ) : null}
                      </Flex>
                    </Flex>
                  ),
                },
              ]
            : [
                {
                  title: t('my.code'),
                  dataIndex: 'code',
                  render: (code: string, dossier) => <Link to={`/my-dossiers/${dossier.id}`}>{code}</Link>,
                },
                {
                  title: t('my.procedure'),
                  render: (_, dossier) => (
                    <>
                      <div>{dossier.procedure.name}</div>
                      {dossier.summary ? (
                        <Typography.Text type="secondary" ellipsis style={{ maxWidth: 360 }}>
                          {dossier.summary}
                        </Typography.Text>
                      ) : null}
                    </>
                  ),
                },
                {
                  title: t('my.status'),
                  dataIndex: 'status',
                  render: (status: OwnDossierRow['status']) => <DossierStatusTag status={status} />,
                },
                {
                  title: t('my.received'),
                  dataIndex: 'receivedAt',
                  render: (at: string | null) => format.date(at?.slice(0, 10)),
                },
                {
                  title: t('my.dueDate'),
                  dataIndex: 'dueDate',
                  render: (date: string | null) => format.date(date),
                },
                {
                  title: t('my.result'),
                  render: (_, dossier) =>
                    dossier.resultKind && dossier.resultAt
                      ? `${t(`resultKind.${dossier.resultKind}`)} · ${format.date(dossier.resultAt.slice(0, 10))}`
                      : '—',
                },
              ]
        }
      />
    </>
  );
}
