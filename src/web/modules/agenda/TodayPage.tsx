import { Alert, Card, Col, Empty, Flex, Row, Space, Statistic, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { BoardPicker, useBoardChoice } from '../../app/board-choice.tsx';
import { errorMessage } from '../../shared/errors.ts';
import { useFormat } from '../../shared/format.ts';
import { PageTitle } from '../../shared/PageTitle.tsx';
import { useAgenda, type AgendaGroup, type AgendaItem } from './agenda.api.ts';

const KNOWN_KINDS = [
  'dossier',
  'dossier_submission',
  'report_review',
  'finding_follow_up',
  'complaint',
  'difficulty',
];

/** How urgent, in words and colour: days past due, days left, days waited. */
function UrgencyTag({ item }: { item: AgendaItem }) {
  const { t } = useTranslation('agenda');
  const days = Math.abs(item.days ?? 0);
  if (item.urgency === 'overdue') return <Tag color="red">{t('tag.overdue', { count: days })}</Tag>;
  if (item.urgency === 'due_soon')
    return <Tag color="orange">{days === 0 ? t('tag.dueToday') : t('tag.dueIn', { count: days })}</Tag>;
  return (
    <Tag color="blue">{item.days === null ? t('tag.waiting') : t('tag.waitingFor', { count: days })}</Tag>
  );
}

function ItemRow({ item }: { item: AgendaItem }) {
  const { t } = useTranslation('agenda');
  const format = useFormat();
  return (
    <Link to={item.link} style={{ display: 'block', color: 'inherit' }} aria-label={item.title}>
      <Flex justify="space-between" align="flex-start" gap={8} wrap style={{ padding: '8px 0' }}>
        <div style={{ minWidth: 0, flex: '1 1 220px' }}>
          <Typography.Text strong style={{ overflowWrap: 'anywhere' }}>
            {item.title}
          </Typography.Text>
          <br />
          <Typography.Text type="secondary" style={{ overflowWrap: 'anywhere' }}>
            {item.detail}
          </Typography.Text>
        </div>
        <Space size={4} wrap>
          {item.dueOn ? (
            <Typography.Text type="secondary">
              {t('dueOn', { date: format.date(item.dueOn) })}
            </Typography.Text>
          ) : null}
          <UrgencyTag item={item} />
        </Space>
      </Flex>
    </Link>
  );
}

function GroupCard({ group }: { group: AgendaGroup }) {
  const { t } = useTranslation('agenda');
  const title = KNOWN_KINDS.includes(group.kind) ? t(`kinds.${group.kind}`) : group.kind;
  const more = group.total - group.items.length;
  return (
    <Card
      size="small"
      title={title}
      extra={<Typography.Text type="secondary">{t('total', { count: group.total })}</Typography.Text>}
    >
      <div role="list" aria-label={title}>
        {group.items.map((item, i) => (
          <div
            role="listitem"
            key={`${item.kind}:${item.id}`}
            style={i > 0 ? { borderTop: '1px solid rgba(5, 5, 5, 0.06)' } : undefined}
          >
            <ItemRow item={item} />
          </div>
        ))}
      </div>
      {more > 0 ? <Typography.Text type="secondary">{t('more', { count: more })}</Typography.Text> : null}
    </Card>
  );
}

/** Việc cần làm hôm nay: counts at the top, then a card per kind of work, the most urgent first. */
export function Component() {
  const { t } = useTranslation(['agenda', 'common']);
  const format = useFormat();
  const board = useBoardChoice();
  const agenda = useAgenda(board.board?.code);
  const data = agenda.data;
  const counts = data?.counts;

  return (
    <>
      <PageTitle
        title={t('agenda:title')}
        subtitle={
          data ? t('agenda:subtitle', { date: format.date(data.today), board: data.board.name }) : null
        }
        extra={<BoardPicker choice={board} />}
      />
      {!board.boardId ? (
        <Empty description={t('common:boardChoice.needed')} />
      ) : agenda.error ? (
        <Alert type="error" showIcon title={errorMessage(t, agenda.error)} />
      ) : (
        <Space orientation="vertical" size={16} style={{ width: '100%' }}>
          <Row gutter={[8, 8]}>
            <Col xs={8}>
              <Card size="small" loading={agenda.isPending}>
                <Statistic
                  title={t('agenda:counts.overdue')}
                  value={counts?.overdue ?? 0}
                  styles={{ content: { color: (counts?.overdue ?? 0) > 0 ? '#cf1322' : undefined } }}
                />
              </Card>
            </Col>
            <Col xs={8}>
              <Card size="small" loading={agenda.isPending}>
                <Statistic
                  title={t('agenda:counts.dueSoon')}
                  value={counts?.dueSoon ?? 0}
                  styles={{ content: { color: (counts?.dueSoon ?? 0) > 0 ? '#d46b08' : undefined } }}
                />
              </Card>
            </Col>
            <Col xs={8}>
              <Card size="small" loading={agenda.isPending}>
                <Statistic title={t('agenda:counts.waiting')} value={counts?.waiting ?? 0} />
              </Card>
            </Col>
          </Row>
          {agenda.isPending ? (
            <Card size="small" loading />
          ) : data && data.groups.length > 0 ? (
            data.groups.map((group) => <GroupCard key={group.kind} group={group} />)
          ) : (
            <Card size="small">
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('agenda:empty')} />
            </Card>
          )}
        </Space>
      )}
    </>
  );
}
