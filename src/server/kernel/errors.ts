/**
 * One error envelope for the whole API:
 *   { "error": { "code": "PROJECT_NOT_FOUND", "message": "…", "details": [ { "path", "message", … } ] } }
 * Codes are stable and prefixed by module; messages are Vietnamese, for people.
 */
export interface ErrorDetail {
  /** Where the problem is: "body.capitalVnd", "projects[3].zoneCode". */
  path: string;
  message: string;
  /** Stable code of this particular problem, e.g. "too_small", "REFERENCE_NOT_FOUND". */
  reason?: string;
  [extra: string]: unknown;
}

/**
 * Details an envelope lists at most: a request with thousands of problems (unknown keys, bad
 * rows) gets the first ones and a count, never an answer that grows with the attack.
 */
export const MAX_ERROR_DETAILS = 100;
/** An import's error list (a package, a spreadsheet) may list more: people fix them in one go. */
export const IMPORT_MAX_DETAILS = 1000;

export class AppError extends Error {
  readonly details: ErrorDetail[];
  /** Problems found beyond the details listed. */
  readonly omittedDetails: number;

  constructor(
    readonly code: string,
    readonly statusCode: number,
    message: string,
    details: ErrorDetail[] = [],
    /** Extra top-level keys of the envelope (e.g. the current version on a conflict). */
    readonly extra: Record<string, unknown> = {},
    maxDetails = MAX_ERROR_DETAILS,
  ) {
    super(message);
    this.name = 'AppError';
    this.details = details.length > maxDetails ? details.slice(0, maxDetails) : details;
    this.omittedDetails = details.length - this.details.length;
  }

  toEnvelope() {
    return {
      error: {
        code: this.code,
        message: this.message,
        details: this.details,
        ...(this.omittedDetails > 0 ? { omittedDetails: this.omittedDetails } : {}),
        ...this.extra,
      },
    };
  }
}

export interface ErrorSpec {
  status: number;
  message: string;
  /** Details listed at most (MAX_ERROR_DETAILS unless an import's error list needs more). */
  maxDetails?: number;
}

type ErrorFactory = (details?: ErrorDetail[], extra?: Record<string, unknown>) => AppError;

/**
 * Every error code the application has defined (by defineErrors, as modules load), with its
 * status and Vietnamese message: what the web app must be able to say in each language.
 */
export const ERROR_CATALOGUE = new Map<string, ErrorSpec>();

/**
 * A module's error table: code → HTTP status and Vietnamese message. Returns one factory per
 * code, so `throw ProjectErrors.PROJECT_NOT_FOUND()` is checked by the compiler.
 */
export function defineErrors<const T extends Record<string, ErrorSpec>>(
  table: T,
): { [K in keyof T]: ErrorFactory } {
  const factories = {} as { [K in keyof T]: ErrorFactory };
  for (const code of Object.keys(table) as (keyof T & string)[]) {
    const spec = table[code]!;
    ERROR_CATALOGUE.set(code, spec);
    factories[code] = (details = [], extra = {}) =>
      new AppError(code, spec.status, spec.message, details, extra, spec.maxDetails);
  }
  return factories;
}

/** Errors that belong to no one module. */
export const CommonErrors = defineErrors({
  VALIDATION_FAILED: { status: 400, message: 'Dữ liệu gửi lên không hợp lệ.' },
  INVALID_JSON: { status: 400, message: 'Nội dung gửi lên không phải JSON hợp lệ.' },
  UNAUTHENTICATED: { status: 401, message: 'Bạn cần đăng nhập.' },
  FORBIDDEN: { status: 403, message: 'Bạn không có quyền thực hiện thao tác này.' },
  CROSS_ORIGIN_REFUSED: {
    status: 403,
    message: 'Yêu cầu thay đổi dữ liệu từ một trang web khác bị từ chối.',
  },
  ROUTE_NOT_FOUND: { status: 404, message: 'Không có địa chỉ này.' },
  VERSION_CONFLICT: {
    status: 409,
    message:
      'Bản ghi đã được người khác sửa trong lúc bạn làm việc. Hãy tải lại để xem thay đổi rồi sửa lại.',
  },
  DUPLICATE: { status: 409, message: 'Bản ghi trùng với một bản ghi đã có.' },
  PAYLOAD_TOO_LARGE: { status: 413, message: 'Nội dung gửi lên quá lớn.' },
  REQUEST_INVALID: { status: 400, message: 'Địa chỉ yêu cầu không hợp lệ.' },
  // The 415 names the media types its route takes (http.ts, unsupportedMediaType).
  UNSUPPORTED_MEDIA_TYPE: { status: 415, message: 'Định dạng nội dung không được hỗ trợ.' },
  RATE_LIMITED: { status: 429, message: 'Quá nhiều yêu cầu; hãy thử lại sau ít phút.' },
  DATABASE_UNAVAILABLE: {
    status: 503,
    message: 'Cơ sở dữ liệu tạm thời không kết nối được. Vui lòng thử lại sau ít phút.',
  },
  INTERNAL: {
    status: 500,
    message: 'Lỗi hệ thống. Vui lòng thử lại hoặc báo cho quản trị viên kèm mã yêu cầu.',
  },
});
