import { useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { api, type Page } from '../../shared/api.ts';

export type InvestmentType = 'FDI' | 'DDI';
export type ProjectStatus = 'active' | 'terminated';
export type EventKind = 'new' | 'adjustment' | 'termination';

export interface ProjectInvestor {
  id: string;
  name: string;
  country: string;
  countryName: string;
}

/** A project as GET /api/v1/projects gives it. */
export interface ProjectSummary {
  id: string;
  boardId: string;
  code: string;
  name: string;
  zone: { id: string; code: string; name: string };
  investmentType: InvestmentType;
  sector: string | null;
  landHa: string | null;
  status: ProjectStatus;
  licensedOn: string | null;
  terminatedOn: string | null;
  investors: ProjectInvestor[];
  registeredCapitalVnd: string | null;
  registeredCapitalUsd: string | null;
  implementedVnd: string | null;
  implementedAsOf: string | null;
  version: number;
}

/** One certificate version: the event and the registered capital before and after it. */
export interface LicensingEvent {
  id: string;
  projectId: string;
  kind: EventKind;
  date: string;
  seq: number;
  documentNo: string;
  capitalVnd: string | null;
  capitalUsd: string | null;
  note: string | null;
  capitalVndBefore: string | null;
  capitalVndAfter: string | null;
  capitalUsdBefore: string | null;
  capitalUsdAfter: string | null;
  capitalChangeVnd: string | null;
  version: number;
}

export interface CapitalImplementation {
  id: string;
  projectId: string;
  asOf: string;
  implementedVnd: string;
  version: number;
}

export interface ProjectDetail extends ProjectSummary {
  licensingEvents: LicensingEvent[];
  capitalImplementations: CapitalImplementation[];
}

/** GET /api/v1/licensing-events: an event with its project. */
export interface BoardLicensingEvent extends LicensingEvent {
  project: { id: string; code: string; name: string; investmentType: InvestmentType; zoneCode: string };
}

export interface Investor {
  id: string;
  name: string;
  country: string;
  countryName: string;
}

type Query = Record<string, string | number | string[] | undefined>;

export function useProjects(query: Query) {
  return useQuery({
    queryKey: ['projects', query],
    queryFn: () => api.get<Page<ProjectSummary>>('/projects', query),
    placeholderData: (previous) => previous,
  });
}

export function useProject(id: string | undefined) {
  return useQuery({
    queryKey: ['project', id],
    queryFn: () => api.get<ProjectDetail>(`/projects/${id}`),
    enabled: Boolean(id),
  });
}

export function useLicensingEvents(query: Query) {
  return useQuery({
    queryKey: ['licensing-events', query],
    queryFn: () => api.get<Page<BoardLicensingEvent>>('/licensing-events', query),
    placeholderData: (previous) => previous,
  });
}

export function useInvestorSearch(q: string, boardId: string | undefined) {
  return useQuery({
    queryKey: ['investors', { q, boardId }],
    queryFn: () => api.get<Page<Investor>>('/investors', { q, boardId, pageSize: 20 }),
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
