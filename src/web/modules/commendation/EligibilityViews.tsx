import { CheckCircleFilled, CloseCircleFilled } from '@ant-design/icons';
import { Collapse, List, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { EligibilityAnswer, EligibilityOutlook, Evidence } from './register.api.ts';
import { useAwardWords } from './words.tsx';

/** One condition of a rule, ✓ when it holds on the records, ✗ when not. */
export function Condition({ text, met }: { text: string; met: boolean }) {
  const { t } = useTranslation('commendation');
  return (
    <div style={{ display: 'flex', alignItems: 'flex-start', gap: 6, minWidth: 0 }}>
      {met ? (
        <CheckCircleFilled style={{ color: '#389e0d' }} aria-label={t('commendation:eligibility.met')} />
      ) : (
        <CloseCircleFilled style={{ color: '#cf1322' }} aria-label={t('commendation:eligibility.notMet')} />
      )}
      <span style={{ flex: 1, minWidth: 0, overflowWrap: 'anywhere' }}>{text}</span>
    </div>
  );
}

/** The records an answer rests on, one a line with its year. */
export function EvidenceList({ evidence }: { evidence: Evidence[] }) {
  const { t } = useTranslation('commendation');
  if (evidence.length === 0)
    return <Typography.Text type="secondary">{t('commendation:eligibility.noEvidence')}</Typography.Text>;
  return (
    <ul style={{ margin: 0, paddingInlineStart: 20 }}>
      {evidence.map((e) => (
        <li key={`${e.kind}-${e.id}-${e.year}`}>
          <Tag>{t(`commendation:evidenceKinds.${e.kind}`)}</Tag>
          {e.text}
        </li>
      ))}
    </ul>
  );
}

/** Every answer for a subject's year: the award, whether it qualifies, its conditions and records. */
export function AnswerList({ answers }: { answers: EligibilityAnswer[] }) {
  const { t } = useTranslation('commendation');
  const word = useAwardWords();
  return (
    <Collapse
      size="small"
      items={answers.map((a) => ({
        key: a.award,
        label: (
          <Space wrap>
            <Typography.Text strong>{word(a.award)}</Typography.Text>
            {a.eligible ? (
              <Tag color="green">{t('commendation:eligibility.eligible')}</Tag>
            ) : (
              <Tag>{t('commendation:eligibility.notEligible')}</Tag>
            )}
          </Space>
        ),
        children: (
          <>
            <Typography.Text type="secondary">{t('commendation:eligibility.conditions')}</Typography.Text>
            <List
              size="small"
              dataSource={a.conditions}
              renderItem={(c) => (
                <List.Item>
                  <Condition text={c.text} met={c.met} />
                </List.Item>
              )}
            />
            <Typography.Text type="secondary">{t('commendation:eligibility.evidence')}</Typography.Text>
            <EvidenceList evidence={a.evidence} />
            <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0, fontSize: 12 }}>
              {t('commendation:eligibility.ruleSet', {
                ruleSet: a.basis ? `${a.basis} — ${a.ruleSet}` : a.ruleSet,
              })}
            </Typography.Paragraph>
            {a.unverified ? (
              <Typography.Paragraph type="warning" style={{ marginBottom: 0, fontSize: 12 }}>
                {t('commendation:eligibility.unverified', { why: a.unverified })}
              </Typography.Paragraph>
            ) : null}
          </>
        ),
      }))}
    />
  );
}

/** "Sẽ đủ điều kiện năm sau nếu …": an award for the next year's achievements and what must happen first. */
export function OutlookLine({ outlook, year }: { outlook: EligibilityOutlook; year: number }) {
  const { t } = useTranslation('commendation');
  const word = useAwardWords();
  const achievementYear = outlook.achievementYear ?? year + 1;
  if (outlook.needs.length === 0)
    return (
      <Typography.Text>
        {t('commendation:eligibility.outlookMet', { award: word(outlook.award), year: achievementYear })}
      </Typography.Text>
    );
  return (
    <div>
      <Typography.Text>
        {t('commendation:eligibility.outlookLine', { award: word(outlook.award), year: achievementYear })}
      </Typography.Text>
      <ul style={{ margin: 0, paddingInlineStart: 20 }}>
        {outlook.needs.map((need) => (
          <li key={need}>{need}</li>
        ))}
      </ul>
      {outlook.unverified ? (
        <Typography.Text type="warning" style={{ fontSize: 12 }}>
          {t('commendation:eligibility.unverified', { why: outlook.unverified })}
        </Typography.Text>
      ) : null}
    </div>
  );
}
