import { Form } from 'antd';
import { ProductionPeriodPicker } from './ProductionPeriodPicker.tsx';
import type { ReportScopeLinks } from './report-scope.ts';
import { ScopeFilters } from './ScopeFilters.tsx';

/** The production report's period and board/zone filters, loaded on their own chunk. */
export default function ProductionReportControls(props: {
  period: string;
  scope: ReportScopeLinks;
  board: string[];
  zone: string[];
  onPeriod: (period: string) => void;
  onScope: (change: { board?: string[]; zone?: string[] }) => void;
}) {
  return (
    <Form layout="inline" style={{ marginBottom: 16, rowGap: 0 }}>
      <ProductionPeriodPicker period={props.period} onChange={props.onPeriod} />
      <ScopeFilters scope={props.scope} board={props.board} zone={props.zone} onChange={props.onScope} />
    </Form>
  );
}
