import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  Descriptions,
  Empty,
  Form,
  Input,
  InputNumber,
  Result,
  Row,
  Select,
  Space,
  Spin,
  Table,
  Tag,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { DISCIPLINES, type Discipline, type PerformanceRating } from '../../../domain/commendation.ts';
import { useCan, useSession } from '../../app/session.tsx';
import { DateField } from '../../shared/DateField.tsx';
import { errorMessage } from '../../shared/errors.ts';
import { useFormat } from '../../shared/format.ts';
import { PageTitle } from '../../shared/PageTitle.tsx';
import { AnswerList, OutlookLine } from './EligibilityViews.tsx';
import { FormModal } from '../../shared/FormModal.tsx';
import { useSubjectEligibility } from './register.api.ts';
import { SubjectSelect } from './SubjectSelect.tsx';
import {
  useLeaveSubject,
  usePutRating,
  useSubjectHistory,
  useUpdateSubject,
  type Subject,
  type SubjectHistory,
  type SubjectRating,
} from './subjects.api.ts';
import { RatingTag, useAwardWords, useRatingOptions, yearOf, YearSelect } from './words.tsx';

/**
 * Một cá nhân, tập thể: who it is, its ratings by year (editable), its titles and awards and its
 * initiatives across the years, and what it qualifies for in a year — each condition ✓ or ✗ with
 * the records behind it — with next year's outlook.
 */
