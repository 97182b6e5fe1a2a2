import { Alert, Card, Col, Descriptions, Flex, Row, Tag, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../../shared/format.ts';
import type { Difficulty, DifficultyEventAction } from './difficulties.api.ts';
import { AgeTag } from './words.tsx';

const EVENT_COLOURS: Record<DifficultyEventAction, string> = {
  raised: 'gray',
  routed: 'blue',
  answered: 'cyan',
  confirmed: 'green',
  reopened: 'red',
};

/**
 * One difficulty as staff and its enterprise see it: who raised it, how and when, whom it was
 * routed to and by when, its content, the answer, the enterprise's last word, and its timeline.
 */
export function DifficultyDetails({ difficulty: d, staff }: { difficulty: Difficulty; staff: boolean }) {
  const { t } = useTranslation(['difficulties', 'common']);
  const format = useFormat();
  return (
    <Flex vertical gap={16}>
      {staff && d.stuck ? (
        <Alert
          type="warning"
          showIcon
          title={t('difficulties:detail.stuck', {
            reasons: d.why.map((r) => t(`difficulties:stuckReasons.${r}`)).join('; '),
          })}
        />
      ) : null}
      <Descriptions size="small" column={{ xs: 1, md: 2, xl: 3 }} bordered>
        {staff ? (
          <Descriptions.Item label={t('difficulties:fields.enterprise')}>
            <Link to={`/statistics/enterprises/${d.enterprise.id}`}>{d.enterprise.name}</Link>
            {d.enterprise.taxCode ? (
              <Typography.Text type="secondary"> — {d.enterprise.taxCode}</Typography.Text>
            ) : null}
          </Descriptions.Item>
        ) : null}
        <Descriptions.Item label={t('difficulties:fields.topic')}>
          {t(`difficulties:topics.${d.topic}`)}
        </Descriptions.Item>
        <Descriptions.Item label={t('difficulties:fields.channel')}>
          {t(`difficulties:channels.${d.channel}`)}
          {d.occasion ? ` — ${d.occasion}` : ''}
        </Descriptions.Item>
        <Descriptions.Item label={t('difficulties:fields.raisedOn')}>
          {format.date(d.raisedOn)}
        </Descriptions.Item>
        <Descriptions.Item label={t('difficulties:fields.responsible')}>
          {d.responsible ? (
            <>
              {d.responsible}
              {d.responsibleKind ? (
                <Typography.Text type="secondary">
                  {' '}
                  ({t(`difficulties:responsibleKinds.${d.responsibleKind}`)})
                </Typography.Text>
              ) : null}
            </>
          ) : (
            '—'
          )}
        </Descriptions.Item>
        <Descriptions.Item label={t('difficulties:fields.routedOn')}>
          {format.date(d.routedOn)}
        </Descriptions.Item>
        <Descriptions.Item label={t('difficulties:fields.answerDueOn')}>
          {format.date(d.answerDueOn)}
        </Descriptions.Item>
        <Descriptions.Item label={t('difficulties:fields.answeredOn')}>
          {format.date(d.answeredOn)}
        </Descriptions.Item>
        <Descriptions.Item label={t('difficulties:fields.confirmedOn')}>
          {format.date(d.confirmedOn)}
        </Descriptions.Item>
        <Descriptions.Item label={t('difficulties:fields.age')}>
          <Flex gap={8} wrap align="center">
            <AgeTag days={d.ageDays} resolved={d.status === 'resolved'} />
            <Typography.Text type="secondary">
              {t('difficulties:workingDays', { count: d.workingDaysOpen })}
            </Typography.Text>
            {d.reopenedCount > 0 ? (
              <Tag color="red">{t('difficulties:detail.reopenedCount', { count: d.reopenedCount })}</Tag>
            ) : null}
          </Flex>
        </Descriptions.Item>
      </Descriptions>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={14}>
          <Flex vertical gap={16}>
            <Card size="small" title={t('difficulties:fields.content')}>
              <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>
                {d.content}
              </Typography.Paragraph>
            </Card>
            {d.answer ? (
              <Card
                size="small"
                title={t('difficulties:detail.answerOf', { date: format.date(d.answeredOn) })}
                data-testid="difficulty-answer"
              >
                <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>
                  {d.answer}
                </Typography.Paragraph>
              </Card>
            ) : null}
            {d.feedback ? (
              <Card size="small" title={t('difficulties:fields.feedback')}>
                <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>
                  {d.feedback}
                </Typography.Paragraph>
              </Card>
            ) : null}
          </Flex>
        </Col>
        <Col xs={24} lg={10}>
          <Card size="small" title={t('difficulties:detail.timeline')}>
            <Timeline
              items={d.events.map((e, i) => ({
                key: `${e.at}-${i}`,
                color: EVENT_COLOURS[e.action],
                content: (
                  <Flex vertical gap={2}>
                    <Typography.Text strong>{t(`difficulties:events.${e.action}`)}</Typography.Text>
                    <Typography.Text type="secondary">
                      {format.dateTime(e.at)} · {e.actor}
                    </Typography.Text>
                    {e.note ? <span style={{ whiteSpace: 'pre-wrap' }}>{e.note}</span> : null}
                  </Flex>
                ),
              }))}
            />
          </Card>
        </Col>
      </Row>
    </Flex>
  );
}
