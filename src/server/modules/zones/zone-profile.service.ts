/**
 * A zone's master data (thông tin chung của khu): one row per zone in zone_profiles, written when
 * first edited; read with the zone's place (its parent KKT), the developer investor and its
 * project's latest certificate. Rules: src/domain/zone-profile.ts.
 */
import { and, eq, inArray } from 'drizzle-orm';
import { assertCan, type Actor } from '../../kernel/actor.ts';
import { recordAudit, type AuditEntityType } from '../../kernel/audit.ts';
import type { Db, Executor } from '../../kernel/db/database.ts';
import { createdMeanwhile, updateVersioned, versionConflict } from '../../kernel/db/versioned.ts';
import { AppError, type ErrorDetail } from '../../kernel/errors.ts';
import { readableBoardIds } from '../../kernel/scope.ts';
import { toVietnamTimestamp } from '../../../domain/calendar-date.ts';
import { countryName } from '../../../domain/countries.ts';
import { normaliseUsd } from '../../../domain/money.ts';
import { provinceAt, REORGANISATION_DATE } from '../../../domain/provinces.ts';
import {
  defaultPositionClass,
  establishedOn,
  findZoneProfileProblems,
  leaseUntilFrom,
  ZONE_PROFILE_PROBLEM_MESSAGES,
  type ZonePlace,
  type ZoneProfileFacts,
  type ZoneProfileProblem,
} from '../../../domain/zone-profile.ts';
import { findInvestorsByIds } from '../investors/index.ts';
import { ZoneProfileErrors } from './zone-profile.errors.ts';
import type { PutZoneProfileBody, ZoneProfile } from './zone-profile.schemas.ts';
import { zoneProfiles } from './zone-profiles.tables.ts';
import { ZoneErrors } from './zones.errors.ts';
import * as repo from './zones.repository.ts';

type ProfileRow = typeof zoneProfiles.$inferSelect;

/** The audit log's word for a zone's master data (to be added to AUDIT_ENTITY_TYPES: see requests). */
export const ZONE_PROFILE_ENTITY: AuditEntityType = 'zone_profile';

/** The stored fields the rules look at. */
type FactFields =
  | 'positionClass'
  | 'economicZoneType'
  | 'provinceCode'
  | 'formerProvinceCode'
  | 'landLeaseTermYears'
  | 'landLeaseUntil'
  | 'infrastructureCapitalVnd'
  | 'infrastructureCapitalUsd';

async function profilesOf(executor: Executor, zoneIds: string[]): Promise<Map<string, ProfileRow>> {
  if (zoneIds.length === 0) return new Map();
  const rows = await executor.select().from(zoneProfiles).where(inArray(zoneProfiles.zoneId, zoneIds));
  return new Map(rows.map((row) => [row.zoneId, row]));
}

async function profileForUpdate(executor: Executor, zoneId: string): Promise<ProfileRow | null> {
  const rows = await executor
    .select()
    .from(zoneProfiles)
    .where(eq(zoneProfiles.zoneId, zoneId))
    .for('update')
    .limit(1);
  return rows[0] ?? null;
}

/** A zone the actor reads (records.read on its board), else ZONE_NOT_FOUND. */
async function loadReadableZone(executor: Executor, actor: Actor, id: string): Promise<repo.ZoneRow> {
  const row = await repo.findZoneById(executor, readableBoardIds(actor, 'records.read'), id);
  if (!row) throw ZoneErrors.ZONE_NOT_FOUND();
  return row;
}

/** The zone's place: itself, or a park with its parent KKT and the type that KKT's master data records. */
async function placeOf(executor: Executor, zone: repo.ZoneRow) {
  if (zone.kind === 'KKT' || zone.parentZoneId === null)
    return { place: { kind: zone.kind, parent: null } satisfies ZonePlace, parent: null };
  const parent = await repo.findZoneById(executor, [zone.boardId], zone.parentZoneId);
  if (!parent) return { place: { kind: zone.kind, parent: null } satisfies ZonePlace, parent: null };
  const parentProfile = (await profilesOf(executor, [parent.id])).get(parent.id);
  const economicZoneType = parentProfile?.economicZoneType ?? null;
  return {
    place: { kind: zone.kind, parent: { economicZoneType } } satisfies ZonePlace,
    parent: { id: parent.id, code: parent.code, name: parent.name, economicZoneType },
  };
}

async function establishmentOf(executor: Executor, zoneId: string): Promise<string | null> {
  return establishedOn((await repo.statusHistories(executor, [zoneId])).get(zoneId) ?? []);
}

