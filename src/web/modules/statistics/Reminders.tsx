import { App, Alert, Button, Popconfirm } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../shared/errors.ts';
import { useFormat } from '../../shared/format.ts';
import { useMyReminders, useSendReminders, useSentReminders } from './reminders.api.ts';
import { usePeriodLabel } from './StatusTag.tsx';

/** On an enterprise's home: the board's reminders to file, newest first. */
export function ReminderNotices() {
  const { t } = useTranslation('statistics');
  const format = useFormat();
  const label = usePeriodLabel();
  const reminders = useMyReminders();
  const latest = new Map<string, string>();
  for (const r of reminders.data ?? []) if (!latest.has(r.period)) latest.set(r.period, r.sentAt);
  if (latest.size === 0) return null;
  return (
    <>
      {[...latest].map(([period, sentAt]) => (
        <Alert
          key={period}
          type="warning"
          showIcon
          role="alert"
          style={{ marginBottom: 16 }}
          title={t('reminders.notice', { period: label(period), date: format.date(sentAt.slice(0, 10)) })}
        />
      ))}
    </>
  );
}

/** On completeness: send the period's reminders, and say when they were last sent. */
export function SendRemindersButton({
  period,
  boardId,
  pending,
}: {
  period: string;
  boardId: string;
  pending: number;
}) {
  const { t } = useTranslation(['statistics', 'common']);
  const { message } = App.useApp();
  const format = useFormat();
  const send = useSendReminders();
  const sent = useSentReminders(period, boardId);
  const last = sent.data?.[0]?.sentAt;
  return (
    <span>
      <Popconfirm
        title={t('reminders.confirm', { count: pending })}
        okText={t('reminders.send')}
        cancelText={t('common:actions.cancel')}
        disabled={pending === 0}
        onConfirm={() =>
          send.mutate(
            { period, boardId },
            {
              onSuccess: (result) =>
                void message.success(
                  result.mailConfigured
                    ? t('reminders.done', result)
                    : t('reminders.doneWithoutMail', { reminded: result.reminded }),
                ),
              onError: (error) => void message.error(errorMessage(t, error)),
            },
          )
        }
      >
        <Button disabled={pending === 0} loading={send.isPending}>
          {t('reminders.send')}
        </Button>
      </Popconfirm>
      {last ? (
        <span style={{ marginLeft: 8, color: 'rgba(0,0,0,0.45)' }}>
          {t('reminders.lastSent', { date: format.date(last.slice(0, 10)) })}
        </span>
      ) : null}
    </span>
  );
}
