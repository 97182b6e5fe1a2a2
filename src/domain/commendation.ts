/**
 * Emulation titles and forms of commendation (Law 06/2022/QH15, Decree 98/2023/NĐ-CP): their
 * codes as stored, whom each is for, and their Vietnamese names. Pure data, shared by server and
 * web.
 */

export const AWARD_CODES = [
  // Individual titles (danh hiệu thi đua cá nhân)
  'LDTT', // Lao động tiên tiến
  'CSTDCS', // Chiến sĩ thi đua cơ sở
  'CSTD_TINH', // Chiến sĩ thi đua cấp tỉnh (bộ, ban, ngành)
  'CSTD_TOAN_QUOC', // Chiến sĩ thi đua toàn quốc
  // Collective titles (danh hiệu thi đua tập thể)
  'TTLDTT', // Tập thể lao động tiên tiến
  'TTLDXS', // Tập thể lao động xuất sắc
  'CO_THI_DUA_TINH', // Cờ thi đua cấp tỉnh (bộ, ban, ngành)
  'CO_THI_DUA_CP', // Cờ thi đua của Chính phủ
  // Forms of commendation (hình thức khen thưởng)
  'GIAY_KHEN', // Giấy khen
  'BANG_KHEN_TINH', // Bằng khen của Chủ tịch UBND tỉnh
  'BANG_KHEN_BO', // Bằng khen cấp bộ, ban, ngành
  'BANG_KHEN_TTG', // Bằng khen của Thủ tướng Chính phủ
  'HUAN_CHUONG_LD3', // Huân chương Lao động hạng Ba
  'HUAN_CHUONG_LD2', // Huân chương Lao động hạng Nhì
  'HUAN_CHUONG_LD1', // Huân chương Lao động hạng Nhất
] as const;
export type AwardCode = (typeof AWARD_CODES)[number];

/** Whom an award is for: a person, a collective, or either. */
export const AWARD_RECIPIENTS: Record<AwardCode, 'person' | 'collective' | 'both'> = {
  LDTT: 'person',
  CSTDCS: 'person',
  CSTD_TINH: 'person',
  CSTD_TOAN_QUOC: 'person',
  TTLDTT: 'collective',
  TTLDXS: 'collective',
  CO_THI_DUA_TINH: 'collective',
  CO_THI_DUA_CP: 'collective',
  GIAY_KHEN: 'both',
  BANG_KHEN_TINH: 'both',
  BANG_KHEN_BO: 'both',
  BANG_KHEN_TTG: 'both',
  HUAN_CHUONG_LD3: 'both',
  HUAN_CHUONG_LD2: 'both',
  HUAN_CHUONG_LD1: 'both',
};

/** Title (danh hiệu) or form of commendation (hình thức khen thưởng) — the national database splits them. */
export const AWARD_CLASS: Record<AwardCode, 'title' | 'commendation'> = {
  LDTT: 'title',
  CSTDCS: 'title',
  CSTD_TINH: 'title',
  CSTD_TOAN_QUOC: 'title',
  TTLDTT: 'title',
  TTLDXS: 'title',
  CO_THI_DUA_TINH: 'title',
  CO_THI_DUA_CP: 'title',
  GIAY_KHEN: 'commendation',
  BANG_KHEN_TINH: 'commendation',
  BANG_KHEN_BO: 'commendation',
  BANG_KHEN_TTG: 'commendation',
  HUAN_CHUONG_LD3: 'commendation',
  HUAN_CHUONG_LD2: 'commendation',
  HUAN_CHUONG_LD1: 'commendation',
};

export const AWARD_WORDS: Record<AwardCode, string> = {
  LDTT: 'Lao động tiên tiến',
  CSTDCS: 'Chiến sĩ thi đua cơ sở',
  CSTD_TINH: 'Chiến sĩ thi đua cấp tỉnh',
  CSTD_TOAN_QUOC: 'Chiến sĩ thi đua toàn quốc',
  TTLDTT: 'Tập thể lao động tiên tiến',
  TTLDXS: 'Tập thể lao động xuất sắc',
  CO_THI_DUA_TINH: 'Cờ thi đua cấp tỉnh',
  CO_THI_DUA_CP: 'Cờ thi đua của Chính phủ',
  GIAY_KHEN: 'Giấy khen',
  BANG_KHEN_TINH: 'Bằng khen của Chủ tịch UBND tỉnh',
  BANG_KHEN_BO: 'Bằng khen cấp bộ, ngành',
  BANG_KHEN_TTG: 'Bằng khen của Thủ tướng Chính phủ',
  HUAN_CHUONG_LD3: 'Huân chương Lao động hạng Ba',
  HUAN_CHUONG_LD2: 'Huân chương Lao động hạng Nhì',
  HUAN_CHUONG_LD1: 'Huân chương Lao động hạng Nhất',
};

/** Đánh giá, xếp loại of a year: hoàn thành xuất sắc / tốt / hoàn thành / không hoàn thành nhiệm vụ. */
export const PERFORMANCE_RATINGS = ['excellent', 'good', 'completed', 'not_completed'] as const;
export type PerformanceRating = (typeof PERFORMANCE_RATINGS)[number];

export const RATING_WORDS: Record<PerformanceRating, string> = {
  excellent: 'Hoàn thành xuất sắc nhiệm vụ',
  good: 'Hoàn thành tốt nhiệm vụ',
  completed: 'Hoàn thành nhiệm vụ',
  not_completed: 'Không hoàn thành nhiệm vụ',
};

/** The level whose council recognised an initiative (sáng kiến): the unit, the province, the nation. */
export const INITIATIVE_LEVELS = ['unit', 'province', 'national'] as const;
export type InitiativeLevel = (typeof INITIATIVE_LEVELS)[number];

export const INITIATIVE_LEVEL_WORDS: Record<InitiativeLevel, string> = {
  unit: 'Cấp cơ sở',
  province: 'Cấp tỉnh',
  national: 'Toàn quốc',
};

export const DISCIPLINES = ['reprimand', 'warning', 'demotion', 'dismissal'] as const;
export type Discipline = (typeof DISCIPLINES)[number];
