import { FileExcelOutlined, FileWordOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Empty, Flex, Select, Space, Table } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BoardPicker, useBoardChoice } from '../../app/board-choice.tsx';
import { errorMessage } from '../../shared/errors.ts';
import { useFormat } from '../../shared/format.ts';
import { useListParams } from '../../shared/list-params.ts';
import { PageTitle } from '../../shared/PageTitle.tsx';
import { downloadStatistics, useStatistics, type ComplaintFigures } from './complaints.api.ts';
import { yearOptions } from './words.tsx';

const MEASURES: (keyof ComplaintFigures)[] = [
  'received',
  'accepted',
  'refused',
  'withdrawn',
  'settled',
  'settledOnTime',
  'settledLate',
  'onTimePct',
  'pending',
  'overdue',
  'upheld',
  'partlyUpheld',
  'notUpheld',
];

/** The year's complaints in figures: by kind, channel and field; the same as Word and Excel. */
export function Component() {
  const { t } = useTranslation(['complaints', 'common']);
  const format = useFormat();
  const { message } = App.useApp();
  const board = useBoardChoice();
  const params = useListParams(['year'] as const);
  const year = Number(params.values.year) || new Date().getFullYear();
  const stats = useStatistics(board.board?.code, year);
  const [downloading, setDownloading] = useState<'docx' | 'xlsx' | null>(null);
  const download = (kind: 'docx' | 'xlsx') => {
    if (!board.board) return;
    setDownloading(kind);
    downloadStatistics(board.board.code, year, kind)
      .catch((error: unknown) => void message.error(errorMessage(t, error)))
      .finally(() => setDownloading(null));
  };
  const value = (f: ComplaintFigures, key: keyof ComplaintFigures) =>
    key === 'onTimePct' ? format.percent(f.onTimePct) : format.number(f[key] ?? 0);
  const s = stats.data;
  return (
    <>
      <PageTitle
        title={t('complaints:statistics.title')}
        subtitle={s ? t('complaints:statistics.subtitle', { date: format.date(s.asOf) }) : undefined}
        extra={
          <Space wrap>
            <BoardPicker choice={board} />
            <Select
              aria-label={t('complaints:statistics.year')}
              value={year}
              style={{ width: 110 }}
              options={yearOptions()}
              onChange={(y: number) => params.update({ year: String(y) })}
            />
            <Button
              icon={<FileWordOutlined />}
              loading={downloading === 'docx'}
              disabled={!board.board}
              onClick={() => download('docx')}
            >
              {t('complaints:statistics.word')}
            </Button>
            <Button
              icon={<FileExcelOutlined />}
              loading={downloading === 'xlsx'}
              disabled={!board.board}
              onClick={() => download('xlsx')}
            >
              {t('complaints:statistics.excel')}
            </Button>
          </Space>
        }
      />
      {!board.boardId ? (
        <Empty description={t('common:boardChoice.needed')} />
      ) : stats.error ? (
        <Alert type="error" showIcon title={errorMessage(t, stats.error)} />
      ) : (
        <Flex vertical gap={16}>
          <Card size="small" title={t('complaints:statistics.byKind')}>
            <Table
              size="small"
              rowKey="key"
              loading={stats.isFetching}
              pagination={false}
              scroll={{ x: 'max-content' }}
              dataSource={MEASURES.map((key) => ({ key }))}
              columns={[
                { title: '', render: (_, r) => t(`complaints:statistics.${r.key}`) },
                {
                  title: t('complaints:statistics.total'),
                  render: (_, r) => (s ? <strong>{value(s.total, r.key)}</strong> : null),
                },
                ...(s?.byKind ?? []).map((k) => ({
                  title: t(`complaints:kinds.${k.kind}`),
                  render: (_: unknown, r: { key: keyof ComplaintFigures }) => value(k, r.key),
                })),
              ]}
            />
          </Card>
          <Flex gap={16} wrap>
            <Card
              size="small"
              title={t('complaints:statistics.byChannel')}
              style={{ flex: '1 1 300px', minWidth: 0 }}
            >
              <Table
                size="small"
                rowKey="channel"
                pagination={false}
                dataSource={s?.byChannel}
                columns={[
                  { title: '', render: (_, r) => t(`complaints:channels.${r.channel}`) },
                  {
                    title: t('complaints:statistics.received'),
                    align: 'right',
                    render: (_, r) => format.number(r.received),
                  },
                ]}
              />
            </Card>
            <Card
              size="small"
              title={t('complaints:statistics.byField')}
              style={{ flex: '1 1 300px', minWidth: 0 }}
            >
              <Table
                size="small"
                rowKey="field"
                pagination={false}
                dataSource={s?.byField}
                columns={[
                  { title: '', render: (_, r) => t(`complaints:fields.${r.field}`) },
                  {
                    title: t('complaints:statistics.received'),
                    align: 'right',
                    render: (_, r) => format.number(r.received),
                  },
                ]}
              />
            </Card>
          </Flex>
        </Flex>
      )}
    </>
  );
}
