import { Form, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ReportScopeLinks } from './report-scope.ts';
import { SEARCH_BY_LABEL } from '../../shared/search-select.ts';

/**
 * Which boards (for a user who sees several) and which zones a report covers — codes, as the report
 * API takes them. Empty means all the user may see.
 */
export function ScopeFilters({
  scope,
  board,
  zone,
  onChange,
}: {
  scope: ReportScopeLinks;
  board: string[];
  zone?: string[] | undefined;
  onChange: (change: { board?: string[]; zone?: string[] }) => void;
}) {
  const { t } = useTranslation('reports');
  const zoneCodes = [...new Set(scope.zones.map((z) => z.code))];
  return (
    <>
      {scope.showBoards ? (
        <Form.Item label={t('filters.boards')} htmlFor="report-boards" style={{ marginBottom: 8 }}>
          <Select
            id="report-boards"
            mode="multiple"
            allowClear
            value={board}
            placeholder={t('filters.allBoards')}
            style={{ minWidth: 220 }}
            showSearch={SEARCH_BY_LABEL}
            options={scope.boards.map((b) => ({ value: b.code, label: `${b.code} — ${b.name}` }))}
            onChange={(codes: string[]) => onChange({ board: codes })}
          />
        </Form.Item>
      ) : null}
      {zone ? (
        <Form.Item label={t('filters.zones')} htmlFor="report-zones" style={{ marginBottom: 8 }}>
          <Select
            id="report-zones"
            mode="multiple"
            allowClear
            value={zone}
            loading={scope.zonesLoading}
            placeholder={t('filters.allZones')}
            style={{ minWidth: 260 }}
            showSearch={SEARCH_BY_LABEL}
            maxTagCount="responsive"
            options={zoneCodes.map((code) => ({
              value: code,
              label: `${code} — ${scope.zones.find((z) => z.code === code)?.name ?? ''}`,
            }))}
            onChange={(codes: string[]) => onChange({ zone: codes })}
          />
        </Form.Item>
      ) : null}
    </>
  );
}