function factsOf(row: Pick<ProfileRow, FactFields> | null): ZoneProfileFacts {
  return {
    positionClass: row?.positionClass ?? null,
    economicZoneType: row?.economicZoneType ?? null,
    provinceCode: row?.provinceCode ?? null,
    formerProvinceCode: row?.formerProvinceCode ?? null,
    landLeaseTermYears: row?.landLeaseTermYears ?? null,
    landLeaseUntil: row?.landLeaseUntil ?? null,
    infrastructureCapitalVnd: row?.infrastructureCapitalVnd?.toString() ?? null,
    infrastructureCapitalUsd: row?.infrastructureCapitalUsd ?? null,
  };
}

const asDetails = (problems: ZoneProfileProblem[]): ErrorDetail[] =>
  problems.map((p) => ({
    path: `body.${p.field}`,
    message: ZONE_PROFILE_PROBLEM_MESSAGES[p.reason],
    reason: p.reason,
  }));

/** A project of the zone's board and zone, with its investors and ledger; null when not. */
async function projectOfZone(executor: Executor, actor: Actor, zone: repo.ZoneRow, projectId: string) {
  // The projects face imports the zones face: loaded when first needed, not while zones' loads.
  const { getProject } = await import('../projects/index.ts');
  try {
    const project = await getProject(executor, actor, projectId);
    return project.boardId === zone.boardId && project.zone.id === zone.id ? project : null;
  } catch (error) {
    if (error instanceof AppError && error.code === 'PROJECT_NOT_FOUND') return null;
    throw error;
  }
}

async function present(
  executor: Executor,
  actor: Actor,
  zone: repo.ZoneRow,
  row: ProfileRow | null,
): Promise<ZoneProfile> {
  const { place, parent } = await placeOf(executor, zone);
  const leaseStart = await establishmentOf(executor, zone.id);
  const facts = factsOf(row);
  const investor = row?.developerInvestorId
    ? ((await findInvestorsByIds(executor, zone.boardId, [row.developerInvestorId]))[0] ?? null)
    : null;
  const project = row?.developerProjectId
    ? await projectOfZone(executor, actor, zone, row.developerProjectId)
    : null;
  const latest = project?.licensingEvents[project.licensingEvents.length - 1];
  const province = (code: string | null, date: string) => {
    const found = code === null ? null : provinceAt(code, date);
    return found ? { code: found.code, name: found.name } : null;
  };
  return {
    zoneId: zone.id,
    boardId: zone.boardId,
    zoneKind: zone.kind,
    parentZone: parent,
    positionClass: facts.positionClass,
    defaultPositionClass: defaultPositionClass(place),
    economicZoneType: facts.economicZoneType,
    communeName: row?.communeName ?? null,
    province: province(facts.provinceCode, REORGANISATION_DATE),
    formerCommuneName: row?.formerCommuneName ?? null,
    formerDistrictName: row?.formerDistrictName ?? null,
    formerProvince: province(facts.formerProvinceCode, '2025-06-30'),
    developerInvestor: investor
      ? {
          id: investor.id,
          name: investor.name,
          country: investor.country,
          countryName: countryName(investor.country),
        }
      : null,
    developerProject: project
      ? {
          id: project.id,
          code: project.code,
          name: project.name,
          certificate: latest
            ? { documentNo: latest.documentNo, date: latest.date, kind: latest.kind }
            : null,
        }
      : null,
    landLeaseTermYears: facts.landLeaseTermYears,
    landLeaseUntil: facts.landLeaseUntil,
    establishedOn: leaseStart,
    infrastructureCapitalVnd: facts.infrastructureCapitalVnd,
    infrastructureCapitalUsd:
      facts.infrastructureCapitalUsd === null ? null : normaliseUsd(facts.infrastructureCapitalUsd),
    note: row?.note ?? null,
    problems: row
      ? findZoneProfileProblems(facts, place, leaseStart).map((p) => ({
          ...p,
          message: ZONE_PROFILE_PROBLEM_MESSAGES[p.reason],
        }))
      : [],
    version: row?.version ?? 0,
    updatedAt: row ? toVietnamTimestamp(row.updatedAt) : null,
  };
}

/** GET /zones/:id/profile — the master data, empty (version 0) when never written. */
export async function getZoneProfile(db: Db, actor: Actor, zoneId: string): Promise<ZoneProfile> {
  const zone = await loadReadableZone(db, actor, zoneId);
  const row = (await profilesOf(db, [zone.id])).get(zone.id) ?? null;
  return present(db, actor, zone, row);
}

/**
 * PUT /zones/:id/profile — replaces the master data (a field left out is cleared), created at
 * version 0. records.write on the zone's board; the investor of the board, the project of the
 * zone, the investor among the project's; one transaction, audited.
 */
