import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { PlantPermit, PlantStatus } from '../../../domain/wastewater.ts';
import { callApi as call, pathSegment as seg } from '../../shared/api.ts';

/*
 * The environment API (under /api/v1/environment), typed as the server's schemas
 * (src/server/modules/environment/environment.schemas.ts) write them.
 */

export type SamplePoint = 'inlet' | 'outlet';
export type SampleKind = 'periodic' | 'automatic' | 'inspection';
export type { PlantPermit, PlantStatus };

export interface StandardParameter {
  code: string;
  name: string;
  unit: string;
  minValue: string | null;
  maxValue: string | null;
  appliesKqKf: boolean;
}

export interface DischargeStandard {
  id: string;
  boardId: string;
  code: string;
  name: string;
  source: string;
  parameters: StandardParameter[];
  plantCount: number;
  version: number;
}

interface Ref {
  id: string;
  code: string;
  name: string;
}

export interface WastewaterPlant {
  id: string;
  boardId: string;
  zone: Ref;
  name: string;
  capacityM3PerDay: string;
  status: PlantStatus;
  standard: Ref | null;
  kq: string | null;
  kf: string | null;
  operator: string;
  commissionedOn: string | null;
  receivingWater: string;
  permits: PlantPermit[];
  note: string;
  connectedToday: number;
  zoneOperatingEnterprises: number;
  zoneConnectedEnterprises: number;
  zoneConnectionRate: number | null;
  lastSample: { id: string; sampledOn: string; point: SamplePoint; exceedances: number } | null;
  version: number;
}

export interface WastewaterConnection {
  id: string;
  plantId: string;
  enterprise: { id: string; taxCode: string; name: string };
  connectedOn: string;
  disconnectedOn: string | null;
  note: string;
  version: number;
}

export interface SampleResult {
  parameterCode: string;
  parameterName: string;
  unit: string;
  value: string;
  limitMin: string | null;
  limitMax: string | null;
  exceeds: boolean;
}

export interface MonitoringSample {
  id: string;
  plantId: string;
  plantName: string;
  zone: Ref;
  sampledOn: string;
  point: SamplePoint;
  kind: SampleKind;
  laboratory: string;
  note: string;
  results: SampleResult[];
  exceedances: number;
}

export interface PlantDetail extends WastewaterPlant {
  connections: WastewaterConnection[];
  latestSamples: MonitoringSample[];
}

export interface ParameterSeries {
  plantId: string;
  parameter: { code: string; name: string; unit: string };
  limits: { min: string | null; max: string | null } | null;
  points: {
    sampleId: string;
    sampledOn: string;
    value: string;
    limitMin: string | null;
    limitMax: string | null;
    exceeds: boolean;
  }[];
}

export interface EnvironmentFigures {
  plants: number;
  operatingPlants: number;
  designCapacityM3PerDay: string;
  operatingCapacityM3PerDay: string;
  operatingEnterprises: number;
  connectedEnterprises: number;
  connectionRate: number | null;
  samples: number;
  samplesWithExceedance: number;
  exceedancesByParameter: { parameterCode: string; parameterName: string; count: number }[];
}

export interface EnvironmentReport {
  report: 'environment';
  period: string;
  from: string;
  to: string;
  boards: string[];
  zones: (EnvironmentFigures & { board: string; zoneId: string; zoneCode: string; zoneName: string })[];
  total: EnvironmentFigures;
}

export interface PlantBody {
  zoneId?: string;
  version?: number;
  name: string;
  capacityM3PerDay: string;
  status: PlantStatus;
  standardId: string | null;
  kq: string | null;
  kf: string | null;
  operator: string;
  commissionedOn: string | null;
  receivingWater: string;
  permits: PlantPermit[];
  note: string;
}

const KEY = ['environment'] as const;

export function useStandards(board: string | undefined, enabled = true) {
  return useQuery({
    queryKey: [...KEY, 'standards', board],
    queryFn: () => call<DischargeStandard[]>('GET', '/environment/standards', { query: { board } }),
    enabled,
  });
}

