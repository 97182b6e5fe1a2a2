/**
 * What a validator of one kind of package record gets and gives (package-validation.ts runs
 * them in order): the package, the actor and the problem list, and what the kinds validated
 * before it learned about the codes records name — boards, zones, projects, enterprises.
 * Each kind's validator lives with the module that owns the kind.
 */
import type { Actor } from '../../kernel/actor.ts';
import type { Executor } from '../../kernel/db/database.ts';
import { IMPORT_MAX_DETAILS } from '../../kernel/errors.ts';
import type { BoardRow } from '../boards/index.ts';
import type { ProjectRow } from '../projects/index.ts';
import type { DataPackage, RecordKind } from './data-package.schema.ts';

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

/** The problems found: the first IMPORT_MAX_DETAILS listed, all of them counted. */
export class PackageProblems {
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
}

/** The package being checked, for every kind's validator. */
export interface PackageContext {
  executor: Executor;
  actor: Actor;
  problems: PackageProblems;
  /** Each kind's records as sent (none when the section is not an array). */
  raw: Record<RecordKind, unknown[]>;
  /** Records that passed their schema, by their index in the package. */
  valid: { [K in RecordKind]: Map<number, NonNullable<DataPackage[K]>[number]> };
}

/** The boards records name by `boardCode`: those the actor sees and those the package declares. */
export interface PackageBoards {
  /** Every board the actor sees, by code. */
  existing: Map<string, BoardRow>;
  /** The code of a board the actor sees. */
  codeOf(boardId: string): string | undefined;
  /** A board the actor sees or the package declares. */
  known(boardCode: string): boolean;
  /** Whether the actor may write this board's records (a board it sees, or one the package creates). */
  writable(boardCode: string): boolean;
  /** Reports a record's boardCode that does not resolve or may not be written; true when fine. */
  checkReference(kind: RecordKind, index: number, code: string | null, boardCode: string): boolean;
}

/** The zones records name by `boardCode` and `zoneCode`. */
export interface PackageZones {
  /** Looks up in the database the zones these records name and the package does not declare. */
  lookUp(records: unknown[]): Promise<void>;
  /**
   * Reports a record's zoneCode that names no zone of its board, in the package or (once looked
   * up) the database; true when fine.
   */
  checkReference(kind: RecordKind, index: number, code: string, boardCode: string, zoneCode: string): boolean;
}

/** Where the package declares a code (a project's, an enterprise's): its board and its index. */
export interface Declaration {
  boardCode: string;
  index: number;
}

/** The projects records name by code (events and implementations name no board). */
export interface PackageProjects {
  /** The package's declarations of each project code, in package order. */
  declarations: Map<string, Declaration[]>;
  /** Looks up in the database (boards the actor sees) the projects of these codes. */
  lookUp(codes: Iterable<string>): Promise<void>;
  /** The project of this code in that board in the database, once looked up. */
  findStored(boardCode: string, code: string): ProjectRow | null;
  /** Whether the board has a project of this code, in the package or the database. */
  inBoard(boardCode: string, code: string): boolean;
  /**
   * The board of a project named by its code alone, or null after reporting why not (unknown,
   * in several boards, read-only) under `field`.
   */
  resolve(kind: RecordKind, index: number, code: string, field: string): string | null;
  /** projectCode → board code, of the codes resolved (what the writer needs). */
  boardOf: Map<string, string>;
}

/** The enterprises records name by tax code (reports name no board). */
export interface PackageEnterprises {
  /** Looks up in the database (boards the actor sees) the tax codes the package does not declare. */
  lookUp(taxCodes: string[]): Promise<void>;
  /** The boards a tax code may be in: the package's declarations, else the database's. */
  boardsOf(taxCode: string): string[];
}

/** Notes where the package declares a code; false when it already declares it in that board. */
export function declare(
  declarations: Map<string, Declaration[]>,
  code: string,
  boardCode: string,
  index: number,
): boolean {
  const declared = declarations.get(code) ?? [];
  if (declared.some((d) => d.boardCode === boardCode)) return false;
  declarations.set(code, [...declared, { boardCode, index }]);
  return true;
}

/** A record's string field, or null when the record or the field is not what it should be. */
export function str(raw: unknown, key: string): string | null {
  const value = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>)[key] : undefined;
  return typeof value === 'string' ? value : null;
}
