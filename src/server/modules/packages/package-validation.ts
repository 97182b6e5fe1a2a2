import type { z } from 'zod';
import { can, type Actor } from '../../kernel/actor.ts';
import { eachInSlices, slicer } from '../../kernel/cooperative.ts';
import type { Executor } from '../../kernel/db/database.ts';
import { IMPORT_MAX_DETAILS } from '../../kernel/errors.ts';
import { normaliseUsd } from '../../../domain/money.ts';
import { findStatusHistoryProblems } from '../../../domain/zone-status.ts';
import { listBoardsByIds, type BoardRow } from '../boards/boards.service.ts';
import {
  eventsOfProjects,
  mergeLedger,
  type IncomingEvent,
  type LicensingEventRow,
} from '../projects/licensing-events.service.ts';
import { LEDGER_PROBLEM_MESSAGES } from '../projects/projects.errors.ts';
import { findProjectsByCodes, type ProjectRow } from '../projects/projects.service.ts';
import { findEnterprisesByTaxCodes } from '../statistics/statistics.service.ts';
import { findZonesByCodes } from '../zones/zones.service.ts';
import {
  PACKAGE_FORMAT,
  RECORD_KINDS,
  RECORD_SCHEMAS,
  type DataPackage,
  type RecordKind,
} from './data-package.schema.ts';

/** One problem with a package: the record (kind, index, code), the field and why. */
export interface PackageProblem {
  path: string;
  kind: RecordKind | 'package';
  index: number | null;
  code: string | null;
  field: string | null;
  reason: string;
  message: string;
}

/** What validation learned that writing needs: which board each referenced code lives in. */
export interface ImportPlan {
  pkg: DataPackage;
  /** Every board the actor sees, by code. */
  existingBoards: Map<string, BoardRow>;
  /** projectCode (as events, implementations and reports name it) → board code. */
  boardOfProject: Map<string, string>;
  /** taxCode → board code. */
  boardOfEnterprise: Map<string, string>;
}

const ALLOWED_TOP_LEVEL = new Set(['format', 'version', 'exportedAt', ...RECORD_KINDS]);

/** The key that names a record in error lists (its code, or what it refers to). */
function recordCode(kind: RecordKind, raw: unknown): string | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const r = raw as Record<string, unknown>;
  const value =
    kind === 'licensingEvents' || kind === 'capitalImplementations'
      ? r.projectCode
      : kind === 'enterprises' || kind === 'enterpriseReports'
        ? r.taxCode
        : r.code;
  return typeof value === 'string' ? value : null;
}

const str = (raw: unknown, key: string): string | null => {
  const value = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>)[key] : undefined;
  return typeof value === 'string' ? value : null;
};

/** What checking a package found: the problems (the first listed, all counted), or the plan. */
export interface PackageCheck {
  problems: PackageProblem[];
  problemCount: number;
  plan?: ImportPlan;
}

/** The problems found: the first IMPORT_MAX_DETAILS listed, all of them counted. */
class Problems {
  readonly list: PackageProblem[] = [];
  count = 0;
  add(
    kind: RecordKind | 'package',
    index: number | null,
    code: string | null,
    field: string | null,
    reason: string,
    message: string,
  ) {
    this.count++;
    if (this.list.length >= IMPORT_MAX_DETAILS) return;
    const path = kind === 'package' ? (field ?? '') : `${kind}[${index}]${field ? `.${field}` : ''}`;
    this.list.push({ path, kind, index, code, field, reason, message });
  }

  outcome(): PackageCheck {
    return { problems: this.list, problemCount: this.count };
  }
}

function zodReason(issue: z.core.$ZodIssue): string {
  const params = (issue as { params?: { reason?: string } }).params;
  return params?.reason ?? issue.code;
}

/**
 * Checks a whole package against the contract and the database without writing anything,
 * and lists every problem found. Returns a plan for writing when there is none.
 */
