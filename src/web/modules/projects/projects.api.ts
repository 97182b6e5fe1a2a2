import { useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { api, type ApiQuery, type Schema } from '../../shared/api.ts';

/** A project as GET /api/v1/projects gives it. */
export type ProjectSummary = Schema<'Project'>;
/** A project with its licensing history and implemented capital (GET /api/v1/projects/{id}). */
export type ProjectDetail = Schema<'ProjectDetail'>;
/** One certificate version: the event and the registered capital before and after it. */
export type LicensingEvent = Schema<'LicensingEvent'>;
export type CapitalImplementation = Schema<'CapitalImplementation'>;
/** GET /api/v1/licensing-events: an event with its project. */
export type BoardLicensingEvent = Schema<'BoardLicensingEvent'>;
export type Investor = Schema<'Investor'>;
export type ProjectInvestor = ProjectSummary['investors'][number];

export type InvestmentType = ProjectSummary['investmentType'];
export type ProjectStatus = ProjectSummary['status'];
export type EventKind = LicensingEvent['kind'];

/** List filters as the address holds them: names checked against the API, values as text. */
type ProjectsQuery = ApiQuery<'/projects'>;
type LicensingEventsQuery = ApiQuery<'/licensing-events'>;

export function useProjects(query: ProjectsQuery) {
  return useQuery({
    queryKey: ['projects', query],
    queryFn: () => api.get('/projects', { query }),
    placeholderData: (previous) => previous,
  });
}

export function useProject(id: string | undefined) {
  return useQuery({
    queryKey: ['project', id],
    queryFn: () => api.get('/projects/{id}', { path: { id: id ?? '' } }),
    enabled: Boolean(id),
  });
}

export function useLicensingEvents(query: LicensingEventsQuery) {
  return useQuery({
    queryKey: ['licensing-events', query],
    queryFn: () => api.get('/licensing-events', { query }),
    placeholderData: (previous) => previous,
  });
}

export function useInvestorSearch(q: string, boardId: string | undefined) {
  return useQuery({
    queryKey: ['investors', { q, boardId }],
    queryFn: () => api.get('/investors', { query: { q, boardId, pageSize: 20 } }),
    enabled: q.trim().length >= 2,
    staleTime: 60_000,
  });
}

const AFFECTED = ['projects', 'project', 'licensing-events', 'investors', 'zone', 'zones', 'audit'];

/**
 * After a write: the project's page takes the server's answer, and everything that may show it
 * (lists, zone pages, every report) is fetched again.
 */
export function afterProjectWrite(queryClient: QueryClient, project: ProjectDetail) {
  queryClient.setQueryData(['project', project.id], project);
  return queryClient.invalidateQueries({
    predicate: (query) => {
      const head = String(query.queryKey[0] ?? '');
      if (head === 'project' && query.queryKey[1] === project.id) return false;
      return AFFECTED.includes(head) || head.startsWith('report');
    },
  });
}

export function useAfterProjectWrite() {
  const queryClient = useQueryClient();
  return (project: ProjectDetail) => afterProjectWrite(queryClient, project);
}
