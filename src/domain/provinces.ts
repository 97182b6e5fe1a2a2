/**
 * Vietnam's provinces over time. Until 30/6/2025 there were 63 provincial units; from 01/7/2025
 * there are 34 (Resolution 202/2025/QH15): 11 unchanged, 23 formed by merging two or three. A
 * board names its province correctly at any date through `provinceAt`, and figures before the
 * merger stay reportable under the old units.
 *
 * Codes are the statistical codes (mã đơn vị hành chính). The 63 are Decision 124/2004/QĐ-TTg's;
 * a new unit keeps the code of the province where its administrative centre is (Decision
 * 19/2025/QĐ-TTg as we read it — check it against the published list before relying on a code).
 */
export const REORGANISATION_DATE = '2025-07-01';

export interface Province {
  code: string;
  name: string;
  /** A centrally-run city (thành phố trực thuộc trung ương). */
  city: boolean;
}

/** The 63 provincial units before 01/7/2025, in code order. */
export const PROVINCES_BEFORE_2025: readonly Province[] = [
  ['01', 'Hà Nội', true],
  ['02', 'Hà Giang'],
  ['04', 'Cao Bằng'],
  ['06', 'Bắc Kạn'],
  ['08', 'Tuyên Quang'],
  ['10', 'Lào Cai'],
  ['11', 'Điện Biên'],
  ['12', 'Lai Châu'],
  ['14', 'Sơn La'],
  ['15', 'Yên Bái'],
  ['17', 'Hòa Bình'],
  ['19', 'Thái Nguyên'],
  ['20', 'Lạng Sơn'],
  ['22', 'Quảng Ninh'],
  ['24', 'Bắc Giang'],
  ['25', 'Phú Thọ'],
  ['26', 'Vĩnh Phúc'],
  ['27', 'Bắc Ninh'],
  ['30', 'Hải Dương'],
  ['31', 'Hải Phòng', true],
  ['33', 'Hưng Yên'],
  ['34', 'Thái Bình'],
  ['35', 'Hà Nam'],
  ['36', 'Nam Định'],
  ['37', 'Ninh Bình'],
  ['38', 'Thanh Hóa'],
  ['40', 'Nghệ An'],
  ['42', 'Hà Tĩnh'],
  ['44', 'Quảng Bình'],
  ['45', 'Quảng Trị'],
  ['46', 'Thừa Thiên Huế'],
  ['48', 'Đà Nẵng', true],
  ['49', 'Quảng Nam'],
  ['51', 'Quảng Ngãi'],
  ['52', 'Bình Định'],
  ['54', 'Phú Yên'],
  ['56', 'Khánh Hòa'],
  ['58', 'Ninh Thuận'],
  ['60', 'Bình Thuận'],
  ['62', 'Kon Tum'],
  ['64', 'Gia Lai'],
  ['66', 'Đắk Lắk'],
  ['67', 'Đắk Nông'],
  ['68', 'Lâm Đồng'],
  ['70', 'Bình Phước'],
  ['72', 'Tây Ninh'],
  ['74', 'Bình Dương'],
  ['75', 'Đồng Nai'],
  ['77', 'Bà Rịa - Vũng Tàu'],
  ['79', 'Thành phố Hồ Chí Minh', true],
  ['80', 'Long An'],
  ['82', 'Tiền Giang'],
  ['83', 'Bến Tre'],
  ['84', 'Trà Vinh'],
  ['86', 'Vĩnh Long'],
  ['87', 'Đồng Tháp'],
  ['89', 'An Giang'],
  ['91', 'Kiên Giang'],
  ['92', 'Cần Thơ', true],
  ['93', 'Hậu Giang'],
  ['94', 'Sóc Trăng'],
  ['95', 'Bạc Liêu'],
  ['96', 'Cà Mau'],
].map(([code, name, city]) => ({ code: code as string, name: name as string, city: city === true }));

