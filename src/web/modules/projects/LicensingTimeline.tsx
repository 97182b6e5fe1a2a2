import { ArrowDownOutlined, ArrowUpOutlined, EditOutlined } from '@ant-design/icons';
import { Button, Flex, Timeline, Tooltip, Typography } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../shared/format.ts';
import type { LicensingEvent } from './projects.api.ts';
import { EventKindTag } from './StatusTag.tsx';

/** "Tăng 50,000 tỷ đồng" in green, "Giảm …" in red, from a signed amount of đồng. */
export function CapitalChange({ change }: { change: string | null }) {
  const { t } = useTranslation('projects');
  const format = useFormat();
  if (change === null) return <Typography.Text type="secondary">{t('timeline.noChange')}</Typography.Text>;
  const down = change.startsWith('-');
  const amount = format.ty(down ? change.slice(1) : change);
  if (/^-?0+$/.test(change))
    return <Typography.Text type="secondary">{t('timeline.noChange')}</Typography.Text>;
  return (
    <Typography.Text type={down ? 'danger' : 'success'} strong style={{ whiteSpace: 'nowrap' }}>
      {down ? <ArrowDownOutlined /> : <ArrowUpOutlined />}{' '}
      {t(down ? 'timeline.decrease' : 'timeline.increase', { amount })}
    </Typography.Text>
  );
}

/** "Cấp mới GCNĐKĐT", "Điều chỉnh lần 2", … from the events in order. */
export function versionName(t: TFunction, ordered: LicensingEvent[], index: number) {
  const event = ordered[index]!;
  if (event.kind === 'new') return t('timeline.new');
  if (event.kind === 'termination') return t('timeline.termination');
  const n = ordered.slice(0, index + 1).filter((e) => e.kind === 'adjustment').length;
  return t('timeline.adjustmentN', { n });
}

/** What staff may do with a recorded event (absent for those who may not write). */
export interface EventActions {
  onEdit: (event: LicensingEvent, name: string) => void;
  /** Deletes an adjustment; for the termination, undoes it. The new certificate is never deleted. */
  onDelete: (event: LicensingEvent, name: string) => void;
}

/**
 * The project's licensing history: each certificate version with the capital after it, marked
 * when it was corrected after being recorded; with `actions`, its correction buttons.
 */
export function LicensingTimeline({
  events,
  fdi,
  actions,
}: {
  events: LicensingEvent[];
  fdi: boolean;
  actions?: EventActions | undefined;
}) {
  const { t } = useTranslation('projects');
  const format = useFormat();
  const ordered = [...events].sort((a, b) => a.date.localeCompare(b.date) || a.seq - b.seq);
  if (ordered.length === 0) return <Typography.Text type="secondary">{t('timeline.empty')}</Typography.Text>;
  return (
    <Timeline
      items={ordered.map((event, index) => {
        const change = event.capitalChangeVnd;
        const color =
          event.kind === 'termination'
            ? 'red'
            : event.kind === 'new'
              ? 'blue'
              : change?.startsWith('-')
                ? 'red'
                : change && !/^0+$/.test(change)
                  ? 'green'
                  : 'gray';
        const name = versionName(t, ordered, index);
        return {
          key: event.id,
          color,
          content: (
            <Flex vertical gap={2} data-testid="licensing-event">
              <Flex gap={8} align="center" wrap>
                <EventKindTag kind={event.kind} />
                <Typography.Text strong>{name}</Typography.Text>
                <Typography.Text>{format.date(event.date)}</Typography.Text>
                <Typography.Text type="secondary">
                  {t('timeline.documentNo', { no: event.documentNo })}
                </Typography.Text>
              </Flex>
              {event.kind === 'termination' ? null : (
                <Typography.Text>
                  {t('timeline.capitalAfter', { amount: format.ty(event.capitalVndAfter) })}
                  {fdi && event.capitalUsdAfter ? ` (${format.millionUsd(event.capitalUsdAfter)})` : ''}
                </Typography.Text>
              )}
              {event.kind === 'adjustment' ? <CapitalChange change={change} /> : null}
              {event.note ? (
                <Typography.Text type="secondary" italic>
                  {event.note}
                </Typography.Text>
              ) : null}
              {event.version > 1 ? (
                <Tooltip title={t('timeline.correctedHint')}>
                  <Typography.Text type="warning" data-testid="event-corrected">
                    <EditOutlined /> {t('timeline.corrected', { date: format.dateTime(event.updatedAt) })}
                  </Typography.Text>
                </Tooltip>
              ) : null}
              {actions ? (
                <Flex gap={4} wrap>
                  <Button
                    size="small"
                    type="link"
                    style={{ paddingInline: 0, marginInlineEnd: 12 }}
                    aria-label={t('correction.editAria', { name })}
                    onClick={() => actions.onEdit(event, name)}
                  >
                    {t('correction.edit')}
                  </Button>
                  {event.kind === 'new' ? null : (
                    <Button
                      size="small"
                      type="link"
                      danger
                      style={{ paddingInline: 0 }}
                      aria-label={
                        event.kind === 'termination'
                          ? t('correction.undoTermination')
                          : t('correction.deleteAria', { name })
                      }
                      onClick={() => actions.onDelete(event, name)}
                    >
                      {event.kind === 'termination'
                        ? t('correction.undoTermination')
                        : t('correction.delete')}
                    </Button>
                  )}
                </Flex>
              ) : null}
            </Flex>
          ),
        };
      })}
    />
  );
}