export function Component() {
  const { id = '' } = useParams();
  const { t } = useTranslation(['commendation', 'common']);
  const format = useFormat();
  const word = useAwardWords();
  const canManage = useCan('commendation.manage');
  const me = useSession();
  const history = useSubjectHistory(id);
  const [search, setSearch] = useSearchParams();
  const year = yearOf(search.get('year') ?? undefined, new Date().getFullYear() - 1);
  const eligibility = useSubjectEligibility(id, year);
  const [rating, setRating] = useState<{ year?: number; current?: SubjectRating } | null>(null);
  const [editing, setEditing] = useState(false);
  const [leaving, setLeaving] = useState(false);

  if (history.isPending) return <Spin />;
  if (history.error) return <Result status="warning" title={errorMessage(t, history.error)} />;
  const h = history.data;
  const s = h.subject;
  const boardCode = me.visibleBoards.find((b) => b.id === s.boardId)?.code;

  return (
    <>
      <PageTitle
        title={s.name}
        subtitle={
          <Space wrap>
            <Tag color={s.kind === 'person' ? 'blue' : 'purple'}>{t(`commendation:kinds.${s.kind}`)}</Tag>
            {s.position}
            {s.leftOn ? <Tag>{t('commendation:subjects.left', { date: format.date(s.leftOn) })}</Tag> : null}
          </Space>
        }
        extra={
          <Space wrap>
            <Link to="/commendation/subjects">{t('commendation:subjects.back')}</Link>
            {canManage ? (
              <Button icon={<EditOutlined />} onClick={() => setEditing(true)}>
                {t('common:actions.edit')}
              </Button>
            ) : null}
            {canManage ? (
              <Button onClick={() => setLeaving(true)}>
                {s.leftOn ? t('commendation:subjects.backAtBoard') : t('commendation:subjects.leave')}
              </Button>
            ) : null}
          </Space>
        }
      />
      <Descriptions size="small" column={{ xs: 1, md: 3 }} style={{ marginBottom: 16 }}>
        <Descriptions.Item label={t('commendation:fields.collective')}>
          {s.collective?.name ?? '—'}
        </Descriptions.Item>
        <Descriptions.Item label={t('commendation:fields.birthYear')}>{s.birthYear ?? '—'}</Descriptions.Item>
      </Descriptions>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={12}>
          <Card
            title={t('commendation:subject.ratings')}
            size="small"
            extra={
              canManage ? (
                <Button size="small" icon={<PlusOutlined />} onClick={() => setRating({})}>
                  {t('commendation:subject.addRating')}
                </Button>
              ) : null
            }
          >
            <Table<SubjectRating>
              rowKey="year"
              size="small"
              pagination={false}
              dataSource={h.ratings}
              scroll={{ x: 'max-content' }}
              locale={{ emptyText: t('commendation:subject.noRatings') }}
              columns={[
                { title: t('commendation:fields.year'), dataIndex: 'year' },
                {
                  title: t('commendation:fields.rating'),
                  dataIndex: 'rating',
                  render: (r: PerformanceRating) => <RatingTag rating={r} />,
                },
                {
                  title: t('commendation:fields.discipline'),
                  dataIndex: 'discipline',
                  render: (d: Discipline | null) => (d ? t(`commendation:disciplines.${d}`) : '—'),
                },
                ...(s.kind === 'person'
                  ? [
                      {
                        title: t('commendation:fields.collective'),
                        render: (_: unknown, row: SubjectRating) => row.collective?.name ?? '—',
                      },
                    ]
                  : []),
                ...(canManage
                  ? [
                      {
                        title: '',
                        render: (_: unknown, row: SubjectRating) => (
                          <Button
                            size="small"
                            type="link"
                            aria-label={t('commendation:subject.editRating', { year: row.year })}
                            onClick={() => setRating({ year: row.year, current: row })}
                          >
                            {t('common:actions.edit')}
                          </Button>
                        ),
                      },
                    ]
                  : []),
              ]}
            />
          </Card>
        </Col>
        <Col xs={24} xl={12}>
          <Card title={t('commendation:subject.awards')} size="small">
            <Table<SubjectHistory['awards'][number]>
              rowKey="id"
              size="small"
              pagination={false}
              dataSource={h.awards}
              scroll={{ x: 'max-content' }}
              locale={{ emptyText: t('commendation:subject.noAwards') }}
              columns={[
                { title: t('commendation:fields.year'), dataIndex: 'year' },
                {
                  title: t('commendation:fields.award'),
                  render: (_, row) => (
                    <Space wrap>
                      {row.revokedOn ? (
                        <Typography.Text delete>{word(row.award)}</Typography.Text>
                      ) : (
                        word(row.award)
                      )}
                      {row.revokedOn ? (
                        <Tag color="red">
                          {t('commendation:register.revokedOn', { date: format.date(row.revokedOn) })}
                        </Tag>
                      ) : null}
                    </Space>
                  ),
                },
                {
                  title: t('commendation:fields.decision'),
                  dataIndex: 'decisionWords',
                  render: (w: string) => <div style={{ minWidth: 200, maxWidth: 360 }}>{w}</div>,
                },
              ]}
            />
          </Card>
        </Col>
        <Col xs={24}>
          <Card title={t('commendation:subject.initiatives')} size="small">
            <Table<SubjectHistory['initiatives'][number]>
              rowKey="id"
              size="small"
              pagination={false}
              dataSource={h.initiatives}
              scroll={{ x: 'max-content' }}
              locale={{ emptyText: t('commendation:subject.noInitiatives') }}
              columns={[
                { title: t('commendation:fields.year'), dataIndex: 'year' },
                {
                  title: t('commendation:fields.initiative'),
                  dataIndex: 'title',
                  render: (title: string) => <div style={{ minWidth: 200, maxWidth: 480 }}>{title}</div>,
                },
                {
                  title: t('commendation:fields.level'),
                  dataIndex: 'level',
                  render: (l: string) => t(`commendation:initiativeLevels.${l}`),
                },
                {
                  title: t('commendation:fields.recognisedBy'),
                  dataIndex: 'recognisedBy',
                  render: (r: string) => r || '—',
                },
              ]}
            />
          </Card>
        </Col>
        <Col xs={24}>
          <Card
            title={t('commendation:subject.eligibility', { year })}
            size="small"
            extra={
              <YearSelect
                label={t('commendation:fields.year')}
                value={year}
                onChange={(y) => {
                  const next = new URLSearchParams(search);
                  if (y === undefined) next.delete('year');
                  else next.set('year', String(y));
                  setSearch(next, { replace: true });
                }}
              />
            }
          >
            {eligibility.error ? (
              <Alert type="error" showIcon title={errorMessage(t, eligibility.error)} />
            ) : eligibility.isPending ? (
              <Spin />
            ) : eligibility.data.answers.length === 0 ? (
              <Empty description={t('commendation:eligibility.noAnswers')} />
            ) : (
              <>
                <AnswerList answers={eligibility.data.answers} />
                {eligibility.data.outlook.length > 0 ? (
                  <>
                    <Typography.Title level={5} style={{ marginTop: 16 }}>
                      {t('commendation:eligibility.outlook', { year: year + 1 })}
                    </Typography.Title>
                    <Space orientation="vertical" style={{ width: '100%' }}>
                      {eligibility.data.outlook.map((o) => (
                        <OutlookLine key={o.award} outlook={o} year={year} />
                      ))}
                    </Space>
                  </>
                ) : null}
              </>
            )}
          </Card>
        </Col>
      </Row>
      {rating ? (
        <RatingModal
          boardCode={boardCode}
          subject={s}
          year={rating.year}
          current={rating.current}
          onClose={() => setRating(null)}
        />
      ) : null}
      {leaving ? (
        <LeaveModal subject={s} onClose={() => setLeaving(false)} onReload={() => history.refetch()} />
      ) : null}
      {editing ? (
        <EditSubjectModal
          boardCode={boardCode}
          subject={s}
          onClose={() => setEditing(false)}
          onReload={() => history.refetch()}
        />
      ) : null}
    </>
  );
}