export async function validatePackage(
  executor: Executor,
  actor: Actor,
  input: unknown,
): Promise<PackageCheck> {
  const problems = new Problems();
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    problems.add('package', null, null, null, 'not_an_object', 'Gói dữ liệu phải là một đối tượng JSON.');
    return problems.outcome();
  }
  const doc = input as Record<string, unknown>;
  if (doc.format !== PACKAGE_FORMAT) {
    problems.add('package', null, null, 'format', 'invalid_format', `"format" phải là "${PACKAGE_FORMAT}".`);
  }
  if (doc.version !== 1)
    problems.add(
      'package',
      null,
      null,
      'version',
      'unsupported_version',
      'Chỉ hỗ trợ gói dữ liệu phiên bản 1.',
    );
  if (problems.count > 0) return problems.outcome();
  if (
    doc.exportedAt !== undefined &&
    (typeof doc.exportedAt !== 'string' || Number.isNaN(Date.parse(doc.exportedAt)))
  ) {
    problems.add(
      'package',
      null,
      null,
      'exportedAt',
      'invalid_timestamp',
      '"exportedAt" phải là thời điểm ISO 8601 có múi giờ.',
    );
  }
  for (const key of Object.keys(doc)) {
    if (!ALLOWED_TOP_LEVEL.has(key))
      problems.add(
        'package',
        null,
        null,
        key,
        'unrecognized_key',
        `Khóa "${key}" không có trong định dạng gói dữ liệu.`,
      );
  }

  // 1. Each record against its schema.
  const raw = {} as Record<RecordKind, unknown[]>;
  const pkg = { format: PACKAGE_FORMAT, version: 1 } as DataPackage;
  /** Records that passed their schema, by their index in the package. */
  const valid = {} as { [K in RecordKind]: Map<number, DataPackage[K][number]> };
  for (const kind of RECORD_KINDS) {
    const section = doc[kind] ?? [];
    raw[kind] = Array.isArray(section) ? section : [];
    const parsedRecords = new Map<number, unknown>();
    (valid as Record<RecordKind, Map<number, unknown>>)[kind] = parsedRecords;
    if (!Array.isArray(section)) {
      problems.add('package', null, null, kind, 'not_an_array', `"${kind}" phải là một mảng.`);
      continue;
    }
    await eachInSlices(section, (record, index) => {
      const parsed = RECORD_SCHEMAS[kind].safeParse(record);
      const code = recordCode(kind, record);
      if (parsed.success) {
        parsedRecords.set(index, parsed.data);
        return;
      }
      for (const issue of parsed.error.issues) {
        const keys = issue.code === 'unrecognized_keys' ? issue.keys : [null];
        for (const key of keys) {
          const field = [...issue.path.map(String), ...(key ? [key] : [])].join('.') || null;
          problems.add(kind, index, code, field, zodReason(issue), issue.message);
        }
      }
    });
    (pkg as unknown as Record<string, unknown[]>)[kind] = [...parsedRecords.values()];
  }

  // 2. Boards: which exist, which the actor may write.
  const visibleBoards = await listBoardsByIds(executor, actor.visibleBoardIds);
  const existingBoards = new Map(visibleBoards.map((b) => [b.code, b]));
  const packageBoards = new Map<string, number>();
  await eachInSlices(raw.boards, (record, index) => {
    const code = str(record, 'code');
    if (!code) return;
    if (packageBoards.has(code)) {
      problems.add(
        'boards',
        index,
        code,
        'code',
        'DUPLICATE_CODE',
        `Mã Ban Quản lý "${code}" xuất hiện nhiều lần trong gói.`,
      );
      return;
    }
    packageBoards.set(code, index);
    const parsed = valid.boards.get(index);
    if (!parsed) return;
    const existing = existingBoards.get(code);
    if (!existing) {
      if (!can(actor, 'boards.manage')) {
        problems.add(
          'boards',
          index,
          code,
          'code',
          'BOARD_FORBIDDEN',
          `Bạn không có quyền tạo hoặc ghi dữ liệu của Ban Quản lý "${code}".`,
        );
      }
    } else if (
      existing.name !== parsed.name ||
      (existing.provinceCode ?? null) !== (parsed.provinceCode ?? null)
    ) {
      if (!can(actor, 'boards.manage')) {
        problems.add(
          'boards',
          index,
          code,
          'name',
          'BOARD_FORBIDDEN',
          `Chỉ quản trị cấp trung ương được sửa thông tin Ban Quản lý "${code}".`,
        );
      }
    }
  });
  const writableBoard = (code: string) => {
    const existing = existingBoards.get(code);
    if (existing) return can(actor, 'records.write', existing.id);
    return packageBoards.has(code) && can(actor, 'boards.manage');
  };
  /** Reports a record's boardCode that does not resolve or may not be written; true when fine. */
  const checkBoardRef = (kind: RecordKind, index: number, code: string | null, boardCode: string) => {
    if (!existingBoards.has(boardCode) && !packageBoards.has(boardCode)) {
      problems.add(
        kind,
        index,
        code,
        'boardCode',
        'REFERENCE_NOT_FOUND',
        `Không tìm thấy Ban Quản lý có mã "${boardCode}".`,
      );
      return false;
    }
    if (!writableBoard(boardCode)) {
      problems.add(
        kind,
        index,
        code,
        'boardCode',
        'BOARD_READ_ONLY',
        `Bạn không có quyền ghi dữ liệu của Ban Quản lý "${boardCode}".`,
      );
      return false;
    }
    return true;
  };

  // 3. Zones.
  const packageZones = new Map<string, number>(); // boardCode|code
  await eachInSlices(raw.zones, (record, index) => {
    const code = str(record, 'code');
    const boardCode = str(record, 'boardCode');
    if (!code || !boardCode) return;
    const key = `${boardCode}|${code}`;
    if (packageZones.has(key)) {
      problems.add(
        'zones',
        index,
        code,
        'code',
        'DUPLICATE_CODE',
        `Mã khu "${code}" xuất hiện nhiều lần trong gói.`,
      );
      return;
    }
    packageZones.set(key, index);
    const zone = valid.zones.get(index);
    if (!zone) return;
    checkBoardRef('zones', index, code, boardCode);
    for (const p of findStatusHistoryProblems(zone.statusHistory ?? [], zone.status)) {
      problems.add(
        'zones',
        index,
        code,
        `statusHistory.${p.index}`,
        p.reason,
        p.reason === 'STATUS_HISTORY_NOT_ASCENDING'
          ? 'Lịch sử trạng thái phải theo thứ tự thời gian tăng dần, không trùng ngày.'
          : 'Mốc cuối của lịch sử trạng thái phải trùng với "status".',
      );
    }
  });
  const zoneRefs = new Map<string, Set<string>>(); // boardCode → zone codes referenced, to look up in the database
  const addZoneRef = (boardCode: string, zoneCode: string) =>
    zoneRefs.set(boardCode, (zoneRefs.get(boardCode) ?? new Set()).add(zoneCode));
  for (const kind of ['projects', 'enterprises'] as const) {
    for (const record of raw[kind]) {
      const boardCode = str(record, 'boardCode');
      const zoneCode = str(record, 'zoneCode');
      if (boardCode && zoneCode && !packageZones.has(`${boardCode}|${zoneCode}`))
        addZoneRef(boardCode, zoneCode);
    }
  }
  const dbZones = new Set<string>();
  for (const [boardCode, codes] of zoneRefs) {
    const board = existingBoards.get(boardCode);
    if (!board) continue;
    for (const zone of await findZonesByCodes(executor, board.id, [...codes]))
      dbZones.add(`${boardCode}|${zone.code}`);
  }
  const zoneExists = (boardCode: string, zoneCode: string) =>
    packageZones.has(`${boardCode}|${zoneCode}`) || dbZones.has(`${boardCode}|${zoneCode}`);

  // 4. Projects, and the board each project code refers to.
  const packageProjects = new Map<string, { boardCode: string; index: number }[]>(); // code → declarations
  await eachInSlices(raw.projects, (record, index) => {
    const code = str(record, 'code');
    const boardCode = str(record, 'boardCode');
    if (!code || !boardCode) return;
    const declarations = packageProjects.get(code) ?? [];
    if (declarations.some((d) => d.boardCode === boardCode)) {
      problems.add(
        'projects',
        index,
        code,
        'code',
        'DUPLICATE_CODE',
        `Mã số dự án "${code}" xuất hiện nhiều lần trong gói.`,
      );
      return;
    }
    packageProjects.set(code, [...declarations, { boardCode, index }]);
    if (!valid.projects.has(index)) return;
    if (!checkBoardRef('projects', index, code, boardCode)) return;
    const zoneCode = str(record, 'zoneCode')!;
    if (!zoneExists(boardCode, zoneCode)) {
      problems.add(
        'projects',
        index,
        code,
        'zoneCode',
        'REFERENCE_NOT_FOUND',
        `Không tìm thấy khu có mã "${zoneCode}" của Ban Quản lý "${boardCode}".`,
      );
    }
  });
  // Project codes referenced only by events / implementations / enterprises: look them up in the database.
  const referencedProjectCodes = new Set<string>();
  for (const kind of ['licensingEvents', 'capitalImplementations'] as const) {
    for (const record of raw[kind]) {
      const code = str(record, 'projectCode');
      if (code) referencedProjectCodes.add(code);
    }
  }
  for (const record of raw.enterprises) {
    const codes =
      typeof record === 'object' && record !== null
        ? (record as { projectCodes?: unknown }).projectCodes
        : undefined;
    if (Array.isArray(codes))
      for (const code of codes) if (typeof code === 'string') referencedProjectCodes.add(code);
  }
  for (const code of packageProjects.keys()) referencedProjectCodes.add(code);
  const dbProjects = new Map<string, ProjectRow[]>(); // code → rows in visible boards
  for (const row of await findProjectsByCodes(executor, actor.visibleBoardIds, [...referencedProjectCodes])) {
    dbProjects.set(row.code, [...(dbProjects.get(row.code) ?? []), row]);
  }
  const boardCodeById = new Map(visibleBoards.map((b) => [b.id, b.code]));
  const boardOfProject = new Map<string, string>();
  /** Resolves a project code named without a board (events, implementations). */
  const resolveProject = (kind: RecordKind, index: number, code: string, field: string): string | null => {
    const declared = packageProjects.get(code) ?? [];
    const candidates =
      declared.length > 0
        ? declared.map((d) => d.boardCode)
        : (dbProjects.get(code) ?? []).map((p) => boardCodeById.get(p.boardId)!);
    if (candidates.length === 0) {
      problems.add(
        kind,
        index,
        code,
        field,
        'REFERENCE_NOT_FOUND',
        `Không tìm thấy dự án có mã số "${code}".`,
      );
      return null;
    }
    if (candidates.length > 1) {
      problems.add(
        kind,
        index,
        code,
        field,
        'AMBIGUOUS_REFERENCE',
        `Mã số dự án "${code}" có ở nhiều Ban Quản lý (${candidates.join(', ')}).`,
      );
      return null;
    }
    const boardCode = candidates[0]!;
    if (!writableBoard(boardCode)) {
      problems.add(
        kind,
        index,
        code,
        field,
        'BOARD_READ_ONLY',
        `Bạn không có quyền ghi dữ liệu của Ban Quản lý "${boardCode}".`,
      );
      return null;
    }
    boardOfProject.set(code, boardCode);
    return boardCode;
  };

  // 5. Licensing events: references, duplicates, then each project's merged history.
  const eventKeys = new Map<string, number>();
  const incomingByProject = new Map<string, IncomingEvent[]>(); // `${boardCode}|${projectCode}`
  await eachInSlices(raw.licensingEvents, (record, index) => {
    const code = str(record, 'projectCode');
    const event = valid.licensingEvents.get(index);
    if (!code || !event) return;
    const boardCode = resolveProject('licensingEvents', index, code, 'projectCode');
    if (!boardCode) return;
    const key = `${boardCode}|${code}|${event.kind}|${event.date}|${event.documentNo}`;
    if (eventKeys.has(key)) {
      problems.add(
        'licensingEvents',
        index,
        code,
        'documentNo',
        'DUPLICATE_EVENT',
        `Lần cấp phép trùng với lần ở vị trí ${eventKeys.get(key)} (cùng dự án, loại, ngày và số văn bản).`,
      );
      return;
    }
    eventKeys.set(key, index);
    const projectKey = `${boardCode}|${code}`;
    incomingByProject.set(projectKey, [
      ...(incomingByProject.get(projectKey) ?? []),
      {
        kind: event.kind,
        date: event.date,
        documentNo: event.documentNo,
        capitalVnd: event.capitalVnd ? BigInt(event.capitalVnd) : null,
        capitalUsd: event.capitalUsd ? normaliseUsd(event.capitalUsd) : null,
        sourceIndex: index,
      },
    ]);
  });
  const projectsToCheck = new Map<string, { boardCode: string; code: string; row: ProjectRow | null }>();
  for (const key of incomingByProject.keys()) {
    const [boardCode, code] = splitKey(key);
    projectsToCheck.set(key, {
      boardCode,
      code,
      row: findDbProject(dbProjects, existingBoards, boardCode, code),
    });
  }
  for (const [code, declarations] of packageProjects) {
    for (const { boardCode, index } of declarations) {
      if (!valid.projects.has(index)) continue;
      const key = `${boardCode}|${code}`;
      if (!projectsToCheck.has(key))
        projectsToCheck.set(key, {
          boardCode,
          code,
          row: findDbProject(dbProjects, existingBoards, boardCode, code),
        });
    }
  }
  const existingEvents = new Map<string, LicensingEventRow[]>();
  for (const row of await eventsOfProjects(
    executor,
    [...projectsToCheck.values()].flatMap((p) => (p.row ? [p.row.id] : [])),
  )) {
    existingEvents.set(row.projectId, [...(existingEvents.get(row.projectId) ?? []), row]);
  }
  const pause = slicer();
  for (const [key, project] of projectsToCheck) {
    await pause();
    const incoming = incomingByProject.get(key) ?? [];
    const merge = mergeLedger(project.row ? (existingEvents.get(project.row.id) ?? []) : [], incoming);
    for (const problem of merge.problems) {
      const source = problem.event?.incoming ?? incoming[0];
      const projectIndex = packageProjects
        .get(project.code)
        ?.find((d) => d.boardCode === project.boardCode)?.index;
      const field =
        problem.reason === 'LEDGER_NEW_WITHOUT_CAPITAL'
          ? 'capitalVnd'
          : problem.reason === 'LEDGER_NO_NEW'
            ? null
            : 'date';
      if (source) {
        problems.add(
          'licensingEvents',
          source.sourceIndex,
          project.code,
          field ?? 'kind',
          problem.reason,
          LEDGER_PROBLEM_MESSAGES[problem.reason],
        );
      } else if (projectIndex !== undefined) {
        problems.add(
          'projects',
          projectIndex,
          project.code,
          null,
          problem.reason,
          LEDGER_PROBLEM_MESSAGES[problem.reason],
        );
      }
    }
  }

  // 6. Implemented capital.
  const implementationKeys = new Set<string>();
  await eachInSlices(raw.capitalImplementations, (record, index) => {
    const code = str(record, 'projectCode');
    if (!code || !valid.capitalImplementations.has(index)) return;
    const boardCode = resolveProject('capitalImplementations', index, code, 'projectCode');
    const key = `${boardCode}|${code}|${str(record, 'asOf')}`;
    if (boardCode && implementationKeys.has(key)) {
      problems.add(
        'capitalImplementations',
        index,
        code,
        'asOf',
        'DUPLICATE_CODE',
        `Dự án "${code}" có hai số liệu vốn thực hiện cùng ngày.`,
      );
    }
    implementationKeys.add(key);
  });

  // 7. Enterprises and their reports.
  const packageEnterprises = new Map<string, { boardCode: string; index: number }[]>();
  await eachInSlices(raw.enterprises, (record, index) => {
    const code = str(record, 'taxCode');
    const boardCode = str(record, 'boardCode');
    if (!code || !boardCode) return;
    const declarations = packageEnterprises.get(code) ?? [];
    if (declarations.some((d) => d.boardCode === boardCode)) {
      problems.add(
        'enterprises',
        index,
        code,
        'taxCode',
        'DUPLICATE_CODE',
        `Mã số thuế "${code}" xuất hiện nhiều lần trong gói.`,
      );
      return;
    }
    packageEnterprises.set(code, [...declarations, { boardCode, index }]);
    if (!valid.enterprises.has(index)) return;
    if (!checkBoardRef('enterprises', index, code, boardCode)) return;
    const zoneCode = str(record, 'zoneCode')!;
    if (!zoneExists(boardCode, zoneCode)) {
      problems.add(
        'enterprises',
        index,
        code,
        'zoneCode',
        'REFERENCE_NOT_FOUND',
        `Không tìm thấy khu có mã "${zoneCode}" của Ban Quản lý "${boardCode}".`,
      );
    }
    const projectCodes = (record as { projectCodes?: string[] | null }).projectCodes ?? [];
    projectCodes.forEach((projectCode, k) => {
      const inBoard =
        (packageProjects.get(projectCode) ?? []).some((d) => d.boardCode === boardCode) ||
        findDbProject(dbProjects, existingBoards, boardCode, projectCode) !== null;
      if (!inBoard) {
        problems.add(
          'enterprises',
          index,
          code,
          `projectCodes.${k}`,
          'REFERENCE_NOT_FOUND',
          `Không tìm thấy dự án "${projectCode}" của Ban Quản lý "${boardCode}".`,
        );
      }
    });
  });
  const reportTaxCodes = [
    ...new Set(raw.enterpriseReports.map((r) => str(r, 'taxCode')).filter((c): c is string => c !== null)),
  ];
  const dbEnterprises = await findEnterprisesByTaxCodes(
    executor,
    actor.visibleBoardIds,
    reportTaxCodes.filter((c) => !packageEnterprises.has(c)),
  );
  const dbEnterprisesByTaxCode = new Map<string, typeof dbEnterprises>();
  for (const e of dbEnterprises)
    dbEnterprisesByTaxCode.set(e.taxCode, [...(dbEnterprisesByTaxCode.get(e.taxCode) ?? []), e]);
  const boardOfEnterprise = new Map<string, string>();
  const reportKeys = new Map<string, number>();
  await eachInSlices(raw.enterpriseReports, (record, index) => {
    const code = str(record, 'taxCode');
    if (!code || !valid.enterpriseReports.has(index)) return;
    const declared = packageEnterprises.get(code) ?? [];
    const candidates =
      declared.length > 0
        ? declared.map((d) => d.boardCode)
        : (dbEnterprisesByTaxCode.get(code) ?? []).map((e) => boardCodeById.get(e.boardId)!);
    if (candidates.length !== 1) {
      problems.add(
        'enterpriseReports',
        index,
        code,
        'taxCode',
        candidates.length === 0 ? 'REFERENCE_NOT_FOUND' : 'AMBIGUOUS_REFERENCE',
        candidates.length === 0
          ? `Không tìm thấy doanh nghiệp có mã số thuế "${code}".`
          : `Mã số thuế "${code}" có ở nhiều Ban Quản lý.`,
      );
      return;
    }
    const boardCode = candidates[0]!;
    if (!writableBoard(boardCode)) {
      problems.add(
        'enterpriseReports',
        index,
        code,
        'taxCode',
        'BOARD_READ_ONLY',
        `Bạn không có quyền ghi dữ liệu của Ban Quản lý "${boardCode}".`,
      );
      return;
    }
    boardOfEnterprise.set(code, boardCode);
    const key = `${boardCode}|${code}|${str(record, 'period')}`;
    if (reportKeys.has(key)) {
      problems.add(
        'enterpriseReports',
        index,
        code,
        'period',
        'DUPLICATE_CODE',
        `Doanh nghiệp "${code}" có hai báo cáo cùng kỳ trong gói (vị trí ${reportKeys.get(key)}).`,
      );
    }
    reportKeys.set(key, index);
  });

  if (problems.count > 0) return problems.outcome();
  return { problems: [], problemCount: 0, plan: { pkg, existingBoards, boardOfProject, boardOfEnterprise } };
}

function splitKey(key: string): [string, string] {
  const at = key.indexOf('|');
  return [key.slice(0, at), key.slice(at + 1)];
}

function findDbProject(
  dbProjects: Map<string, ProjectRow[]>,
  boards: Map<string, BoardRow>,
  boardCode: string,
  code: string,
) {
  const board = boards.get(boardCode);
  if (!board) return null;
  return (dbProjects.get(code) ?? []).find((p) => p.boardId === board.id) ?? null;
}
