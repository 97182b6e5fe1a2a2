import { Alert, Card, Form, Typography } from 'antd';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { BoardPicker, useBoardChoice } from '../../app/board-choice.tsx';
import { periodPhrase } from '../../../domain/production-report-text.ts';
import { periodEnd, periodStart, previousYearPeriod } from '../../../domain/periods.ts';
import { useFormat } from '../../shared/format.ts';
import { useListParams } from '../../shared/list-params.ts';
import { PageTitle } from '../../shared/PageTitle.tsx';
import { productionPeriodOf, ProductionPeriodPicker } from './ProductionPeriodPicker.tsx';

const ReportDownloads = lazy(() => import('./ReportDownloads.tsx'));

/**
 * Báo cáo định kỳ: the board's periodic report (tình hình hoạt động các KCN, KKT) for a month,
 * quarter, six months or year, as one Word report in the Decree 30 layout — investment with the
 * comparison with the same period a year earlier, production with the year's plan, the zones —
 * its number, date and signer asked in the reports' Word dialog.
 */
export function Component() {
  const { t } = useTranslation(['reports', 'statistics', 'common']);
  const format = useFormat();
  const params = useListParams(['period'] as const);
  const period = productionPeriodOf(params.values.period);
  const choice = useBoardChoice();
  const label = (p: string) => periodPhrase(p, t, 'statistics:period');
  const lower = (text: string) => text.charAt(0).toLocaleLowerCase() + text.slice(1);
  const inWords = lower(label(period));

  return (
    <>
      <PageTitle
        title={t('periodic.title')}
        subtitle={t('periodic.subtitle')}
        extra={
          choice.board ? (
            <Suspense fallback={null}>
              <ReportDownloads
                path="/reports/periodic"
                query={{ period, board: [choice.board.code] }}
                summary={t('periodic.summary', { period: inWords })}
              />
            </Suspense>
          ) : null
        }
      />
      <Form layout="inline" style={{ marginBottom: 16, rowGap: 0 }}>
        <ProductionPeriodPicker period={period} onChange={(p) => params.update({ period: p })} />
        {choice.boards.length > 1 ? (
          <Form.Item label={t('periodic.board')}>
            <BoardPicker choice={choice} />
          </Form.Item>
        ) : null}
      </Form>
      {choice.board ? null : (
        <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('periodic.chooseBoard')} />
      )}
      <Card title={t('periodic.contents')} data-testid="periodic-contents">
        <Typography.Paragraph strong>
          {`${t('periodic.type')} ${t('periodic.summary', { period: inWords }).toLocaleUpperCase()}`}
        </Typography.Paragraph>
        <Typography.Paragraph strong>{t('periodic.sections.investment')}</Typography.Paragraph>
        <Typography.Paragraph>
          {t('periodic.investmentHint', {
            from: format.date(periodStart(period)),
            to: format.date(periodEnd(period)),
            previous: lower(label(previousYearPeriod(period))),
          })}
        </Typography.Paragraph>
        <Typography.Paragraph strong>{t('periodic.sections.production')}</Typography.Paragraph>
        <Typography.Paragraph>{t('periodic.productionHint', { period: inWords })}</Typography.Paragraph>
        <Typography.Paragraph strong>{t('periodic.sections.zones')}</Typography.Paragraph>
        <Typography.Paragraph>
          {t('periodic.zonesHint', { to: format.date(periodEnd(period)) })}
        </Typography.Paragraph>
      </Card>
    </>
  );
}
