/**
 * One board's records in every table of the inspection module, made through the API as its staff
 * make them: a yearly plan with one enterprise, approved by decision; an inspection under it with
 * a finding (a fine, a remedy and its deadline) and a follow-up carrying evidence in words and as a
 * file (a small PDF). Used where a
 * suite needs such records to exist (tenancy, backup and restore).
 */
import { expect } from 'vitest';
import type { ApiResponse, TestContext, TestUser } from './test-app.ts';

/** Ids of what was made, by what it is. */
export interface InspectionRecords {
  inspectionPlan: string;
  inspectionPlanItem: string;
  inspection: string;
  inspectionFinding: string;
  inspectionFollowUp: string;
}

function ok(response: ApiResponse, status = 200) {
  expect(response.status, JSON.stringify(response.body)).toBe(status);
  return response.body;
}

/**
 * Makes the records for `board` (code) through `staff` (its staff), at the board's first
 * enterprise. `label` makes every name distinctive.
 */
export async function createInspectionRecords(
  ctx: TestContext,
  { staff, board, label }: { staff: TestUser; board: string; label: string },
): Promise<InspectionRecords> {
  const api = staff.api;
  const enterprise = ok(await api.get('/api/v1/enterprises')).items[0].id as string;
  const plan = ok(
    await api.post('/api/v1/inspection/plans', {
      board,
      year: 2026,
      name: `Kế hoạch kiểm tra năm 2026 của ${label}`,
      note: `Ghi chú kế hoạch ${label}`,
    }),
    201,
  );
  const item = ok(
    await api.post(`/api/v1/inspection/plans/${plan.id}/items`, {
      enterpriseId: enterprise,
      topics: ['environment', 'fire_safety'],
      plannedMonth: 5,
      cooperatingAgencies: [`Sở Tài nguyên và Môi trường ${label}`],
      leadUnit: `Phòng Quản lý môi trường ${label}`,
    }),
    201,
  ).item;
  ok(
    await api.post(`/api/v1/inspection/plans/${plan.id}/approve`, {
      version: plan.version,
      decisionNumber: `15/QĐ-${label}`,
      decisionDate: '2026-01-10',
      approvedBy: 'Trưởng ban',
    }),
  );
  const inspection = ok(
    await api.post('/api/v1/inspection/inspections', {
      planItemId: item.id,
      topics: ['environment'],
      basis: `Quyết định số 20/QĐ-${label} ngày 02/5/2026`,
      startedOn: '2026-05-12',
      endedOn: '2026-05-13',
      teamLeader: `Trưởng đoàn ${label}`,
      teamMembers: [`Thành viên ${label}`],
      cooperatingAgencies: [`Sở Tài nguyên và Môi trường ${label}`],
      enterpriseRepresentative: `Giám đốc ${label}`,
      summary: `Kiểm tra hệ thống xử lý nước thải của ${label}`,
    }),
    201,
  );
  const finding = ok(
    await api.post(`/api/v1/inspection/inspections/${inspection.id}/findings`, {
      topic: 'environment',
      description: `Xả nước thải vượt quy chuẩn (${label})`,
      legalBasis: 'Điều 18 Nghị định 45/2022/NĐ-CP',
      severity: 'serious',
      fineDong: '85000000',
      remedy: `Nâng cấp hệ thống xử lý nước thải (${label})`,
      remedyDueOn: '2026-08-31',
    }),
    201,
  );
  const followUp = ok(
    await api.post(`/api/v1/inspection/findings/${finding.id}/follow-ups`, {
      reportedOn: '2026-07-15',
      note: `Đã lắp đặt bể lắng mới (${label})`,
      evidence: `Kết quả quan trắc ngày 10/7/2026 (${label})`,
    }),
    201,
  );
  const file = await ctx.app.inject({
    method: 'PUT',
    url: `/api/v1/inspection/follow-ups/${followUp.id}/file?fileName=${encodeURIComponent(`Báo cáo khắc phục ${label}.pdf`)}`,
    headers: { cookie: staff.cookie, 'content-type': 'application/pdf' },
    payload: Buffer.from(`%PDF-1.4\n% Báo cáo khắc phục của ${label}\n%%EOF\n`),
  });
  expect(file.statusCode, file.body).toBe(200);
  return {
    inspectionPlan: plan.id,
    inspectionPlanItem: item.id,
    inspection: inspection.id,
    inspectionFinding: finding.id,
    inspectionFollowUp: followUp.id,
  };
}
