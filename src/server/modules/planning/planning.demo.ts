/**
 * The demo board's register of decisions about its zones.
 *
 * Only Quyết định 1486/QĐ-TTg of 28/10/2019 (the Prime Minister's approval of the master plan of
 * the Thái Bình economic zone to 2040, 30.583 ha) is a real decision. EVERY OTHER DECISION HERE IS
 * INVENTED for the demonstration — its number, issuer, summary and areas (each summary ends with
 * "(dữ liệu minh họa)"); dates follow the zones' status history in the demo package, so the zone's
 * timeline shows each decision before the status it leads to. Loaded through the service, so each
 * record is checked and audited.
 */
import { systemActor, type Actor } from '../../kernel/actor.ts';
import type { Db } from '../../kernel/db/database.ts';
import type { ZoneDecisionKind } from '../../../domain/zone-decisions.ts';
import { listZones } from '../zones/index.ts';
import { createDecision, listDecisions } from './planning.service.ts';

export const PLANNING_DEMO_NOTE = '(dữ liệu minh họa)';

interface DemoDecision {
  zone: string;
  kind: ZoneDecisionKind;
  number: string;
  signedOn: string;
  issuer: string;
  summary: string;
  areaBeforeHa?: string;
  areaAfterHa?: string;
  /** The one real decision: its summary carries no demo note. */
  real?: true;
}

const PM = 'Thủ tướng Chính phủ';
const PROVINCE = 'UBND tỉnh Thái Bình';

const DECISIONS: readonly DemoDecision[] = [
  // Real: Quyết định 1486/QĐ-TTg ngày 28/10/2019 của Thủ tướng Chính phủ.
  {
    zone: 'TB-KKT',
    kind: 'master_plan',
    number: '1486/QĐ-TTg',
    signedOn: '2019-10-28',
    issuer: PM,
    summary: 'Phê duyệt Quy hoạch chung xây dựng Khu kinh tế Thái Bình, tỉnh Thái Bình đến năm 2040',
    areaAfterHa: '30583',
    real: true,
  },
  // Invented from here on.
  {
    zone: 'TB-KKT',
    kind: 'establishment',
    number: '704/QĐ-TTg',
    signedOn: '2020-06-02',
    issuer: PM,
    summary: 'Thành lập Khu kinh tế Thái Bình, tỉnh Thái Bình',
    areaAfterHa: '30583',
  },
  {
    zone: 'TB-TH',
    kind: 'area_adjustment',
    number: '2150/QĐ-UBND',
    signedOn: '2012-09-14',
    issuer: PROVINCE,
    summary: 'Điều chỉnh mở rộng diện tích Khu công nghiệp Tiền Hải',
    areaBeforeHa: '395.2',
    areaAfterHa: '445.8',
  },
  {
    zone: 'TB-LHT',
    kind: 'investment_policy',
    number: '1350/QĐ-TTg',
    signedOn: '2020-09-08',
    issuer: PM,
    summary:
      'Chủ trương đầu tư dự án đầu tư xây dựng và kinh doanh kết cấu hạ tầng Khu công nghiệp Liên Hà Thái',
    areaAfterHa: '602.2',
  },
  {
    zone: 'TB-LHT',
    kind: 'establishment',
    number: '3120/QĐ-UBND',
    signedOn: '2020-12-15',
    issuer: PROVINCE,
    summary: 'Thành lập Khu công nghiệp Liên Hà Thái (Khu kinh tế Thái Bình)',
    areaAfterHa: '602.2',
  },
  {
    zone: 'TB-LHT',
    kind: 'detailed_plan',
    number: '215/QĐ-BQLKKT',
    signedOn: '2021-03-10',
    issuer: 'Ban Quản lý Khu kinh tế và các khu công nghiệp tỉnh Thái Bình',
    summary: 'Phê duyệt Quy hoạch chi tiết xây dựng tỷ lệ 1/500 Khu công nghiệp Liên Hà Thái',
    areaAfterHa: '602.2',
  },
  {
    zone: 'TB-HP',
    kind: 'establishment',
    number: '845/QĐ-UBND',
    signedOn: '2022-04-20',
    issuer: PROVINCE,
    summary: 'Thành lập Khu công nghiệp Hưng Phú',
    areaAfterHa: '390.2',
  },
  {
    zone: 'TB-TL',
    kind: 'boundary_adjustment',
    number: '1720/QĐ-UBND',
    signedOn: '2024-07-05',
    issuer: PROVINCE,
    summary: 'Điều chỉnh ranh giới Khu công nghiệp Trà Lý (đổi vùng phía bắc lấy vùng phía đông)',
    areaBeforeHa: '342',
    areaAfterHa: '342',
  },
];

export interface PlanningDemoSummary {
  decisions: number;
}

/**
 * Loads the register into the board (a transaction of the caller's, or the database: each change
 * is its own). Does nothing when the board already has a decision; a zone the board lacks is
 * skipped.
 */
export async function loadPlanningDemo(
  db: Db,
  board: { id: string; code: string },
  actor?: Actor,
): Promise<PlanningDemoSummary> {
  const summary = { decisions: 0 };
  const as = systemActor(actor?.label ?? 'demo', [board.id]);
  const existing = await listDecisions(db, as, { board: board.code, page: 1, pageSize: 1 });
  if (existing.total > 0) return summary;
  const zones = (await listZones(db, as, { boardId: [board.id], page: 1, pageSize: 500, sort: 'code' }))
    .items;
  const zoneIds = new Map(zones.map((z) => [z.code, z.id]));
  for (const d of DECISIONS) {
    const zoneId = zoneIds.get(d.zone);
    if (zoneId === undefined) continue;
    await createDecision(db, as, {
      zoneId,
      kind: d.kind,
      number: d.number,
      signedOn: d.signedOn,
      issuer: d.issuer,
      summary: d.real ? d.summary : `${d.summary} ${PLANNING_DEMO_NOTE}`,
      areaBeforeHa: d.areaBeforeHa ?? null,
      areaAfterHa: d.areaAfterHa ?? null,
    });
    summary.decisions++;
  }
  return summary;
}
