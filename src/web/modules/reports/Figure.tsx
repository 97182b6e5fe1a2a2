import { Card, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { vndToTy } from '../../../domain/number-format.ts';
import { useFormat } from '../../shared/format.ts';

/** đồng → the number in tỷ đồng and its unit apart, for a headline figure: ["81.770,544", "tỷ đồng"]. */
export function useTyParts() {
  const { t } = useTranslation('common');
  const format = useFormat();
  const unit = t('units.ty', { value: '' }).trim();
  return (vnd: string, decimals = 3) => ({ value: format.number(vndToTy(vnd, decimals)), unit });
}

/** A figure that opens the list behind it; its text is the formatted number. */
export function FigureLink({ to, children }: { to: string; children: ReactNode }) {
  return (
    <Link to={to} style={{ fontVariantNumeric: 'tabular-nums' }}>
      {children}
    </Link>
  );
}

/**
 * A headline figure: its label, the number (with its unit) and an optional second line (the capital),
 * each a link to the list it counts. The group is named by the label, so "Dự án cấp mới" → "21".
 */
export function FigureTile({
  label,
  value,
  unit,
  to,
  detail,
}: {
  label: string;
  value: string;
  unit?: string | undefined;
  to: string;
  detail?: ReactNode;
}) {
  return (
    <Card size="small" style={{ height: '100%' }}>
      <div role="group" aria-label={label}>
        <Typography.Text type="secondary">{label}</Typography.Text>
        <div style={{ fontSize: 28, lineHeight: 1.3, fontWeight: 600 }}>
          <FigureLink to={to}>{value}</FigureLink>
          {unit ? (
            <Typography.Text type="secondary" style={{ fontSize: 14, fontWeight: 400, marginLeft: 6 }}>
              {unit}
            </Typography.Text>
          ) : null}
        </div>
        {detail ? <div style={{ minHeight: 22 }}>{detail}</div> : null}
      </div>
    </Card>
  );
}

/** A figure with its share beside it: "231 (81,3%)". */
export function FigureWithShare({
  to,
  value,
  share,
}: {
  to: string;
  value: string;
  share?: string | undefined;
}) {
  return (
    <span>
      <FigureLink to={to}>{value}</FigureLink>
      {share ? ` (${share})` : null}
    </span>
  );
}