/**
 * The 34 provincial units from 01/7/2025: each with its code, name and the codes of the
 * provinces before 2025 that form it.
 */
export const PROVINCES_FROM_2025: readonly (Province & { formedFrom: readonly string[] })[] = [
  ['01', 'Hà Nội', ['01'], true],
  ['04', 'Cao Bằng', ['04']],
  ['08', 'Tuyên Quang', ['08', '02']],
  ['11', 'Điện Biên', ['11']],
  ['12', 'Lai Châu', ['12']],
  ['14', 'Sơn La', ['14']],
  ['15', 'Lào Cai', ['10', '15']],
  ['19', 'Thái Nguyên', ['19', '06']],
  ['20', 'Lạng Sơn', ['20']],
  ['22', 'Quảng Ninh', ['22']],
  ['24', 'Bắc Ninh', ['27', '24']],
  ['25', 'Phú Thọ', ['25', '26', '17']],
  ['31', 'Hải Phòng', ['31', '30'], true],
  ['33', 'Hưng Yên', ['33', '34']],
  ['37', 'Ninh Bình', ['37', '35', '36']],
  ['38', 'Thanh Hóa', ['38']],
  ['40', 'Nghệ An', ['40']],
  ['42', 'Hà Tĩnh', ['42']],
  ['44', 'Quảng Trị', ['45', '44']],
  ['46', 'Huế', ['46'], true],
  ['48', 'Đà Nẵng', ['48', '49'], true],
  ['51', 'Quảng Ngãi', ['51', '62']],
  ['52', 'Gia Lai', ['64', '52']],
  ['56', 'Khánh Hòa', ['56', '58']],
  ['66', 'Đắk Lắk', ['66', '54']],
  ['68', 'Lâm Đồng', ['68', '67', '60']],
  ['75', 'Đồng Nai', ['75', '70']],
  ['79', 'Thành phố Hồ Chí Minh', ['79', '74', '77'], true],
  ['80', 'Tây Ninh', ['72', '80']],
  ['82', 'Đồng Tháp', ['87', '82']],
  ['86', 'Vĩnh Long', ['86', '83', '84']],
  ['91', 'An Giang', ['89', '91']],
  ['92', 'Cần Thơ', ['92', '94', '93'], true],
  ['96', 'Cà Mau', ['96', '95']],
].map(([code, name, formedFrom, city]) => ({
  code: code as string,
  name: name as string,
  formedFrom: formedFrom as string[],
  city: city === true,
}));

const BEFORE = new Map(PROVINCES_BEFORE_2025.map((p) => [p.code, p]));
const FROM_2025 = new Map(PROVINCES_FROM_2025.map((p) => [p.code, p]));
/** Old code → the unit it became part of on 01/7/2025. */
const SUCCESSOR = new Map(PROVINCES_FROM_2025.flatMap((p) => p.formedFrom.map((old) => [old, p] as const)));

/** The list of provinces in force on a date (YYYY-MM-DD). */
export function provincesAt(date: string): readonly Province[] {
  return date < REORGANISATION_DATE ? PROVINCES_BEFORE_2025 : PROVINCES_FROM_2025;
}

/**
 * The province a code names on a date: an old code on a date from 01/7/2025 names the unit it
 * became part of ("34" → Hưng Yên); a code valid only after the merger, asked before it, names
 * nothing. Null for a code that names no province.
 */
export function provinceAt(code: string, date: string): Province | null {
  if (date < REORGANISATION_DATE) return BEFORE.get(code) ?? null;
  return FROM_2025.get(code) ?? SUCCESSOR.get(code) ?? null;
}

/** The unit an old province became part of on 01/7/2025 ("30" Hải Dương → Hải Phòng). */
export function successorProvince(oldCode: string): Province | null {
  return SUCCESSOR.get(oldCode) ?? null;
}

/** True when a code names a province in either list. */
export function isProvinceCode(code: string): boolean {
  return BEFORE.has(code) || FROM_2025.has(code);
}
