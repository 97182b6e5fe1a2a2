import { useSession } from '../../app/session.tsx';
import { useAllZones } from '../zones/index.ts';

/**
 * A report's scope as the report API takes it (board and zone codes) and as the lists behind its
 * figures take it (board and zone ids), so a figure opens the list of exactly what it counts.
 */
export function useReportScope(boardCodes: string[], zoneCodes: string[]) {
  const { visibleBoards } = useSession();
  const zones = useAllZones();
  const boardIds = visibleBoards.filter((b) => boardCodes.includes(b.code)).map((b) => b.id);
  const allZones = zones.data?.items ?? [];
  const zonesInBoards = boardIds.length ? allZones.filter((z) => boardIds.includes(z.boardId)) : allZones;
  const zoneIds = zonesInBoards.filter((z) => zoneCodes.includes(z.code)).map((z) => z.id);
  return {
    boards: visibleBoards,
    showBoards: visibleBoards.length > 1,
    zones: zonesInBoards,
    zonesLoading: zones.isPending,
    /** Query parameters for the list pages (boardId / zoneId repeated). */
    listParams(extra: Record<string, string | string[] | undefined>): string {
      const params = new URLSearchParams();
      for (const [key, value] of Object.entries(extra))
        for (const v of Array.isArray(value) ? value : value === undefined ? [] : [value])
          params.append(key, v);
      boardIds.forEach((id) => params.append('boardId', id));
      zoneIds.forEach((id) => params.append('zoneId', id));
      return params.toString();
    },
  };
}
export type ReportScopeLinks = ReturnType<typeof useReportScope>;
