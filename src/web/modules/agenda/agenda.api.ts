import { useQuery } from '@tanstack/react-query';
import type { AgendaGroup, AgendaCounts, AgendaItem } from '../../../domain/agenda.ts';
import { callApi } from '../../shared/api.ts';

export type { AgendaItem, AgendaGroup, AgendaCounts };

/** GET /agenda (the server's agenda.schemas.ts Agenda). */
export interface Agenda {
  today: string;
  board: { id: string; code: string; name: string };
  groups: AgendaGroup[];
  counts: AgendaCounts;
}

export const AGENDA_KEY = ['agenda'] as const;

/** What needs doing on the board (its code) today; waits until a board is chosen. */
export function useAgenda(board: string | undefined) {
  return useQuery({
    queryKey: [...AGENDA_KEY, board],
    queryFn: () => callApi<Agenda>('GET', '/agenda', { query: { board } }),
    enabled: board !== undefined,
  });
}