export async function putZoneProfile(
  db: Db,
  actor: Actor,
  zoneId: string,
  body: PutZoneProfileBody,
): Promise<ZoneProfile> {
  return db.transaction(async (tx) => {
    const zone = await loadReadableZone(tx, actor, zoneId);
    assertCan(actor, 'records.write', zone.boardId);
    const current = await profileForUpdate(tx, zone.id);
    const version = body.version ?? 0;
    if (version !== (current?.version ?? 0)) throw versionConflict(current?.version ?? 0);

    const { place } = await placeOf(tx, zone);
    const leaseStart = await establishmentOf(tx, zone.id);
    const term = body.landLeaseTermYears ?? null;
    const values = {
      positionClass: body.positionClass ?? null,
      economicZoneType: body.economicZoneType ?? null,
      communeName: body.communeName ?? null,
      provinceCode: body.provinceCode ?? null,
      formerCommuneName: body.formerCommuneName ?? null,
      formerDistrictName: body.formerDistrictName ?? null,
      formerProvinceCode: body.formerProvinceCode ?? null,
      developerInvestorId: body.developerInvestorId ?? null,
      developerProjectId: body.developerProjectId ?? null,
      landLeaseTermYears: term,
      landLeaseUntil:
        body.landLeaseUntil !== undefined
          ? body.landLeaseUntil
          : term !== null && leaseStart !== null && term >= 1
            ? leaseUntilFrom(leaseStart, term)
            : null,
      infrastructureCapitalVnd:
        body.infrastructureCapitalVnd == null ? null : BigInt(body.infrastructureCapitalVnd),
      infrastructureCapitalUsd:
        body.infrastructureCapitalUsd == null ? null : normaliseUsd(body.infrastructureCapitalUsd),
      note: body.note ? body.note : null,
    } satisfies Partial<typeof zoneProfiles.$inferInsert>;

    const problems = findZoneProfileProblems(factsOf(values), place, leaseStart);
    if (problems.length > 0) throw ZoneProfileErrors.ZONE_PROFILE_INVALID(asDetails(problems));

    if (values.developerInvestorId !== null) {
      const found = await findInvestorsByIds(tx, zone.boardId, [values.developerInvestorId]);
      if (found.length === 0)
        throw ZoneProfileErrors.ZONE_PROFILE_INVESTOR_NOT_FOUND([
          {
            path: 'body.developerInvestorId',
            message: 'Nhà đầu tư không thuộc Ban Quản lý của khu.',
            reason: 'not_found',
          },
        ]);
    }
    if (values.developerProjectId !== null) {
      const project = await projectOfZone(tx, actor, zone, values.developerProjectId);
      if (!project)
        throw ZoneProfileErrors.ZONE_PROFILE_PROJECT_NOT_FOUND([
          { path: 'body.developerProjectId', message: 'Dự án không thuộc khu này.', reason: 'not_found' },
        ]);
      if (
        values.developerInvestorId !== null &&
        !project.investors.some((investor) => investor.id === values.developerInvestorId)
      )
        throw ZoneProfileErrors.ZONE_PROFILE_INVESTOR_NOT_OF_PROJECT([
          {
            path: 'body.developerInvestorId',
            message: `Nhà đầu tư không phải nhà đầu tư của dự án ${project.code}.`,
            reason: 'not_of_project',
          },
        ]);
    }

    let row: ProfileRow;
    if (current) {
      row = await updateVersioned(tx, zoneProfiles, current.id, version, current.version, values);
    } else {
      const inserted = await tx
        .insert(zoneProfiles)
        .values({ boardId: zone.boardId, zoneId: zone.id, ...values })
        .onConflictDoNothing({ target: zoneProfiles.zoneId })
        .returning();
      if (!inserted[0])
        return createdMeanwhile(async () => (await profilesOf(tx, [zone.id])).get(zone.id)?.version);
      row = inserted[0];
    }
    await recordAudit(tx, actor, [
      {
        boardId: zone.boardId,
        action: current ? 'update' : 'create',
        entityType: ZONE_PROFILE_ENTITY,
        entityId: row.id,
        entityKey: zone.code,
        before: current,
        after: row,
      },
    ]);
    return present(tx, actor, zone, row);
  });
}

/** The stored master data of zones of the given boards (for reports and the data package). */
export async function zoneProfilesOf(executor: Executor, boardIds: string[], zoneIds: string[]) {
  if (boardIds.length === 0 || zoneIds.length === 0) return [];
  return executor
    .select()
    .from(zoneProfiles)
    .where(and(inArray(zoneProfiles.boardId, boardIds), inArray(zoneProfiles.zoneId, zoneIds)));
}
