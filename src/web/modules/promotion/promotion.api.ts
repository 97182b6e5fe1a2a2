import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  EnquiryStatus,
  LeadSource,
  LeadStage,
  OrganisationKind,
  PromotionEventKind,
} from '../../../domain/promotion.ts';
import { callApi as call, pathSegment as seg } from '../../shared/api.ts';

/* The promotion API (under /api/v1/promotion), typed as src/server/modules/promotion/promotion.schemas.ts writes it. */

export interface Ref {
  id: string;
  name: string;
}
export interface Organisation {
  id: string;
  boardId: string;
  name: string;
  kind: OrganisationKind;
  countryCode: string;
  website: string | null;
  note: string | null;
  version: number;
}
export interface Contact {
  id: string;
  boardId: string;
  organisation: Ref | null;
  fullName: string;
  position: string | null;
  email: string | null;
  phone: string | null;
  countryCode: string | null;
  note: string | null;
  version: number;
}
export interface PromotionEvent {
  id: string;
  kind: PromotionEventKind;
  name: string;
  startsOn: string;
  endsOn: string;
  place: string;
  countryCode: string;
  abroad: boolean;
  organiser: string | null;
  participants: string | null;
  costVnd: string | null;
  outcome: string | null;
  version: number;
}
export interface Meeting {
  id: string;
  heldOn: string;
  subject: string;
  organisation: Ref | null;
  lead: Ref | null;
  event: Ref | null;
  participants: string | null;
  notes: string;
  followUp: string | null;
  followUpDueOn: string | null;
  followUpDoneOn: string | null;
  followUpOverdue: boolean;
  version: number;
}
export interface Lead {
  id: string;
  boardId: string;
  name: string;
  organisation: Ref | null;
  contact: Ref | null;
  source: LeadSource;
  event: Ref | null;
  zoneId: string | null;
  sector: string | null;
  countryCode: string | null;
  expectedCapitalVnd: string | null;
  expectedCapitalUsd: string | null;
  landNeedHa: string | null;
  stage: LeadStage;
  stageSince: string;
  openedOn: string;
  project: { id: string; code: string; name: string; registeredCapitalVnd: string | null } | null;
  note: string | null;
  version: number;
}
export interface LeadDetail extends Lead {
  stages: { id: string; stage: LeadStage; since: string; note: string }[];
  meetings: Meeting[];
  enquiryId: string | null;
}
export interface Enquiry {
  id: string;
  fullName: string;
  organisation: string | null;
  email: string;
  phone: string | null;
  countryCode: string | null;
  message: string;
  language: string;
  status: EnquiryStatus;
  leadId: string | null;
  receivedAt: string;
  version: number;
}
export interface PromotionFigures {
  year: number;
  leadsOpened: number;
  reachedByStage: Record<LeadStage, number>;
  bySource: Record<LeadSource, number>;
  certificates: number;
  certificateCapitalVnd: string;
  events: number;
  eventsByKind: Record<PromotionEventKind, number>;
  eventsAbroad: number;
  eventsAtHome: number;
  meetings: number;
  enquiries: number;
  conversionPct: string | null;
}

const KEY = ['promotion'] as const;
type Query = Record<string, string | number | undefined>;

function list<T>(path: string, query: Query, enabled = true) {
  return {
    queryKey: [...KEY, path, query],
    queryFn: () => call<T>('GET', `/promotion/${path}`, { query }),
    enabled,
  };
}
export const useOrganisations = (q: Query, enabled = true) =>
  useQuery(list<Organisation[]>('organisations', q, enabled));
export const useContacts = (q: Query, enabled = true) => useQuery(list<Contact[]>('contacts', q, enabled));
export const useEvents = (q: Query, enabled = true) => useQuery(list<PromotionEvent[]>('events', q, enabled));
export const useMeetings = (q: Query, enabled = true) => useQuery(list<Meeting[]>('meetings', q, enabled));
export const useLeads = (q: Query, enabled = true) => useQuery(list<Lead[]>('leads', q, enabled));
export const useEnquiries = (q: Query, enabled = true) => useQuery(list<Enquiry[]>('enquiries', q, enabled));
export const useFigures = (q: Query, enabled = true) =>
  useQuery(list<PromotionFigures>('figures', q, enabled));
export function useLead(id: string) {
  return useQuery({
    queryKey: [...KEY, 'lead', id],
    queryFn: () => call<LeadDetail>('GET', `/promotion/leads/${seg(id)}`),
  });
}
/** The board's projects to link at 'certificate' (the projects module's list). */
export function useProjectChoices(boardId: string | undefined, q: string) {
  return useQuery({
    queryKey: ['projects', 'choices', boardId, q],
    queryFn: () =>
      call<{ items: { id: string; code: string; name: string; boardId: string }[] }>('GET', '/projects', {
        query: { boardId, q: q || undefined, pageSize: 50 },
      }).then((a) => a.items.filter((p) => boardId === undefined || p.boardId === boardId)),
    enabled: boardId !== undefined,
  });
}

/** Any write of the module: the method, the path and the body; every list is refreshed after. */
export function useWrite<T = unknown>() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (w: { method: 'POST' | 'PATCH'; path: string; body: unknown }) =>
      call<T>(w.method, `/promotion/${w.path}`, { body: w.body }),
    onSuccess: () => client.invalidateQueries({ queryKey: KEY }),
  });
}
export { seg };