export function usePlants(
  query: { board?: string | undefined; zoneId?: string | undefined },
  enabled = true,
) {
  return useQuery({
    queryKey: [...KEY, 'plants', query],
    queryFn: () => call<WastewaterPlant[]>('GET', '/environment/plants', { query: { ...query } }),
    enabled,
  });
}

export function usePlant(id: string) {
  return useQuery({
    queryKey: [...KEY, 'plant', id],
    queryFn: () => call<PlantDetail>('GET', `/environment/plants/${seg(id)}`),
  });
}

export function useSeries(plantId: string, parameter: string | undefined) {
  return useQuery({
    queryKey: [...KEY, 'series', plantId, parameter],
    queryFn: () =>
      call<ParameterSeries>('GET', `/environment/plants/${seg(plantId)}/series`, { query: { parameter } }),
    enabled: parameter !== undefined,
    placeholderData: keepPreviousData,
  });
}

export function useReport(period: string, board: string | undefined) {
  return useQuery({
    queryKey: [...KEY, 'report', period, board],
    queryFn: () => call<EnvironmentReport>('GET', '/environment/report', { query: { period, board } }),
    placeholderData: keepPreviousData,
  });
}

/** Zones and enterprises to choose from (their own modules' lists). */
export function useZoneChoices(boardId: string | undefined) {
  return useQuery({
    queryKey: ['zones', 'choices', boardId],
    queryFn: () =>
      call<{ items: Ref[] }>('GET', '/zones', { query: { boardId, pageSize: 500 } }).then((a) => a.items),
    enabled: boardId !== undefined,
  });
}

export function useEnterpriseChoices(zoneId: string | undefined) {
  return useQuery({
    queryKey: ['enterprises', 'choices', zoneId],
    queryFn: () =>
      call<{ items: { id: string; taxCode: string; name: string }[] }>('GET', '/enterprises', {
        query: { zoneId, pageSize: 500 },
      }).then((a) => a.items),
    enabled: zoneId !== undefined,
  });
}

function useInvalidate() {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: KEY });
}

export function useCopyBuiltin() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (body: { board?: string | undefined; code: string }) =>
      call<DischargeStandard>('POST', '/environment/standards/builtin', { body }),
    onSuccess: invalidate,
  });
}

export function useUpdateStandard(id: string) {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (body: {
      version: number;
      name?: string;
      source?: string;
      parameters?: StandardParameter[];
    }) => call<DischargeStandard>('PATCH', `/environment/standards/${seg(id)}`, { body }),
    onSuccess: invalidate,
  });
}

export function useDeleteStandard() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (s: { id: string; version: number }) =>
      call<void>('DELETE', `/environment/standards/${seg(s.id)}`, { query: { version: s.version } }),
    onSuccess: invalidate,
  });
}

export function useSavePlant(id?: string) {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (body: PlantBody) =>
      id
        ? call<PlantDetail>('PATCH', `/environment/plants/${seg(id)}`, { body })
        : call<PlantDetail>('POST', '/environment/plants', { body }),
    onSuccess: invalidate,
  });
}

export function useConnect(plantId: string) {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (body: { enterpriseId: string; connectedOn: string; note?: string }) =>
      call<WastewaterConnection>('POST', `/environment/plants/${seg(plantId)}/connections`, { body }),
    onSuccess: invalidate,
  });
}

export function useEndConnection() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: ({ id, ...body }: { id: string; version: number; disconnectedOn: string }) =>
      call<WastewaterConnection>('POST', `/environment/connections/${seg(id)}/end`, { body }),
    onSuccess: invalidate,
  });
}

export function useAddSample(plantId: string) {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (body: {
      sampledOn: string;
      point: SamplePoint;
      kind: SampleKind;
      laboratory: string;
      results: { parameterCode: string; value: string }[];
    }) => call<MonitoringSample>('POST', `/environment/plants/${seg(plantId)}/samples`, { body }),
    onSuccess: invalidate,
  });
}

export function useStandard(id: string | undefined) {
  return useQuery({
    queryKey: [...KEY, 'standard', id],
    queryFn: () => call<DischargeStandard>('GET', `/environment/standards/${seg(id!)}`),
    enabled: id !== undefined,
  });
}
