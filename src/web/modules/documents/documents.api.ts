import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type ApiBody, type Schema } from '../../shared/api.ts';

/** One entry of the register of outgoing documents (GET /api/v1/documents/outgoing). */
export type OutgoingDocument = Schema<'OutgoingDocument'>;
/** What taking a number sends (POST /api/v1/documents/outgoing). */
export type NumberRequest = ApiBody<'/documents/outgoing', 'post'>;

const REGISTER_KEY = ['documents', 'outgoing'] as const;

export function useOutgoingDocuments(query: {
  boardId: string | undefined;
  year?: number | undefined;
  page: number;
  pageSize: number;
}) {
  return useQuery({
    queryKey: [...REGISTER_KEY, query],
    queryFn: () => api.get('/documents/outgoing', { query }),
    enabled: query.boardId !== undefined,
    placeholderData: keepPreviousData,
  });
}

/** Lấy số: the next number of the board's register, recorded at once. */
export function useTakeNumber() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: NumberRequest) => api.post('/documents/outgoing', { body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: REGISTER_KEY }),
  });
}

/** The board's abbreviation last used in this browser for the board (BQL by default). */
export function rememberedAgencySymbol(boardId: string): string {
  try {
    return localStorage.getItem(`kcn.agencySymbol.${boardId}`) ?? 'BQL';
  } catch {
    return 'BQL';
  }
}

export function rememberAgencySymbol(boardId: string, symbol: string) {
  try {
    localStorage.setItem(`kcn.agencySymbol.${boardId}`, symbol);
  } catch {
    // Storage refused: the next form starts from BQL again.
  }
}
