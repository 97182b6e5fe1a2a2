import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ProposalState } from './proposals.api.ts';

const COLOURS: Record<ProposalState, string> = {
  draft: 'default',
  submitted: 'blue',
  reviewed: 'gold',
  decided: 'green',
  returned: 'red',
};

/** Where a proposal stands: dự thảo, đã trình, hội đồng đã xét, đã quyết định, trả lại. */
export function ProposalStateTag({ state }: { state: ProposalState }) {
  const { t } = useTranslation('commendation');
  return <Tag color={COLOURS[state]}>{t(`commendation:proposalStates.${state}`)}</Tag>;
}