interface RatingValues {
  year: number;
  rating: PerformanceRating;
  discipline: Discipline | 'none';
  collectiveId?: string | null;
}

/** Đánh giá, xếp loại of a year: a new year's or a correction of one already rated. */
function RatingModal({
  boardCode,
  subject,
  year,
  current,
  onClose,
}: {
  boardCode: string | undefined;
  subject: Subject;
  year: number | undefined;
  current: SubjectRating | undefined;
  onClose: () => void;
}) {
  const { t } = useTranslation(['commendation', 'common']);
  const { message } = App.useApp();
  const put = usePutRating(subject.id);
  const ratings = useRatingOptions();
  return (
    <FormModal<RatingValues>
      title={
        year === undefined
          ? t('commendation:subject.addRating')
          : t('commendation:subject.editRatingTitle', { year })
      }
      okText={t('common:actions.save')}
      initialValues={{
        year: year ?? new Date().getFullYear() - 1,
        rating: current?.rating ?? 'good',
        discipline: current?.discipline ?? 'none',
        collectiveId: current?.collective?.id ?? subject.collective?.id,
      }}
      onClose={(answer) => {
        if (answer) void message.success(t('commendation:subject.ratingSaved'));
        onClose();
      }}
      send={(v) =>
        put.mutateAsync({
          year: v.year,
          body: {
            rating: v.rating,
            discipline: v.discipline === 'none' ? null : v.discipline,
            ...(subject.kind === 'person' ? { collectiveId: v.collectiveId ?? null } : {}),
          },
        })
      }
    >
      <Form.Item name="year" label={t('commendation:fields.year')} rules={[{ required: true }]}>
        <InputNumber min={2000} max={2100} disabled={year !== undefined} style={{ width: 140 }} />
      </Form.Item>
      <Form.Item name="rating" label={t('commendation:fields.rating')} rules={[{ required: true }]}>
        <Select options={ratings} />
      </Form.Item>
      <Form.Item name="discipline" label={t('commendation:fields.discipline')}>
        <Select
          options={[
            { value: 'none', label: t('commendation:disciplines.none') },
            ...DISCIPLINES.map((d) => ({ value: d, label: t(`commendation:disciplines.${d}`) })),
          ]}
        />
      </Form.Item>
      {subject.kind === 'person' ? (
        <Form.Item
          name="collectiveId"
          label={t('commendation:subject.collectiveThatYear')}
          extra={t('commendation:subject.collectiveThatYearHint')}
        >
          <SubjectSelect
            board={boardCode}
            kind="collective"
            allowClear
            known={
              current?.collective
                ? [{ ...current.collective, kind: 'collective', position: '' }]
                : subject.collective
                  ? [{ ...subject.collective, kind: 'collective', position: '' }]
                  : []
            }
          />
        </Form.Item>
      ) : null}
    </FormModal>
  );
}

