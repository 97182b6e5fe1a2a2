import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  EconomicZoneType,
  PositionClass,
  ZoneProfileProblemReason,
} from '../../../domain/zone-profile.ts';
import { callApi, pathSegment } from '../../shared/api.ts';

/*
 * A zone's master data (GET/PUT /api/v1/zones/{id}/profile), typed as the server's schema
 * (src/server/modules/zones/zone-profile.schemas.ts) writes it.
 */

export interface ProvinceRef {
  code: string;
  name: string;
}

export interface ZoneProfile {
  zoneId: string;
  boardId: string;
  zoneKind: 'KCN' | 'KCX' | 'KKT';
  parentZone: { id: string; code: string; name: string; economicZoneType: EconomicZoneType | null } | null;
  positionClass: PositionClass | null;
  defaultPositionClass: PositionClass | null;
  economicZoneType: EconomicZoneType | null;
  communeName: string | null;
  province: ProvinceRef | null;
  formerCommuneName: string | null;
  formerDistrictName: string | null;
  formerProvince: ProvinceRef | null;
  developerInvestor: { id: string; name: string; country: string; countryName: string } | null;
  developerProject: {
    id: string;
    code: string;
    name: string;
    certificate: { documentNo: string; date: string; kind: 'new' | 'adjustment' | 'termination' } | null;
  } | null;
  landLeaseTermYears: number | null;
  landLeaseUntil: string | null;
  establishedOn: string | null;
  infrastructureCapitalVnd: string | null;
  infrastructureCapitalUsd: string | null;
  note: string | null;
  problems: { field: string; reason: ZoneProfileProblemReason; message: string }[];
  version: number;
  updatedAt: string | null;
}

/** The body of PUT: the whole master data (a field left out is cleared). */
export interface ZoneProfileBody {
  version: number;
  positionClass: PositionClass | null;
  economicZoneType: EconomicZoneType | null;
  communeName: string | null;
  provinceCode: string | null;
  formerCommuneName: string | null;
  formerDistrictName: string | null;
  formerProvinceCode: string | null;
  developerInvestorId: string | null;
  developerProjectId: string | null;
  landLeaseTermYears: number | null;
  landLeaseUntil: string | null;
  infrastructureCapitalVnd: string | null;
  infrastructureCapitalUsd: string | null;
  note: string | null;
}

const profilePath = (zoneId: string) => `/zones/${pathSegment(zoneId)}/profile`;
export const zoneProfileKey = (zoneId: string) => ['zone-profile', zoneId] as const;

export function useZoneProfile(zoneId: string) {
  return useQuery({
    queryKey: zoneProfileKey(zoneId),
    queryFn: () => callApi<ZoneProfile>('GET', profilePath(zoneId)),
  });
}

/** Writes the master data; the card takes the answer, the audit log and reports refetch. */
export function useSaveZoneProfile(zoneId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ZoneProfileBody) => callApi<ZoneProfile>('PUT', profilePath(zoneId), { body }),
    onSuccess: async (profile) => {
      queryClient.setQueryData(zoneProfileKey(zoneId), profile);
      await queryClient.invalidateQueries({
        predicate: (query) => {
          const head = String(query.queryKey[0] ?? '');
          // A KKT's type gives the parks inside it their class.
          if (head === 'zone-profile') return query.queryKey[1] !== zoneId;
          return head === 'audit' || head.startsWith('report');
        },
      });
    },
  });
}
