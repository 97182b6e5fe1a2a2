import { InputNumber, type InputNumberProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormat } from './format.ts';

/**
 * A whole amount of đồng (or USD with `usd`), typed with Vietnamese grouping ("230.000.000.000"),
 * kept as a string of digits (no floating point), with the amount in tỷ đồng shown beside it.
 */
export function MoneyInput({
  usd = false,
  value,
  ...props
}: { usd?: boolean; value?: string | null } & Omit<InputNumberProps<string>, 'value'>) {
  const { t } = useTranslation('common');
  const format = useFormat();
  const group = format.locale === 'vi' ? '.' : ',';
  const decimal = format.locale === 'vi' ? ',' : '.';
  const hint = value ? (usd ? format.millionUsd(value) : format.ty(value)) : null;
  return (
    <InputNumber<string>
      {...props}
      value={value ?? null}
      stringMode
      min="0"
      precision={usd ? 2 : 0}
      style={{ width: '100%' }}
      addonAfter={usd ? t('units.usdShort') : t('units.dongShort')}
      formatter={(raw) => {
        if (!raw) return '';
        const [whole = '', fraction] = String(raw).split('.');
        return (
          whole.replace(/\B(?=(\d{3})+(?!\d))/g, group) + (fraction !== undefined ? decimal + fraction : '')
        );
      }}
      parser={(text) =>
        (text ?? '')
          .split(group)
          .join('')
          .replace(decimal, '.')
          .replace(/[^\d.]/g, '')
      }
      suffix={hint ? <span style={{ color: '#888', fontSize: 12 }}>{hint}</span> : undefined}
    />
  );
}