interface SubjectValues {
  name: string;
  position: string;
  collectiveId?: string | null;
  birthYear?: number | null;
}

function EditSubjectModal({
  boardCode,
  subject,
  onClose,
  onReload,
}: {
  boardCode: string | undefined;
  subject: Subject;
  onClose: () => void;
  onReload: () => Promise<unknown>;
}) {
  const { t } = useTranslation(['commendation', 'common']);
  const update = useUpdateSubject(subject.id);
  return (
    <FormModal<SubjectValues>
      title={t('commendation:subjects.editTitle', { name: subject.name })}
      okText={t('common:actions.save')}
      onReload={onReload}
      initialValues={{
        name: subject.name,
        position: subject.position,
        collectiveId: subject.collective?.id ?? null,
        birthYear: subject.birthYear,
      }}
      onClose={() => onClose()}
      send={(v) =>
        update.mutateAsync({
          version: subject.version,
          name: v.name.trim(),
          position: v.position.trim(),
          ...(subject.kind === 'person'
            ? { collectiveId: v.collectiveId ?? null, birthYear: v.birthYear ?? null }
            : {}),
        })
      }
    >
      <Form.Item
        name="name"
        label={t('commendation:fields.name')}
        rules={[{ required: true, whitespace: true, message: t('common:fieldErrors.required') }]}
      >
        <Input maxLength={300} />
      </Form.Item>
      <Form.Item name="position" label={t('commendation:fields.position')}>
        <Input maxLength={300} />
      </Form.Item>
      {subject.kind === 'person' ? (
        <>
          <Form.Item name="collectiveId" label={t('commendation:fields.collective')}>
            <SubjectSelect
              board={boardCode}
              kind="collective"
              allowClear
              known={subject.collective ? [{ ...subject.collective, kind: 'collective', position: '' }] : []}
            />
          </Form.Item>
          <Form.Item name="birthYear" label={t('commendation:fields.birthYear')}>
            <InputNumber min={1900} max={2100} style={{ width: 140 }} />
          </Form.Item>
        </>
      ) : null}
    </FormModal>
  );
}

/** Chuyển đi: the day the subject left the board (kept in the register), or back at the board. */
function LeaveModal({
  subject,
  onClose,
  onReload,
}: {
  subject: Subject;
  onClose: () => void;
  onReload: () => Promise<unknown>;
}) {
  const { t } = useTranslation(['commendation', 'common']);
  const leave = useLeaveSubject(subject.id);
  const back = subject.leftOn !== null;
  return (
    <FormModal<{ leftOn: Dayjs | null }>
      title={
        back
          ? t('commendation:subjects.backAtBoard')
          : t('commendation:subjects.leaveTitle', { name: subject.name })
      }
      okText={t('common:actions.save')}
      onReload={onReload}
      initialValues={{ leftOn: dayjs() }}
      onClose={() => onClose()}
      send={(v) =>
        leave.mutateAsync({
          version: subject.version,
          leftOn: back ? null : (v.leftOn ?? dayjs()).format('YYYY-MM-DD'),
        })
      }
    >
      {back ? (
        <Typography.Paragraph>
          {t('commendation:subjects.backHint', { name: subject.name })}
        </Typography.Paragraph>
      ) : (
        <Form.Item
          name="leftOn"
          label={t('commendation:fields.leftOn')}
          extra={t('commendation:subjects.leaveHint')}
          rules={[{ required: true, message: t('common:fieldErrors.required') }]}
        >
          <DateField />
        </Form.Item>
      )}
    </FormModal>
  );
}
