import {
  Alert,
  Card,
  Col,
  Empty,
  Input,
  Progress,
  Row,
  Space,
  Statistic,
  Table,
  Tabs,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { AWARD_CODES, type AwardCode } from '../../../domain/commendation.ts';
import { matchesSearch } from '../../../domain/text.ts';
import { BoardPicker, useBoardChoice } from '../../app/board-choice.tsx';
import { errorMessage } from '../../shared/errors.ts';
import { useFormat } from '../../shared/format.ts';
import { useListParams } from '../../shared/list-params.ts';
import { PageTitle } from '../../shared/PageTitle.tsx';
import { FilterBar } from '../../shared/FilterBar.tsx';
import { usePhone } from '../../shared/screen.ts';
import { AnswerList, EvidenceList, OutlookLine } from './EligibilityViews.tsx';
import { useBoardEligibility, type BoardEligibility, type CstdcsCap } from './register.api.ts';
import { AwardSelect, useAwardWords, yearOf, YearSelect } from './words.tsx';

type SubjectRow = BoardEligibility['subjects'][number];

/** The 15 % cap: Lao động tiên tiến of the year, the most CSTĐCS they allow, and those recognised. */
function CapCard({ cap }: { cap: CstdcsCap }) {
  const { t } = useTranslation('commendation');
  const format = useFormat();
  const over = cap.cstdcsCount > cap.cap;
  const percent =
    cap.cap === 0
      ? cap.cstdcsCount > 0
        ? 100
        : 0
      : Math.min(100, Math.round((cap.cstdcsCount * 100) / cap.cap));
  return (
    <Card
      size="small"
      title={t('commendation:eligibility.capTitle', { year: cap.year })}
      style={{ marginBottom: 16 }}
    >
      <Row gutter={[16, 16]} align="middle">
        <Col xs={12} md={6}>
          <Statistic title={t('commendation:eligibility.ldttCount')} value={format.number(cap.ldttCount)} />
        </Col>
        <Col xs={12} md={6}>
          <Statistic title={t('commendation:eligibility.capMax')} value={format.number(cap.cap)} />
        </Col>
        <Col xs={12} md={6}>
          <Statistic
            title={t('commendation:eligibility.cstdcsCount')}
            value={format.number(cap.cstdcsCount)}
            styles={{ content: over ? { color: '#cf1322' } : {} }}
          />
        </Col>
        <Col xs={12} md={6}>
          <Progress type="circle" size={64} percent={percent} status={over ? 'exception' : 'normal'} />
        </Col>
      </Row>
      <Typography.Paragraph type={over ? 'danger' : 'secondary'} style={{ marginTop: 8, marginBottom: 0 }}>
        {over
          ? t('commendation:eligibility.capOver', { count: cap.cstdcsCount, cap: cap.cap })
          : t('commendation:eligibility.capRoom', {
              left: cap.cap - cap.cstdcsCount,
              cap: cap.cap,
              ldtt: cap.ldttCount,
            })}
      </Typography.Paragraph>
    </Card>
  );
}

/**
 * Ai đủ điều kiện: for the board's year, who qualifies for which title or award (each answer with
 * its conditions ✓ and the records behind it), who will the next year if …, and the 15 % cap on
 * Chiến sĩ thi đua cơ sở.
 */
export function Component() {
  const { t } = useTranslation(['commendation', 'common']);
  const phone = usePhone();
  const word = useAwardWords();
  const board = useBoardChoice();
  const params = useListParams(['year', 'award', 'tab'] as const);
  const year = yearOf(params.values.year, new Date().getFullYear());
  const award = AWARD_CODES.find((a) => a === params.values.award);
  const tab = params.values.tab === 'outlook' ? 'outlook' : 'eligible';
  const [search, setSearch] = useState('');
  const eligibility = useBoardEligibility(board.board?.code, year);
  const data = eligibility.data?.year === year ? eligibility.data : undefined;
  const found = (row: SubjectRow) => !search.trim() || matchesSearch(row.subject.name, search);
  const eligibleRows = (data?.subjects ?? [])
    .map((row) => ({ ...row, eligible: row.eligible.filter((a) => !award || a.award === award) }))
    .filter((row) => row.eligible.length > 0 && found(row));
  const outlookRows = (data?.subjects ?? [])
    .map((row) => ({ ...row, outlook: row.outlook.filter((o) => !award || o.award === award) }))
    .filter((row) => row.outlook.length > 0 && found(row));
  const count = (code: AwardCode) =>
    (data?.subjects ?? []).filter((row) => row.eligible.some((a) => a.award === code)).length;

  return (
    <>
      <PageTitle
        title={t('commendation:eligibility.title', { year })}
        subtitle={data ? t('commendation:eligibility.subtitle', { ruleSet: data.ruleSet.title }) : undefined}
        extra={
          <Space wrap>
            <BoardPicker choice={board} />
            <YearSelect
              label={t('commendation:fields.year')}
              value={year}
              onChange={(y) => params.update({ year: y === undefined ? undefined : String(y) })}
            />
          </Space>
        }
      />
      {!board.boardId ? (
        <Empty description={t('common:boardChoice.needed')} />
      ) : eligibility.error ? (
        <Alert type="error" showIcon title={errorMessage(t, eligibility.error)} />
      ) : (
        <>
          {data ? <CapCard cap={data.cap} /> : null}
          {data ? (
            <Space wrap style={{ marginBottom: 12 }}>
              {AWARD_CODES.filter((code) => count(code) > 0).map((code) => (
                <Tag
                  key={code}
                  color={award === code ? 'green' : undefined}
                  style={{ cursor: 'pointer' }}
                  onClick={() => params.update({ award: award === code ? undefined : code })}
                >
                  {t('commendation:eligibility.awardCount', { award: word(code), count: count(code) })}
                </Tag>
              ))}
            </Space>
          ) : null}
          <FilterBar phone={phone}>
            <Input.Search
              allowClear
              placeholder={t('commendation:subjects.search')}
              aria-label={t('commendation:subjects.search')}
              style={{ width: phone ? '100%' : 280 }}
              onSearch={setSearch}
              onChange={(e) => {
                if (!e.target.value) setSearch('');
              }}
            />
            <AwardSelect
              allowClear
              aria-label={t('commendation:fields.award')}
              placeholder={t('commendation:registrations.allAwards')}
              value={award}
              style={{ width: phone ? '100%' : 280 }}
              onChange={(value) => params.update({ award: value })}
            />
          </FilterBar>
          <Tabs
            activeKey={tab}
            onChange={(key) => params.update({ tab: key === 'outlook' ? 'outlook' : undefined })}
            items={[
              {
                key: 'eligible',
                label: t('commendation:eligibility.eligibleTab', { year, count: eligibleRows.length }),
                children: (
                  <Table<SubjectRow>
                    rowKey={(row) => row.subject.id}
                    size="small"
                    loading={eligibility.isFetching}
                    dataSource={eligibleRows}
                    pagination={{ pageSize: 50, hideOnSinglePage: true, simple: phone }}
                    scroll={{ x: 'max-content' }}
                    locale={{ emptyText: t('commendation:eligibility.noneEligible', { year }) }}
                    expandable={{
                      expandedRowRender: (row) => <AnswerList answers={row.eligible} />,
                    }}
                    columns={[
                      {
                        title: t('commendation:fields.subject'),
                        render: (_, row) => (
                          <>
                            <Link to={`/commendation/subjects/${row.subject.id}?year=${year}`}>
                              {row.subject.name}
                            </Link>
                            {row.subject.position ? (
                              <div>
                                <Typography.Text type="secondary">{row.subject.position}</Typography.Text>
                              </div>
                            ) : null}
                          </>
                        ),
                      },
                      {
                        title: t('commendation:eligibility.qualifiesFor'),
                        render: (_, row) => (
                          <Space wrap size={4} style={{ maxWidth: 520 }}>
                            {row.eligible.map((a) => (
                              <Tag color="green" key={a.award}>
                                {word(a.award)}
                              </Tag>
                            ))}
                          </Space>
                        ),
                      },
                    ]}
                  />
                ),
              },
              {
                key: 'outlook',
                label: t('commendation:eligibility.outlookTab', {
                  year: year + 1,
                  count: outlookRows.length,
                }),
                children: (
                  <Table<SubjectRow>
                    rowKey={(row) => row.subject.id}
                    size="small"
                    loading={eligibility.isFetching}
                    dataSource={outlookRows}
                    pagination={{ pageSize: 50, hideOnSinglePage: true, simple: phone }}
                    scroll={{ x: 'max-content' }}
                    locale={{ emptyText: t('commendation:eligibility.noOutlook', { year: year + 1 }) }}
                    columns={[
                      {
                        title: t('commendation:fields.subject'),
                        render: (_, row) => (
                          <Link to={`/commendation/subjects/${row.subject.id}?year=${year}`}>
                            {row.subject.name}
                          </Link>
                        ),
                      },
                      {
                        title: t('commendation:eligibility.willQualify'),
                        render: (_, row) => (
                          <Space orientation="vertical" size={8} style={{ minWidth: 260, maxWidth: 640 }}>
                            {row.outlook.map((o) => (
                              <div key={o.award}>
                                <OutlookLine outlook={o} year={year} />
                                {o.evidence.length > 0 ? (
                                  <details>
                                    <summary>
                                      <Typography.Text type="secondary">
                                        {t('commendation:eligibility.evidence')}
                                      </Typography.Text>
                                    </summary>
                                    <EvidenceList evidence={o.evidence} />
                                  </details>
                                ) : null}
                              </div>
                            ))}
                          </Space>
                        ),
                      },
                    ]}
                  />
                ),
              },
            ]}
          />
        </>
      )}
    </>
  );
}
