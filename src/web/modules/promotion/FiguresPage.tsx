import { Alert, Card, Col, Descriptions, Empty, InputNumber, Row, Skeleton, Space, Statistic } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { vietnamToday } from '../../../domain/calendar-date.ts';
import { LEAD_SOURCES, LEAD_STAGES, PROMOTION_EVENT_KINDS } from '../../../domain/promotion.ts';
import { BoardPicker, useBoardChoice } from '../../app/board-choice.tsx';
import { errorMessage } from '../../shared/errors.ts';
import { useFormat } from '../../shared/format.ts';
import { PageTitle } from '../../shared/PageTitle.tsx';
import { useFigures } from './promotion.api.ts';

/** Số liệu xúc tiến đầu tư of a year (?year=): leads, stages, certificates and their capital, events, sessions. */
export function Component() {
  const { t } = useTranslation(['promotion', 'common']);
  const format = useFormat();
  const board = useBoardChoice();
  const [params, setParams] = useSearchParams();
  const year = Number(params.get('year') ?? vietnamToday().slice(0, 4));
  const figures = useFigures({ board: board.board?.code, year }, board.boardId !== undefined);
  const f = figures.data;

  return (
    <>
      <PageTitle
        title={t('promotion:figures.title')}
        extra={
          <Space wrap>
            <BoardPicker choice={board} />
            <InputNumber
              aria-label={t('promotion:fields.year')}
              min={1990}
              max={2100}
              value={year}
              onChange={(v) => (v ? setParams({ year: String(v) }, { replace: true }) : undefined)}
            />
          </Space>
        }
      />
      {!board.boardId ? (
        <Empty description={t('common:boardChoice.needed')} />
      ) : figures.error ? (
        <Alert type="error" showIcon title={errorMessage(t, figures.error)} />
      ) : !f ? (
        <Skeleton active />
      ) : (
        <>
          <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
            {[
              [t('promotion:figures.leadsOpened'), format.number(f.leadsOpened)],
              [t('promotion:figures.certificates'), format.number(f.certificates)],
              [t('promotion:figures.certificateCapital'), format.ty(f.certificateCapitalVnd)],
              [
                t('promotion:figures.conversion'),
                f.conversionPct === null ? '—' : `${format.number(f.conversionPct)} %`,
              ],
              [t('promotion:figures.events'), format.number(f.events)],
              [t('promotion:figures.meetings'), format.number(f.meetings)],
              [t('promotion:figures.enquiries'), format.number(f.enquiries)],
            ].map(([title, value]) => (
              <Col key={title} xs={24} sm={12} md={6}>
                <Card size="small">
                  <Statistic title={title} value={value} />
                </Card>
              </Col>
            ))}
          </Row>
          <Row gutter={[16, 16]}>
            <Col xs={24} md={8}>
              <Card size="small" title={t('promotion:figures.reached')}>
                <Descriptions size="small" column={1}>
                  {LEAD_STAGES.map((s) => (
                    <Descriptions.Item key={s} label={t(`promotion:stages.${s}`)}>
                      {format.number(f.reachedByStage[s])}
                    </Descriptions.Item>
                  ))}
                </Descriptions>
              </Card>
            </Col>
            <Col xs={24} md={8}>
              <Card size="small" title={t('promotion:figures.bySource')}>
                <Descriptions size="small" column={1}>
                  {LEAD_SOURCES.map((s) => (
                    <Descriptions.Item key={s} label={t(`promotion:sources.${s}`)}>
                      {format.number(f.bySource[s])}
                    </Descriptions.Item>
                  ))}
                </Descriptions>
              </Card>
            </Col>
            <Col xs={24} md={8}>
              <Card size="small" title={t('promotion:figures.events')}>
                <Descriptions size="small" column={1}>
                  <Descriptions.Item label={t('promotion:fields.abroad')}>
                    {format.number(f.eventsAbroad)}
                  </Descriptions.Item>
                  <Descriptions.Item label={t('promotion:fields.atHome')}>
                    {format.number(f.eventsAtHome)}
                  </Descriptions.Item>
                  {PROMOTION_EVENT_KINDS.map((k) => (
                    <Descriptions.Item key={k} label={t(`promotion:eventKinds.${k}`)}>
                      {format.number(f.eventsByKind[k])}
                    </Descriptions.Item>
                  ))}
                </Descriptions>
              </Card>
            </Col>
          </Row>
        </>
      )}
    </>
  );
}
