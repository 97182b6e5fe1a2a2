import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Deadline, DossierStatus, OnlineLevel } from '../../../domain/one-stop.ts';
import type { DossierRisk } from './dossiers.api.ts';

/** "15 ngày" / "3 ngày làm việc". */
export function useDeadlineText() {
  const { t } = useTranslation('oneStop');
  return (deadline: Deadline) => t(`deadline.${deadline.unit}`, { count: deadline.value });
}

/**
 * What is left of a dossier's or a step's time: "còn 2 ngày làm việc", "đến hạn hôm nay",
 * "quá hạn 1 ngày làm việc", or paused while a supplement is awaited.
 */
export function useRemainingText() {
  const { t } = useTranslation('oneStop');
  return (remaining: number | null | undefined, risk?: DossierRisk | null): string | null => {
    if (risk === 'paused') return t('remaining.paused');
    if (remaining === null || remaining === undefined) return null;
    if (remaining > 0) return t('remaining.left', { count: remaining });
    if (remaining === 0) return t('remaining.today');
    return t('remaining.overdue', { count: -remaining });
  };
}

const RISK_COLORS: Record<DossierRisk, string> = {
  overdue: 'red',
  due_soon: 'orange',
  paused: 'blue',
  ok: 'green',
};

/** Quá hạn (red), sắp đến hạn (orange), chờ bổ sung (blue), trong hạn (green); nothing once closed. */
export function RiskTag({ risk }: { risk: DossierRisk | null | undefined }) {
  const { t } = useTranslation('oneStop');
  if (!risk) return null;
  return <Tag color={RISK_COLORS[risk]}>{t(`risk.${risk}`)}</Tag>;
}

const STATUS_COLORS: Record<DossierStatus, string> = {
  unconfirmed: 'default',
  submitted: 'gold',
  not_accepted: 'default',
  processing: 'processing',
  awaiting_supplement: 'blue',
  resolved: 'cyan',
  returned: 'success',
};

export function DossierStatusTag({ status }: { status: DossierStatus }) {
  const { t } = useTranslation('oneStop');
  return <Tag color={STATUS_COLORS[status]}>{t(`statuses.${status}`)}</Tag>;
}

const ONLINE_COLORS: Record<OnlineLevel, string> = { full: 'green', partial: 'blue', none: 'default' };

/** Toàn trình (green), một phần (blue), không (grey). */
export function OnlineLevelTag({ level }: { level: OnlineLevel }) {
  const { t } = useTranslation('oneStop');
  return <Tag color={ONLINE_COLORS[level]}>{t(`onlineLevels.${level}`)}</Tag>;
}
