import { FileExcelOutlined, FileWordOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Select, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BoardPicker, useBoardChoice } from '../../app/board-choice.tsx';
import { queryString } from '../../shared/api.ts';
import { downloadFile } from '../../shared/download.ts';
import { errorMessage } from '../../shared/errors.ts';
import { FilterBar } from '../../shared/FilterBar.tsx';
import { useFormat } from '../../shared/format.ts';
import { PageTitle } from '../../shared/PageTitle.tsx';
import { usePhone } from '../../shared/screen.ts';
import { useReport, type EnvironmentFigures, type EnvironmentReport } from './environment.api.ts';

type Row = EnvironmentFigures & { key: string; label: string; total?: boolean };

/** Báo cáo môi trường: per zone and in total, for a year or a quarter, with its Word and Excel. */
export function Component() {
  const { t } = useTranslation(['environment', 'common']);
  const format = useFormat();
  const phone = usePhone();
  const { message } = App.useApp();
  const board = useBoardChoice();
  const thisYear = new Date().getFullYear();
  const [year, setYear] = useState(thisYear - 1);
  const [quarter, setQuarter] = useState<number | undefined>();
  const period = quarter ? `${year}-Q${quarter}` : String(year);
  const report = useReport(period, board.board?.code);
  const [downloading, setDownloading] = useState<string | null>(null);

  const download = async (fileFormat: 'docx' | 'xlsx') => {
    setDownloading(fileFormat);
    try {
      await downloadFile(
        `/api/v1/environment/report${queryString({ period, board: board.board?.code, format: fileFormat })}`,
        `bao-cao-moi-truong-kcn.${fileFormat}`,
      );
    } catch (error) {
      void message.error(errorMessage(t, error));
    } finally {
      setDownloading(null);
    }
  };

  const rows = (r: EnvironmentReport): Row[] => [
    { key: 'total', label: t('environment:report.total'), total: true, ...r.total },
    ...r.zones.map((z) => ({ key: z.zoneId, label: z.zoneName, ...z })),
  ];
  const strong = (row: Row, text: string) => (row.total ? <strong>{text}</strong> : text);

  return (
    <>
      <PageTitle
        title={t('environment:report.title')}
        subtitle={t('environment:report.subtitle')}
        extra={
          <Space wrap>
            <Button
              icon={<FileWordOutlined />}
              loading={downloading === 'docx'}
              onClick={() => void download('docx')}
            >
              {t('environment:report.word')}
            </Button>
            <Button
              icon={<FileExcelOutlined />}
              loading={downloading === 'xlsx'}
              onClick={() => void download('xlsx')}
            >
              {t('environment:report.excel')}
            </Button>
          </Space>
        }
      />
      <FilterBar phone={phone}>
        <BoardPicker choice={board} />
        <Select
          aria-label={t('environment:report.period')}
          value={year}
          style={{ width: phone ? '100%' : 120 }}
          onChange={(v: number) => setYear(v)}
          options={Array.from({ length: 10 }, (_, i) => thisYear - i).map((y) => ({
            value: y,
            label: String(y),
          }))}
        />
        <Select
          aria-label={t('environment:report.period')}
          value={quarter ?? 0}
          style={{ width: phone ? '100%' : 140 }}
          onChange={(v: number) => setQuarter(v === 0 ? undefined : v)}
          options={[
            { value: 0, label: t('environment:report.year') },
            ...[1, 2, 3, 4].map((q) => ({
              value: q,
              label: t('environment:report.quarter', { quarter: q }),
            })),
          ]}
        />
      </FilterBar>
      {report.error ? <Alert type="error" showIcon title={errorMessage(t, report.error)} /> : null}
      {report.data ? (
        <>
          <Typography.Paragraph type="secondary">
            {t('environment:report.asOf', {
              date: format.date(report.data.to),
              from: format.date(report.data.from),
              to: format.date(report.data.to),
            })}
          </Typography.Paragraph>
          <Table<Row>
            rowKey="key"
            size="small"
            pagination={false}
            loading={report.isFetching}
            scroll={{ x: 'max-content' }}
            dataSource={rows(report.data)}
            style={{ marginBottom: 16 }}
            columns={[
              { title: t('environment:fields.zone'), render: (_, r) => strong(r, r.label) },
              {
                title: t('environment:report.plants'),
                align: 'right',
                render: (_, r) => strong(r, format.number(r.plants)),
              },
              {
                title: t('environment:report.operatingPlants'),
                align: 'right',
                render: (_, r) => strong(r, format.number(r.operatingPlants)),
              },
              {
                title: t('environment:report.capacity'),
                align: 'right',
                render: (_, r) => strong(r, format.number(r.operatingCapacityM3PerDay)),
              },
              {
                title: t('environment:report.operatingEnterprises'),
                align: 'right',
                render: (_, r) => strong(r, format.number(r.operatingEnterprises)),
              },
              {
                title: t('environment:report.connected'),
                align: 'right',
                render: (_, r) => strong(r, format.number(r.connectedEnterprises)),
              },
              {
                title: t('environment:report.rate'),
                align: 'right',
                render: (_, r) => strong(r, format.percent(r.connectionRate)),
              },
              {
                title: t('environment:report.samples'),
                align: 'right',
                render: (_, r) => strong(r, format.number(r.samples)),
              },
              {
                title: t('environment:report.exceeding'),
                align: 'right',
                render: (_, r) =>
                  r.samplesWithExceedance > 0 ? (
                    <Typography.Text type="danger" strong={r.total}>
                      {format.number(r.samplesWithExceedance)}
                    </Typography.Text>
                  ) : (
                    strong(r, '0')
                  ),
              },
            ]}
          />
          <Card size="small" title={t('environment:report.byParameter')}>
            {report.data.total.exceedancesByParameter.length === 0 ? (
              <Typography.Text type="secondary">{t('environment:report.none')}</Typography.Text>
            ) : (
              <Table
                rowKey="parameterCode"
                size="small"
                pagination={false}
                scroll={{ x: 'max-content' }}
                dataSource={report.data.total.exceedancesByParameter}
                columns={[
                  { title: t('environment:fields.parameter'), dataIndex: 'parameterName' },
                  { title: t('environment:report.count'), dataIndex: 'count', align: 'right' },
                ]}
              />
            )}
          </Card>
        </>
      ) : null}
    </>
  );
}
