import { ArrowRightOutlined } from '@ant-design/icons';
import { Drawer, Result, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../shared/errors.ts';
import { useFormat } from '../../shared/format.ts';
import { usePhone } from '../../shared/screen.ts';
import {
  HISTORY_PAGE_SIZE,
  useRules,
  useSettingsHistory,
  type SettingsEntityType,
  type SettingsHistoryEntry,
} from './settings.api.ts';
import { useSettingsWords, type ChangeLine } from './words.ts';

const ACTION_COLOURS: Record<string, string> = { create: 'green', update: 'blue', delete: 'red' };

/** A change in words: "Hạn nộp: Ngày 10 … → Ngày 15 …", one line per value changed. */
function Changes({ lines }: { lines: ChangeLine[] }) {
  const { t } = useTranslation('settings');
  if (lines.length === 0) return <Typography.Text type="secondary">{t('history.noChange')}</Typography.Text>;
  const none = <Typography.Text type="secondary">{t('history.none')}</Typography.Text>;
  return (
    <div>
      {lines.map((line) => (
        <div key={line.label} style={{ wordBreak: 'break-word' }}>
          <Typography.Text strong>{line.label}: </Typography.Text>
          {line.before === null ? (
            // Added: just what it was set to.
            (line.after ?? none)
          ) : line.after === null ? (
            // Deleted: what it was.
            <Typography.Text>{line.before}</Typography.Text>
          ) : (
            <>
              <Typography.Text delete>{line.before}</Typography.Text>{' '}
              <ArrowRightOutlined aria-label="→" style={{ fontSize: 11, color: '#888' }} /> {line.after}
            </>
          )}
        </div>
      ))}
    </div>
  );
}

/** Lịch sử thay đổi: who changed this kind of setting, when, and what before → after, newest first. */
export function HistoryDrawer({
  open,
  onClose,
  boardId,
  entityType,
  title,
}: {
  open: boolean;
  onClose: () => void;
  boardId: string;
  entityType: SettingsEntityType;
  title: string;
}) {
  const { t } = useTranslation(['settings', 'common']);
  const format = useFormat();
  const words = useSettingsWords();
  const phone = usePhone();
  const [page, setPage] = useState(1);
  const history = useSettingsHistory(boardId, entityType, page, open);
  // A rule the board changes for the first time is added over its built-in default.
  const rules = useRules(open && entityType === 'statistics_rule' ? boardId : undefined);
  const baseline = (entry: SettingsHistoryEntry) => {
    const rule = rules.data?.find((r) => r.code === entry.entityKey);
    return rule ? { severity: rule.defaultSeverity, params: rule.defaultParams } : null;
  };

  return (
    <Drawer open={open} onClose={onClose} size={phone ? '100%' : 760} title={title} destroyOnHidden>
      {history.error ? (
        <Result
          status="warning"
          title={t('settings:history.failed')}
          subTitle={errorMessage(t, history.error)}
        />
      ) : (
        <Table<SettingsHistoryEntry>
          rowKey="id"
          size="small"
          loading={history.isFetching}
          dataSource={history.data?.items}
          locale={{ emptyText: t('settings:history.empty') }}
          tableLayout="fixed"
          aria-label={title}
          pagination={{
            current: page,
            pageSize: HISTORY_PAGE_SIZE,
            total: history.data?.total,
            hideOnSinglePage: true,
            showSizeChanger: false,
            onChange: setPage,
          }}
          columns={[
            {
              title: t('settings:history.at'),
              dataIndex: 'at',
              width: phone ? 104 : 140,
              render: (at: string, entry) => (
                <>
                  <div>{format.dateTime(at)}</div>
                  <Typography.Text type="secondary">{entry.actorLabel}</Typography.Text>
                </>
              ),
            },
            {
              title: t('settings:history.record'),
              width: phone ? 96 : 200,
              render: (_, entry) => (
                <>
                  <div>{words.record(entry)}</div>
                  <Tag color={ACTION_COLOURS[entry.action]}>
                    {t(`settings:history.actions.${entry.action}`, { defaultValue: entry.action })}
                  </Tag>
                </>
              ),
            },
            {
              title: t('settings:history.changes'),
              render: (_, entry) => <Changes lines={words.changes(entry, baseline(entry))} />,
            },
          ]}
        />
      )}
    </Drawer>
  );
}
