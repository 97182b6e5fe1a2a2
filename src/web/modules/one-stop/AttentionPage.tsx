import { Alert, Button, Card, Col, Empty, Row, Space, Statistic, Table, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { BoardPicker, useBoardChoice } from '../../app/board-choice.tsx';
import { useCan } from '../../app/session.tsx';
import { errorMessage } from '../../shared/errors.ts';
import { PageTitle } from '../../shared/PageTitle.tsx';
import { useAttention, type Attention } from './dossiers.api.ts';
import { DossierTable } from './DossierTable.tsx';

type DepartmentLoad = Attention['departments'][number];

/**
 * Cần xử lý: overdue dossiers, those due within 2 working days, online submissions awaiting
 * acceptance, and the departments' board (open steps, due soon, overdue) for the head of the office.
 */
export function Component() {
  const { t } = useTranslation(['oneStop', 'common']);
  const board = useBoardChoice();
  const navigate = useNavigate();
  const canProcess = useCan('onestop.process');
  const attention = useAttention(board.boardId);
  const data = attention.data;
  const listLink = (risk: string) =>
    `/one-stop/dossiers?risk=${risk}${board.boards.length > 1 && board.boardId ? `&boardId=${board.boardId}` : ''}`;

  return (
    <>
      <PageTitle
        title={t('oneStop:attention.title')}
        subtitle={t('oneStop:attention.subtitle')}
        extra={
          <Space wrap>
            <BoardPicker choice={board} />
            <Link to="/one-stop/dossiers">{t('oneStop:attention.allDossiers')}</Link>
            {canProcess ? (
              <Button
                type="primary"
                icon={<PlusOutlined />}
                onClick={() => void navigate('/one-stop/dossiers/new')}
              >
                {t('oneStop:list.receive')}
              </Button>
            ) : null}
          </Space>
        }
      />
      {!board.boardId ? (
        <Empty description={t('common:boardChoice.needed')} />
      ) : attention.error ? (
        <Alert type="error" showIcon title={errorMessage(t, attention.error)} />
      ) : (
        <Space orientation="vertical" size={16} style={{ width: '100%' }}>
          <Row gutter={[16, 16]}>
            <Col xs={12} md={8}>
              <Card size="small" loading={attention.isPending}>
                <Link to={listLink('overdue')}>
                  <Statistic
                    title={t('oneStop:attention.overdue')}
                    value={data?.overdue.length ?? 0}
                    styles={{ content: { color: (data?.overdue.length ?? 0) > 0 ? '#cf1322' : undefined } }}
                  />
                </Link>
              </Card>
            </Col>
            <Col xs={12} md={8}>
              <Card size="small" loading={attention.isPending}>
                <Link to={listLink('due_soon')}>
                  <Statistic
                    title={t('oneStop:attention.dueSoon')}
                    value={data?.dueSoon.length ?? 0}
                    styles={{ content: { color: (data?.dueSoon.length ?? 0) > 0 ? '#d46b08' : undefined } }}
                  />
                </Link>
              </Card>
            </Col>
            <Col xs={24} md={8}>
              <Card size="small" loading={attention.isPending}>
                <Link to="/one-stop/dossiers?status=submitted">
                  <Statistic
                    title={t('oneStop:attention.awaiting')}
                    value={data?.awaitingAcceptance.length ?? 0}
                  />
                </Link>
              </Card>
            </Col>
          </Row>
          <DossierTable
            caption={t('oneStop:attention.overdue')}
            dossiers={data?.overdue}
            loading={attention.isPending}
            empty={t('oneStop:attention.noneOverdue')}
          />
          <DossierTable
            caption={t('oneStop:attention.dueSoon')}
            dossiers={data?.dueSoon}
            loading={attention.isPending}
            empty={t('oneStop:attention.noneDueSoon')}
          />
          <DossierTable
            caption={t('oneStop:attention.awaiting')}
            dossiers={data?.awaitingAcceptance}
            loading={attention.isPending}
            empty={t('oneStop:attention.noneAwaiting')}
            showSubmitted
          />
          <Table<DepartmentLoad>
            rowKey="department"
            size="small"
            loading={attention.isPending}
            dataSource={data?.departments}
            pagination={false}
            title={() => <Typography.Text strong>{t('oneStop:attention.departments')}</Typography.Text>}
            aria-label={t('oneStop:attention.departments')}
            locale={{ emptyText: t('oneStop:attention.noDepartments') }}
            columns={[
              { title: t('oneStop:attention.department'), dataIndex: 'department' },
              { title: t('oneStop:attention.openSteps'), dataIndex: 'openSteps', align: 'right' },
              {
                title: t('oneStop:risk.due_soon'),
                dataIndex: 'dueSoon',
                align: 'right',
                render: (n: number) => (n > 0 ? <Typography.Text type="warning">{n}</Typography.Text> : n),
              },
              {
                title: t('oneStop:attention.overdue'),
                dataIndex: 'overdue',
                align: 'right',
                render: (n: number) => (n > 0 ? <Typography.Text type="danger">{n}</Typography.Text> : n),
              },
            ]}
          />
        </Space>
      )}
    </>
  );
}
