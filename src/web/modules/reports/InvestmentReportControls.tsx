import { Form } from 'antd';
import type { PeriodChange } from './period.ts';
import { PeriodPicker } from './PeriodPicker.tsx';
import type { ReportScopeLinks } from './report-scope.ts';
import { ScopeFilters } from './ScopeFilters.tsx';

/**
 * The investment report's period picker and board/zone filters. Loaded on their own (date
 * pickers and selects are heavy), so the figures show first.
 */
export default function InvestmentReportControls(props: {
  from: string;
  to: string;
  scope: ReportScopeLinks;
  board: string[];
  zone: string[];
  onPeriod: (change: PeriodChange) => void;
  onScope: (change: { board?: string[]; zone?: string[] }) => void;
}) {
  return (
    <Form layout="inline" style={{ marginBottom: 16, rowGap: 0 }}>
      <PeriodPicker from={props.from} to={props.to} onChange={props.onPeriod} />
      <ScopeFilters scope={props.scope} board={props.board} zone={props.zone} onChange={props.onScope} />
    </Form>
  );
}
