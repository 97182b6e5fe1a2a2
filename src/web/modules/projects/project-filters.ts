import { useTranslation } from 'react-i18next';
import { useSession } from '../../app/session.tsx';
import { useFormat } from '../../shared/format.ts';
import { useListParams } from '../../shared/list-params.ts';
import { useAllZones } from '../zones/index.ts';
import type { ActiveFilter } from './FilterTags.tsx';

export const PROJECT_KEYS = [
  'q',
  'zoneId',
  'investmentType',
  'status',
  'licensedFrom',
  'licensedTo',
  'inForceAt',
  'boardId',
  'sort',
] as const;
type Key = (typeof PROJECT_KEYS)[number];

/**
 * The project list's filters in the address (report figures link here with inForceAt, boardId,
 * zoneId, investmentType, status, licensedFrom/To, q), the API query they make, and each active
 * one as a removable tag.
 */
export function useProjectFilters() {
  const { t } = useTranslation(['projects', 'common']);
  const format = useFormat();
  const { visibleBoards } = useSession();
  const zones = useAllZones();
  const params = useListParams(PROJECT_KEYS);
  const one = (key: Key) => params.values[key] as string | undefined;
  const licensedFrom = one('licensedFrom');
  const licensedTo = one('licensedTo');

  const fullYear =
    licensedFrom?.endsWith('-01-01') && licensedTo === `${licensedFrom.slice(0, 4)}-12-31`
      ? licensedFrom.slice(0, 4)
      : undefined;
  const zoneName = (id: string) => zones.data?.items.find((z) => z.id === id)?.name ?? id;
  const boardName = (id: string) => visibleBoards.find((b) => b.id === id)?.name ?? id;
  const removeValue = (key: Key, value: string) => () =>
    params.update({ [key]: params.list(key).filter((v) => v !== value) });
  const filters: ActiveFilter[] = [
    ...(one('inForceAt')
      ? [
          {
            id: 'inForceAt',
            label: t('projects:filters.inForceAt', { date: format.date(one('inForceAt')) }),
            remove: () => params.update({ inForceAt: undefined }),
          },
        ]
      : []),
    ...params.list('boardId').map((id) => ({
      id: `boardId=${id}`,
      label: t('projects:filters.board', { name: boardName(id) }),
      remove: removeValue('boardId', id),
    })),
    ...params.list('zoneId').map((id) => ({
      id: `zoneId=${id}`,
      label: t('projects:filters.zone', { name: zoneName(id) }),
      remove: removeValue('zoneId', id),
    })),
    ...params.list('investmentType').map((v) => ({
      id: `investmentType=${v}`,
      label: t(`common:investmentTypes.${v}`, { defaultValue: v }),
      remove: removeValue('investmentType', v),
    })),
    ...params.list('status').map((v) => ({
      id: `status=${v}`,
      label: t(`common:projectStatuses.${v}`, { defaultValue: v }),
      remove: removeValue('status', v),
    })),
    ...(licensedFrom || licensedTo
      ? [
          {
            id: 'licensed',
            label: fullYear
              ? t('projects:filters.licensedYear', { year: fullYear })
              : licensedFrom && licensedTo
                ? t('projects:filters.licensedBetween', {
                    from: format.date(licensedFrom),
                    to: format.date(licensedTo),
                  })
                : licensedFrom
                  ? t('projects:filters.licensedFrom', { date: format.date(licensedFrom) })
                  : t('projects:filters.licensedTo', { date: format.date(licensedTo) }),
            remove: () => params.update({ licensedFrom: undefined, licensedTo: undefined }),
          },
        ]
      : []),
    ...(one('q')
      ? [
          {
            id: 'q',
            label: t('projects:filters.q', { q: one('q') }),
            remove: () => params.update({ q: undefined }),
          },
        ]
      : []),
  ];
  const query = {
    q: one('q'),
    zoneId: params.list('zoneId'),
    investmentType: params.list('investmentType'),
    status: params.list('status'),
    boardId: params.list('boardId'),
    licensedFrom,
    licensedTo,
    inForceAt: one('inForceAt'),
    sort: one('sort'),
    page: params.page,
    pageSize: params.pageSize,
  };
  const clear = () => params.update(Object.fromEntries(PROJECT_KEYS.map((k) => [k, undefined])));
  return { params, one, query, zones, filters, fullYear, clear };
}
