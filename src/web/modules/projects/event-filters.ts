import { useTranslation } from 'react-i18next';
import { useSession } from '../../app/session.tsx';
import { useFormat } from '../../shared/format.ts';
import { useListParams } from '../../shared/list-params.ts';
import { useAllZones } from '../zones/index.ts';
import type { ActiveFilter } from './FilterTags.tsx';
import { useProject } from './projects.api.ts';

export const EVENT_KEYS = [
  'from',
  'to',
  'kind',
  'investmentType',
  'change',
  'boardId',
  'zoneId',
  'projectId',
] as const;
type Key = (typeof EVENT_KEYS)[number];

/**
 * The licensing-event filters in the address (the investment report's figures link here), with
 * the same filters as one readable sentence ("Điều chỉnh tăng vốn · FDI · 01/01/2019–30/11/2019")
 * and as removable tags for those without a control of their own (board, zone, project).
 */
export function useEventFilters() {
  const { t } = useTranslation(['projects', 'common']);
  const format = useFormat();
  const { visibleBoards } = useSession();
  const zones = useAllZones();
  const params = useListParams(EVENT_KEYS);
  const one = (key: Key) => params.values[key] as string | undefined;
  const projectId = one('projectId');
  const project = useProject(projectId);
  const query = {
    from: one('from'),
    to: one('to'),
    kind: params.list('kind'),
    investmentType: params.list('investmentType'),
    change: one('change'),
    boardId: params.list('boardId'),
    zoneId: params.list('zoneId'),
    projectId,
    page: params.page,
    pageSize: params.pageSize,
  };

  const zoneName = (id: string) => zones.data?.items.find((z) => z.id === id)?.name ?? id;
  const boardName = (id: string) => visibleBoards.find((b) => b.id === id)?.name ?? id;
  const projectName = project.data ? `${project.data.code} — ${project.data.name}` : (projectId ?? '');

  const kinds = params.list('kind');
  const change = one('change');
  const what =
    change === 'increase' || change === 'decrease'
      ? t(`projects:events.change.${change}`)
      : kinds.length > 0
        ? kinds.map((k) => t(`common:eventKinds.${k}`, { defaultValue: k })).join(', ')
        : t('projects:events.allKinds');
  const { from, to } = query;
  const period =
    from && to
      ? `${format.date(from)}–${format.date(to)}`
      : from
        ? t('projects:events.since', { date: format.date(from) })
        : to
          ? t('projects:events.until', { date: format.date(to) })
          : null;
  const sentence = [
    what,
    ...params.list('investmentType').map((v) => t(`common:investmentTypesShort.${v}`, { defaultValue: v })),
    period,
    ...params.list('boardId').map(boardName),
    ...params.list('zoneId').map(zoneName),
    ...(projectId ? [projectName] : []),
  ]
    .filter(Boolean)
    .join(' · ');

  const removeValue = (key: Key, value: string) => () =>
    params.update({ [key]: params.list(key).filter((v) => v !== value) });
  const tags: ActiveFilter[] = [
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
    ...(projectId
      ? [
          {
            id: 'projectId',
            label: t('projects:filters.project', { name: projectName }),
            remove: () => params.update({ projectId: undefined }),
          },
        ]
      : []),
  ];
  const clear = () => params.update(Object.fromEntries(EVENT_KEYS.map((k) => [k, undefined])));
  return { params, one, query, sentence, tags, clear };
}
