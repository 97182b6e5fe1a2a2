import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type Schema } from '../../shared/api.ts';
import { STATISTICS_KEY } from './statistics.api.ts';

export type RemindersSent = Schema<'RemindersSent'>;

/** The reminders an enterprise account has had in the last 90 days (its home shows them). */
export function useMyReminders() {
  return useQuery({
    queryKey: [...STATISTICS_KEY, 'my-reminders'],
    queryFn: async () => (await api.get('/reminders/mine')).items,
  });
}

/** Who was reminded of a period, when, and what became of the e-mail. */
export function useSentReminders(period: string | undefined, boardId: string | undefined) {
  return useQuery({
    queryKey: [...STATISTICS_KEY, 'reminders-sent', period, boardId],
    queryFn: async () => (await api.get('/statistics/reminders/sent', { query: { period, boardId } })).items,
    enabled: !!period && !!boardId,
  });
}

/** Sends the period's reminders to every enterprise of the board still to file. */
export function useSendReminders() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ period, boardId }: { period: string; boardId: string }) =>
      api.post('/statistics/reminders', { body: { period, boardId } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: STATISTICS_KEY }),
  });
}
