import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { convertWithLibreOffice, pdfPageCount } from '../../../../test/libreoffice.ts';
import { wordParagraphs, zipParts } from '../../../../test/office-files.ts';
import { PackageBuilder } from '../../../../test/package-builder.ts';
import {
  createTestContext,
  type ApiResponse,
  type TestContext,
  type TestUser,
} from '../../../../test/test-app.ts';
import type { Actor } from '../../kernel/actor.ts';
import { queryRows } from '../../kernel/db/database.ts';
import { DOCX_CONTENT_TYPE } from '../../kernel/documents/official-report.ts';
import { XLSX_CONTENT_TYPE } from '../../kernel/documents/xlsx.ts';
import { inspectionAgenda } from './index.ts';

const BASE = '/api/v1/inspection';

function ok(response: ApiResponse, status = 200) {
  expect(response.status, JSON.stringify(response.body)).toBe(status);
  return response.body;
}

function refused(response: ApiResponse, status: number, code: string, reason?: string) {
  expect(response.status, JSON.stringify(response.body)).toBe(status);
  expect(response.body.error.code).toBe(code);
  if (reason) expect(response.body.error.details.map((d: { reason?: string }) => d.reason)).toContain(reason);
}

/** A document opened by LibreOffice (converted to PDF as it prints it), its text read back. */
async function printedText(content: Buffer, fileName: string): Promise<string> {
  const pdf = await convertWithLibreOffice(content, fileName);
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  expect(pdfPageCount(pdf)).toBeGreaterThan(0);
  const dir = mkdtempSync(path.join(tmpdir(), 'kcn-inspection-'));
  try {
    const file = path.join(dir, 'printed.pdf');
    writeFileSync(file, pdf);
    const { stdout } = await promisify(execFile)('pdftotext', ['-layout', file, '-']);
    return stdout.replace(/\s+/g, ' ');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The inspection module's lifecycle on one board: a yearly plan with its overlap warning, approved
 * by decision; an inspection under it and one out of plan; findings followed up to their close or
 * left open past their deadline; the record and the conclusion as Word; the statistics against
 * hand-computed figures as JSON, Word and Excel; the refusals, each with its code and nothing
 * changed; another board's records never reached.
 */
describe('inspection: plans, inspections, findings and their follow-up', () => {
  let ctx: TestContext;
  let staff: TestUser;
  let viewer: TestUser;
  let other: TestUser;
  let tbId: string;
  const e: Record<string, string> = {};
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    ctx = await createTestContext();
    await ctx.importPackage(
      new PackageBuilder()
        .board('TB')
        .board('HY')
        .zone('TB', 'TB-Z1')
        .zone('HY', 'HY-Z1')
        .enterprise('TB', 'TB-Z1', '1000000001', 'FDI', { name: 'Công ty TNHH Dệt may Sông Hồng' })
        .enterprise('TB', 'TB-Z1', '1000000002', 'DDI', { name: 'Công ty CP Cơ khí Thái Bình' })
        .enterprise('TB', 'TB-Z1', '1000000003', 'DDI', { name: 'Công ty CP Thực phẩm Đồng Châu' })
        .enterprise('HY', 'HY-Z1', '2000000001', 'DDI', { name: 'Công ty CP Hưng Yên' })
        .build(),
    );
    staff = await ctx.createUser({ role: 'staff', board: 'TB' });
    viewer = await ctx.createUser({ role: 'viewer', board: 'TB' });
    other = await ctx.createUser({ role: 'staff', board: 'HY' });
    tbId = (await ctx.createBoard('TB')).id;
    for (const item of ok(await staff.api.get('/api/v1/enterprises')).items) e[item.taxCode] = item.id;
    e.hy = ok(await other.api.get('/api/v1/enterprises')).items[0].id;
  }, 120_000);

  it('drafts a plan, warns of an enterprise planned twice on a topic, and approves it anyway', async () => {
    const plan = ok(
      await staff.api.post(`${BASE}/plans`, { year: 2026, name: 'Kế hoạch kiểm tra năm 2026' }),
      201,
    );
    expect(plan).toMatchObject({ board: 'TB', status: 'draft', itemCount: 0, items: [], overlaps: [] });
    ids.plan = plan.id;
    const first = ok(
      await staff.api.post(`${BASE}/plans/${plan.id}/items`, {
        enterpriseId: e['1000000001'],
        topics: ['environment', 'fire_safety'],
        plannedMonth: 5,
        cooperatingAgencies: ['Sở Tài nguyên và Môi trường', 'Công an tỉnh (PCCC)'],
        leadUnit: 'Phòng Quản lý môi trường',
      }),
      201,
    );
    expect(first.item.enterprise).toEqual({
      id: e['1000000001'],
      name: 'Công ty TNHH Dệt may Sông Hồng',
      taxCode: '1000000001',
    });
    expect(first.overlaps).toEqual([]);
    ids.item1 = first.item.id;
    ids.item2 = ok(
      await staff.api.post(`${BASE}/plans/${plan.id}/items`, {
        enterpriseId: e['1000000002'],
        topics: ['labour_safety'],
      }),
      201,
    ).item.id;

    // A second plan of the year names the same enterprise on environment: a warning, not a refusal.
    const extra = ok(
      await staff.api.post(`${BASE}/plans`, { year: 2026, name: 'Kế hoạch kiểm tra bổ sung năm 2026' }),
      201,
    );
    ids.extra = extra.id;
    const twice = ok(
      await staff.api.post(`${BASE}/plans/${extra.id}/items`, {
        enterpriseId: e['1000000001'],
        topics: ['environment'],
        plannedMonth: 9,
      }),
      201,
    );
    ids.item3 = twice.item.id;
    expect(twice.overlaps).toHaveLength(1);
    expect(twice.overlaps[0]).toMatchObject({
      enterprise: { id: e['1000000001'], taxCode: '1000000001' },
      topic: 'environment',
    });
    expect(twice.overlaps[0].lines.map((l: { id: string }) => l.id).sort()).toEqual(
      [ids.item1, ids.item3].sort(),
    );
    expect(twice.overlaps[0].message).toContain('Công ty TNHH Dệt may Sông Hồng được kiểm tra 2 lần');

    const detail = ok(await staff.api.get(`${BASE}/plans/${plan.id}`));
    expect(detail.items).toHaveLength(2);
    expect(detail.overlaps).toHaveLength(1);
    expect(detail.overlaps[0].lines.find((l: { id: string }) => l.id === ids.item3)).toMatchObject({
      kind: 'plan_item',
      planId: extra.id,
      planName: 'Kế hoạch kiểm tra bổ sung năm 2026',
      plannedMonth: 9,
    });

    const approved = ok(
      await staff.api.post(`${BASE}/plans/${plan.id}/approve`, {
        version: detail.version,
        decisionNumber: '15/QĐ-BQL',
        decisionDate: '2026-01-10',
        approvedBy: 'Trưởng ban',
      }),
    );
    expect(approved).toMatchObject({ status: 'approved', decisionNumber: '15/QĐ-BQL', itemCount: 2 });
    expect(approved.overlaps).toHaveLength(1);

    const list = ok(await viewer.api.get(`${BASE}/plans?year=2026`));
    expect(list.items.map((p: { name: string }) => p.name).sort()).toEqual([
      'Kế hoạch kiểm tra bổ sung năm 2026',
      'Kế hoạch kiểm tra năm 2026',
    ]);
  });

  it('refuses what the plan rules forbid, with a code, and changes nothing', async () => {
    const before = ok(await staff.api.get(`${BASE}/plans/${ids.plan}`));
    refused(
      await staff.api.delete(`${BASE}/plans/${ids.plan}?version=${before.version}`),
      409,
      'INSPECTION_PLAN_NOT_DRAFT',
    );
    const item = before.items[1];
    refused(
      await staff.api.delete(`${BASE}/plan-items/${item.id}?version=${item.version}`),
      409,
      'INSPECTION_PLAN_NOT_DRAFT',
    );
    refused(
      await staff.api.patch(`${BASE}/plan-items/${item.id}`, { version: item.version, topics: ['labour'] }),
      409,
      'INSPECTION_PLAN_NOT_DRAFT',
    );
    refused(
      await staff.api.post(`${BASE}/plans/${ids.plan}/items`, {
        enterpriseId: e['1000000003'],
        topics: ['labour'],
      }),
      409,
      'INSPECTION_PLAN_NOT_DRAFT',
    );
    refused(
      await staff.api.post(`${BASE}/plans/${ids.extra}/items`, { enterpriseId: e.hy, topics: ['labour'] }),
      422,
      'INSPECTION_ENTERPRISE_NOT_FOUND',
    );
    refused(
      await staff.api.post(`${BASE}/plans/${ids.extra}/items`, {
        enterpriseId: e['1000000003'],
        topics: ['labour', 'labour'],
      }),
      422,
      'INSPECTION_TOPICS_INVALID',
      'duplicate',
    );
    refused(
      await staff.api.post(`${BASE}/plans/${ids.extra}/items`, {
        enterpriseId: e['1000000003'],
        topics: ['tax'],
      }),
      400,
      'VALIDATION_FAILED',
    );
    refused(
      await staff.api.patch(`${BASE}/plans/${ids.plan}`, { version: before.version + 1, name: 'Tên khác' }),
      409,
      'VERSION_CONFLICT',
    );
    refused(
      await viewer.api.patch(`${BASE}/plans/${ids.plan}`, { version: before.version, name: 'Tên khác' }),
      403,
      'FORBIDDEN',
    );
    refused(await other.api.get(`${BASE}/plans/${ids.plan}`), 404, 'INSPECTION_PLAN_NOT_FOUND');
    refused(
      await other.api.patch(`${BASE}/plan-items/${item.id}`, { version: item.version, note: 'x' }),
      404,
      'INSPECTION_PLAN_ITEM_NOT_FOUND',
    );
    expect(ok(await other.api.get(`${BASE}/plans`)).items).toEqual([]);
    // A month and a note may still change once approved.
    const moved = ok(
      await staff.api.patch(`${BASE}/plan-items/${item.id}`, { version: item.version, plannedMonth: 11 }),
    );
    expect(moved.item).toMatchObject({ plannedMonth: 11, version: item.version + 1 });
    expect(ok(await staff.api.get(`${BASE}/plans/${ids.plan}`))).toMatchObject({
      version: before.version,
      status: 'approved',
      itemCount: 2,
    });
  });

  it('records a planned inspection within its item’s topics, and one out of plan', async () => {
    const count = async () => ok(await staff.api.get(`${BASE}/inspections`)).total;
    const team = {
      basis: 'Quyết định số 20/QĐ-BQL ngày 02/5/2026 của Trưởng ban',
      teamLeader: 'Nguyễn Văn Hải',
      teamMembers: ['Trần Thị Lan', 'Lê Minh Đức'],
      cooperatingAgencies: ['Sở Tài nguyên và Môi trường'],
    };
    refused(
      await staff.api.post(`${BASE}/inspections`, {
        ...team,
        planItemId: ids.item3,
        topics: ['environment'],
        startedOn: '2026-09-10',
      }),
      409,
      'INSPECTION_PLAN_NOT_APPROVED',
    );
    refused(
      await staff.api.post(`${BASE}/inspections`, {
        ...team,
        planItemId: ids.item1,
        topics: ['environment', 'labour'],
        startedOn: '2026-05-12',
      }),
      422,
      'INSPECTION_TOPICS_INVALID',
      'outside_plan_item',
    );
    refused(
      await staff.api.post(`${BASE}/inspections`, {
        ...team,
        planItemId: ids.item1,
        enterpriseId: e['1000000001'],
        topics: ['environment'],
        startedOn: '2026-05-12',
      }),
      400,
      'INSPECTION_KIND_INVALID',
    );
    refused(
      await staff.api.post(`${BASE}/inspections`, {
        ...team,
        enterpriseId: e.hy,
        topics: ['food_safety'],
        startedOn: '2026-06-03',
      }),
      422,
      'INSPECTION_ENTERPRISE_NOT_FOUND',
    );
    refused(
      await staff.api.post(`${BASE}/inspections`, {
        ...team,
        planItemId: ids.item1,
        topics: ['environment'],
        startedOn: '2026-05-12',
        endedOn: '2026-05-11',
      }),
      422,
      'INSPECTION_DATES_INVALID',
    );
    refused(
      await staff.api.post(`${BASE}/inspections`, {
        ...team,
        planItemId: ids.item1,
        topics: ['environment'],
        startedOn: '2026-02-30',
      }),
      400,
      'VALIDATION_FAILED',
    );
    expect(await count()).toBe(0);

    const planned = ok(
      await staff.api.post(`${BASE}/inspections`, {
        ...team,
        planItemId: ids.item1,
        topics: ['environment', 'fire_safety'],
        startedOn: '2026-05-12',
        endedOn: '2026-05-13',
        enterpriseRepresentative: 'Phạm Quốc Toàn, Giám đốc',
        summary: 'Kiểm tra hồ sơ môi trường, hệ thống xử lý nước thải và phương án phòng cháy, chữa cháy.',
      }),
      201,
    );
    expect(planned).toMatchObject({
      kind: 'planned',
      status: 'open',
      enterprise: { id: e['1000000001'] },
      plan: { id: ids.plan, name: 'Kế hoạch kiểm tra năm 2026', year: 2026, itemId: ids.item1 },
      findings: [],
    });
    // Done under its item, it counts once with it: the overlap still says twice.
    expect(planned.overlaps).toHaveLength(1);
    expect(planned.overlaps[0].message).toContain('2 lần');
    ids.planned = planned.id;

    const unplanned = ok(
      await staff.api.post(`${BASE}/inspections`, {
        ...team,
        enterpriseId: e['1000000003'],
        topics: ['food_safety'],
        startedOn: '2026-06-03',
      }),
      201,
    );
    expect(unplanned).toMatchObject({ kind: 'unplanned', plan: null, planItemId: null, overlaps: [] });
    ids.unplanned = unplanned.id;

    const plan = ok(await staff.api.get(`${BASE}/plans/${ids.plan}`));
    expect(plan.doneItemCount).toBe(1);
    expect(plan.items.find((i: { id: string }) => i.id === ids.item1).done).toEqual([ids.planned]);
    refused(
      await staff.api.patch(`${BASE}/inspections/${ids.planned}`, {
        version: planned.version,
        topics: ['labour'],
      }),
      422,
      'INSPECTION_TOPICS_INVALID',
    );
    const list = ok(await viewer.api.get(`${BASE}/inspections?year=2026&topic=food_safety`));
    expect(list.items.map((i: { id: string }) => i.id)).toEqual([ids.unplanned]);
    expect(
      ok(await viewer.api.get(`${BASE}/inspections?kind=planned`)).items.map((i: { id: string }) => i.id),
    ).toEqual([ids.planned]);
    refused(await other.api.get(`${BASE}/inspections/${ids.planned}`), 404, 'INSPECTION_NOT_FOUND');
    expect(ok(await other.api.get(`${BASE}/inspections`)).total).toBe(0);
  });

  it('follows a finding to its close with evidence, and leaves another open past its deadline', async () => {
    refused(
      await staff.api.post(`${BASE}/inspections/${ids.planned}/findings`, {
        topic: 'food_safety',
        description: 'x',
        legalBasis: 'y',
        severity: 'minor',
        remedy: 'z',
      }),
      422,
      'INSPECTION_TOPICS_INVALID',
      'outside_inspection',
    );
    refused(
      await staff.api.post(`${BASE}/inspections/${ids.planned}/findings`, {
        topic: 'environment',
        description: 'x',
        legalBasis: 'y',
        severity: 'minor',
        remedy: 'z',
        fineDong: '-5',
      }),
      400,
      'VALIDATION_FAILED',
    );
    refused(
      await staff.api.post(`${BASE}/inspections/${ids.planned}/findings`, {
        topic: 'environment',
        description: 'x',
        legalBasis: 'y',
        severity: 'minor',
        remedy: 'z',
        remedyDueOn: '2026-05-01',
      }),
      422,
      'INSPECTION_DATES_INVALID',
    );
    const a = ok(
      await staff.api.post(`${BASE}/inspections/${ids.planned}/findings`, {
        topic: 'environment',
        description: 'Xả nước thải có chỉ tiêu COD vượt quy chuẩn QCVN 40:2011/BTNMT cột B.',
        legalBasis: 'Khoản 3 Điều 18 Nghị định 45/2022/NĐ-CP',
        severity: 'serious',
        fineDong: '85000000',
        remedy: 'Cải tạo hệ thống xử lý nước thải, quan trắc lại',
        remedyDueOn: '2026-08-31',
      }),
      201,
    );
    expect(a).toMatchObject({ fineDong: '85000000', status: 'open', followUps: [] });
    const b = ok(
      await staff.api.post(`${BASE}/inspections/${ids.planned}/findings`, {
        topic: 'fire_safety',
        description: 'Hệ thống báo cháy tự động không hoạt động.',
        legalBasis: 'Điểm a khoản 2 Điều 40 Nghị định 144/2021/NĐ-CP',
        severity: 'minor',
        fineDong: '12500000',
        remedy: 'Sửa chữa hệ thống báo cháy',
        remedyDueOn: '2026-06-30',
      }),
      201,
    );
    const c = ok(
      await staff.api.post(`${BASE}/inspections/${ids.unplanned}/findings`, {
        topic: 'food_safety',
        description: 'Bếp ăn tập thể chưa lưu mẫu thức ăn.',
        legalBasis: 'Điều 4 Nghị định 115/2018/NĐ-CP',
        severity: 'minor',
        remedy: 'Thực hiện lưu mẫu thức ăn 24 giờ',
        remedyDueOn: '2026-10-15',
      }),
      201,
    );
    Object.assign(ids, { a: a.id, b: b.id, c: c.id });

    // Closing needs a follow-up carrying evidence.
    ok(
      await staff.api.post(`${BASE}/findings/${a.id}/follow-ups`, {
        reportedOn: '2026-07-01',
        note: 'Doanh nghiệp báo cáo đang thi công cải tạo.',
      }),
      201,
    );
    refused(
      await staff.api.post(`${BASE}/findings/${a.id}/close`, {
        version: a.version,
        closedOn: '2026-08-20',
        closingNote: 'Đã khắc phục',
      }),
      422,
      'INSPECTION_FINDING_NO_EVIDENCE',
    );
    const evidence = ok(
      await staff.api.post(`${BASE}/findings/${a.id}/follow-ups`, {
        reportedOn: '2026-08-15',
        note: 'Đã hoàn thành cải tạo hệ thống xử lý nước thải.',
        evidence: 'Phiếu kết quả quan trắc số 112/QT ngày 14/8/2026',
      }),
      201,
    );
    expect(evidence).toMatchObject({
      findingId: a.id,
      reportedOn: '2026-08-15',
      createdBy: expect.any(String),
    });
    refused(
      await staff.api.post(`${BASE}/findings/${a.id}/close`, {
        version: a.version,
        closedOn: '2026-05-01',
        closingNote: 'Đã khắc phục',
      }),
      422,
      'INSPECTION_DATES_INVALID',
    );
    refused(
      await viewer.api.post(`${BASE}/findings/${a.id}/close`, {
        version: a.version,
        closedOn: '2026-08-20',
        closingNote: 'Đã khắc phục',
      }),
      403,
      'FORBIDDEN',
    );
    refused(
      await other.api.post(`${BASE}/findings/${a.id}/close`, {
        version: a.version,
        closedOn: '2026-08-20',
        closingNote: 'Đã khắc phục',
      }),
      404,
      'INSPECTION_FINDING_NOT_FOUND',
    );
    const closed = ok(
      await staff.api.post(`${BASE}/findings/${a.id}/close`, {
        version: a.version,
        closedOn: '2026-08-20',
        closingNote: 'Kết quả quan trắc đạt quy chuẩn.',
      }),
    );
    expect(closed).toMatchObject({
      status: 'closed',
      state: 'closed',
      closedOn: '2026-08-20',
      daysOverdue: 0,
    });
    expect(closed.followUps.map((f: { reportedOn: string }) => f.reportedOn)).toEqual([
      '2026-07-01',
      '2026-08-15',
    ]);
    refused(
      await staff.api.patch(`${BASE}/findings/${a.id}`, { version: closed.version, remedy: 'khác' }),
      409,
      'INSPECTION_FINDING_CLOSED',
    );
    refused(
      await staff.api.post(`${BASE}/findings/${a.id}/follow-ups`, { reportedOn: '2026-08-21', note: 'thêm' }),
      409,
      'INSPECTION_FINDING_CLOSED',
    );
    const reopened = ok(
      await staff.api.post(`${BASE}/findings/${a.id}/reopen`, {
        version: closed.version,
        reason: 'Quan trắc lại chưa đạt.',
      }),
    );
    expect(reopened).toMatchObject({ status: 'open', closedOn: null });
    refused(
      await staff.api.post(`${BASE}/findings/${a.id}/reopen`, {
        version: reopened.version,
        reason: 'lần nữa',
      }),
      409,
      'INSPECTION_FINDING_NOT_CLOSED',
    );
    ok(
      await staff.api.post(`${BASE}/findings/${a.id}/close`, {
        version: reopened.version,
        closedOn: '2026-08-25',
        closingNote: 'Quan trắc lại đạt quy chuẩn.',
      }),
    );

    // B stays open: due soon a week before its deadline, overdue after it.
    const states = async (asOf: string) =>
      ok(await viewer.api.get(`${BASE}/findings?asOf=${asOf}&pageSize=10`)).items.map(
        (f: { id: string; state: string; daysOverdue: number }) => [f.id, f.state, f.daysOverdue],
      );
    expect(await states('2026-06-22')).toContainEqual([b.id, 'open', 0]);
    expect(await states('2026-06-23')).toContainEqual([b.id, 'due_soon', 0]);
    expect(await states('2026-06-30')).toContainEqual([b.id, 'due_soon', 0]);
    expect(await states('2026-07-10')).toContainEqual([b.id, 'overdue', 10]);
    const overdue = ok(await viewer.api.get(`${BASE}/findings?asOf=2026-07-10&state=overdue`));
    expect(overdue.items).toHaveLength(1);
    expect(overdue.items[0]).toMatchObject({
      id: b.id,
      board: 'TB',
      remedyDueOn: '2026-06-30',
      enterprise: { name: 'Công ty TNHH Dệt may Sông Hồng' },
      inspection: { id: ids.planned, startedOn: '2026-05-12' },
      daysOverdue: 10,
    });
    const unclosed = ok(
      await viewer.api.get(`${BASE}/findings?asOf=2026-07-10&state=overdue&state=due_soon&state=open`),
    );
    expect(unclosed.items.map((f: { id: string }) => f.id)).toEqual([b.id, c.id]);
    expect(
      ok(await viewer.api.get(`${BASE}/findings?state=closed`)).items.map((f: { id: string }) => f.id),
    ).toEqual([a.id]);
    expect(ok(await other.api.get(`${BASE}/findings`)).total).toBe(0);

    const system = await ctx.system();
    const agenda = await inspectionAgenda(ctx.database.db, system, '2026-07-10');
    expect(agenda).toEqual([
      expect.objectContaining({
        kind: 'finding_follow_up',
        id: b.id,
        board: 'TB',
        urgency: 'overdue',
        dueOn: '2026-06-30',
        days: 10,
        link: `/inspection/inspections/${ids.planned}`,
      }),
    ]);
    expect(
      (await inspectionAgenda(ctx.database.db, system, '2026-10-08')).map((i) => [i.id, i.urgency, i.days]),
    ).toEqual([
      [b.id, 'overdue', 100],
      [c.id, 'due_soon', -7],
    ]);
    const viewerActor: Actor = {
      kind: 'user',
      userId: viewer.id,
      label: viewer.username,
      role: 'viewer',
      scope: 'board',
      homeBoardId: tbId,
      enterpriseId: null,
      visibleBoardIds: [tbId],
    };
    expect(await inspectionAgenda(ctx.database.db, viewerActor, '2026-07-10')).toEqual([]);
  });

  it('writes the record, concludes, and writes the conclusion as Word documents LibreOffice opens', async () => {
    const current = ok(await staff.api.get(`${BASE}/inspections/${ids.planned}`));
    refused(
      await staff.api.get(`${BASE}/inspections/${ids.planned}/documents/conclusion`),
      409,
      'INSPECTION_NOT_CONCLUDED',
    );
    const recorded = ok(
      await staff.api.patch(`${BASE}/inspections/${ids.planned}`, {
        version: current.version,
        recordNumber: '7',
        recordedOn: '2026-05-13',
      }),
    );
    refused(
      await staff.api.post(`${BASE}/inspections/${ids.planned}/conclude`, {
        version: recorded.version,
        conclusionNumber: '25/KL-BQL',
        concludedOn: '2026-05-10',
        conclusion: 'x',
      }),
      422,
      'INSPECTION_DATES_INVALID',
    );
    const concluded = ok(
      await staff.api.post(`${BASE}/inspections/${ids.planned}/conclude`, {
        version: recorded.version,
        conclusionNumber: '25/KL-BQL',
        concludedOn: '2026-05-25',
        conclusion: 'Yêu cầu Công ty khắc phục các vi phạm nêu trên và nộp phạt theo quy định.',
      }),
    );
    expect(concluded).toMatchObject({ status: 'concluded', findingCount: 2, finesDong: '97500000' });
    refused(
      await staff.api.post(`${BASE}/inspections/${ids.planned}/conclude`, {
        version: concluded.version,
        conclusionNumber: '26/KL-BQL',
        concludedOn: '2026-05-26',
        conclusion: 'x',
      }),
      409,
      'INSPECTION_CONCLUDED',
    );
    refused(
      await staff.api.patch(`${BASE}/inspections/${ids.planned}`, {
        version: concluded.version,
        teamLeader: 'Khác',
      }),
      409,
      'INSPECTION_CONCLUDED',
    );
    refused(
      await staff.api.post(`${BASE}/inspections/${ids.planned}/findings`, {
        topic: 'environment',
        description: 'x',
        legalBasis: 'y',
        severity: 'minor',
        remedy: 'z',
      }),
      409,
      'INSPECTION_CONCLUDED',
    );

    const fetch = async (kind: 'record' | 'conclusion', user = staff) =>
      ctx.app.inject({
        url: `${BASE}/inspections/${ids.planned}/documents/${kind}`,
        headers: { cookie: user.cookie },
      });
    const record = await fetch('record', viewer);
    expect(record.statusCode).toBe(200);
    expect(record.headers['content-type']).toBe(DOCX_CONTENT_TYPE);
    expect(record.headers['content-disposition']).toBe(
      'attachment; filename="bien-ban-kiem-tra_TB_2026-05-12_1000000001.docx"',
    );
    const recordParagraphs = wordParagraphs((await zipParts(record.rawPayload)).get('word/document.xml')!);
    expect(recordParagraphs).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(recordParagraphs).toContain('Số: 07/BB-BQL');
    expect(recordParagraphs).toContain('BIÊN BẢN');
    expect(recordParagraphs).toContain('KIỂM TRA TẠI CÔNG TY TNHH DỆT MAY SÔNG HỒNG');
    expect(recordParagraphs).toContain('Căn cứ pháp lý: Khoản 3 Điều 18 Nghị định 45/2022/NĐ-CP.');
    expect(recordParagraphs).toContain('Mức độ vi phạm: nghiêm trọng; mức phạt tiền: 85.000.000 đồng.');
    expect(recordParagraphs).toContain(
      'Biện pháp khắc phục: Sửa chữa hệ thống báo cháy; thời hạn khắc phục: trước ngày 30/06/2026.',
    );
    expect(recordParagraphs).toContain('Tổng số tiền phạt: 97.500.000 đồng.');
    expect(recordParagraphs).toContain('- Trưởng đoàn: Nguyễn Văn Hải.');
    expect(recordParagraphs).toContain('ĐẠI DIỆN DOANH NGHIỆP');
    expect(recordParagraphs).toContain('TRƯỞNG ĐOÀN KIỂM TRA');
    expect(recordParagraphs).toContain('Phạm Quốc Toàn, Giám đốc');
    const recordText = await printedText(record.rawPayload, 'bien-ban.docx');
    expect(recordText).toContain('BIÊN BẢN');
    expect(recordText).toContain('85.000.000 đồng');
    expect(recordText).toContain('TRƯỞNG ĐOÀN KIỂM TRA');

    const conclusion = await fetch('conclusion');
    expect(conclusion.statusCode).toBe(200);
    const conclusionParagraphs = wordParagraphs(
      (await zipParts(conclusion.rawPayload)).get('word/document.xml')!,
    );
    expect(conclusionParagraphs).toContain('Số: 25/KL-BQL');
    expect(conclusionParagraphs).toContain('KẾT LUẬN');
    expect(conclusionParagraphs).toContain('KIỂM TRA TẠI CÔNG TY TNHH DỆT MAY SÔNG HỒNG');
    expect(conclusionParagraphs.some((p) => p.includes('ngày 25 tháng 5 năm 2026'))).toBe(true);
    expect(conclusionParagraphs.some((p) => p.includes('Biên bản kiểm tra số 7 ngày 13/05/2026'))).toBe(true);
    expect(conclusionParagraphs).toContain(
      'Yêu cầu Công ty khắc phục các vi phạm nêu trên và nộp phạt theo quy định.',
    );
    expect(conclusionParagraphs).toContain('TRƯỞNG BAN');
    expect(conclusionParagraphs).toContain('- Công ty TNHH Dệt may Sông Hồng (để thực hiện);');
    const conclusionText = await printedText(conclusion.rawPayload, 'ket-luan.docx');
    expect(conclusionText).toContain('KẾT LUẬN KIỂM TRA');
    expect(conclusionText).toContain('12.500.000 đồng');

    // After the conclusion the record's number may still be corrected.
    ok(
      await staff.api.patch(`${BASE}/inspections/${ids.planned}`, {
        version: concluded.version,
        recordNumber: '07/BB-BQL',
      }),
    );
    refused(
      await other.api.get(`${BASE}/inspections/${ids.planned}/documents/record`),
      404,
      'INSPECTION_NOT_FOUND',
    );
  }, 240_000);

  it('counts the year against hand-computed figures, as JSON, Word and Excel', async () => {
    const stats = ok(await viewer.api.get(`${BASE}/statistics?year=2026&asOf=2026-07-10`));
    // Approved plan: 2 items (Sông Hồng done, Cơ khí not yet); the draft plan's item is not counted.
    expect(stats.plan).toEqual({
      planItems: 2,
      doneInPlan: 1,
      notYetDone: 1,
      doneOutOfPlan: 1,
      inspections: 2,
      concluded: 1,
    });
    const topic = (code: string) => stats.byTopic.find((t: { topic: string }) => t.topic === code);
    // A closed (85 000 000 đ); B open past 30/6 (12 500 000 đ); C open, due 15/10, no fine.
    expect(topic('environment')).toEqual({
      topic: 'environment',
      inspections: 1,
      findings: 1,
      finesDong: '85000000',
      findingsClosed: 1,
      findingsOpen: 0,
      findingsOverdue: 0,
    });
    expect(topic('fire_safety')).toEqual({
      topic: 'fire_safety',
      inspections: 1,
      findings: 1,
      finesDong: '12500000',
      findingsClosed: 0,
      findingsOpen: 1,
      findingsOverdue: 1,
    });
    expect(topic('food_safety')).toMatchObject({
      inspections: 1,
      findings: 1,
      finesDong: '0',
      findingsOpen: 1,
    });
    expect(topic('labour')).toMatchObject({ inspections: 0, findings: 0, finesDong: '0' });
    expect(stats.total).toEqual({
      inspections: 2,
      findings: 3,
      finesDong: '97500000',
      findingsClosed: 1,
      findingsOpen: 2,
      findingsOverdue: 1,
    });
    expect(stats.enterprisesInspected).toBe(2);
    expect(
      ok(await viewer.api.get(`${BASE}/statistics?year=2026&asOf=2026-10-20`)).total.findingsOverdue,
    ).toBe(2);
    refused(await staff.api.get(`${BASE}/statistics?year=2026&board=HY`), 404, 'INSPECTION_BOARD_NOT_FOUND');

    const fetch = async (format: 'docx' | 'xlsx') => {
      const response = await ctx.app.inject({
        url: `${BASE}/statistics?year=2026&asOf=2026-07-10&format=${format}&number=30&date=2026-07-15`,
        headers: { cookie: staff.cookie },
      });
      expect(response.statusCode, response.body).toBe(200);
      return response;
    };
    const docx = await fetch('docx');
    expect(docx.headers['content-type']).toBe(DOCX_CONTENT_TYPE);
    expect(docx.headers['content-disposition']).toBe(
      'attachment; filename="bao-cao-kiem-tra-doanh-nghiep_TB_2026.docx"',
    );
    const paragraphs = wordParagraphs((await zipParts(docx.rawPayload)).get('word/document.xml')!);
    expect(paragraphs).toContain('Số: 30/BC-BQL');
    expect(paragraphs.some((p) => p.includes('có 2 lượt doanh nghiệp; đã kiểm tra 1, chưa kiểm tra 1'))).toBe(
      true,
    );
    expect(paragraphs.some((p) => p.includes('tổng số tiền phạt 97.500.000 đồng'))).toBe(true);
    expect(paragraphs).toContain('Phòng cháy, chữa cháy');
    expect(paragraphs).toContain('12.500.000');
    const docText = await printedText(docx.rawPayload, 'thong-ke.docx');
    expect(docText).toContain('97.500.000 đồng');
    expect(docText).toContain('Bảo vệ môi trường');

    const xlsx = await fetch('xlsx');
    expect(xlsx.headers['content-type']).toBe(XLSX_CONTENT_TYPE);
    const sheets = await zipParts(xlsx.rawPayload);
    expect([...sheets.keys()].filter((k) => /^xl\/worksheets\/sheet\d+\.xml$/.test(k))).toHaveLength(2);
    const printed = await printedText(xlsx.rawPayload, 'thong-ke.xlsx');
    expect(printed).toContain('Doanh nghiệp trong kế hoạch đã phê duyệt 01 2');
    expect(printed).toContain('Đã kiểm tra theo kế hoạch 02 1');
    expect(printed).toContain('Kiểm tra đột xuất (ngoài kế hoạch) 04 1');
    expect(printed).toContain('Vi phạm, tồn tại theo lĩnh vực');

    const list = await ctx.app.inject({
      url: `${BASE}/inspections?year=2026&format=xlsx`,
      headers: { cookie: viewer.cookie },
    });
    expect(list.statusCode).toBe(200);
    expect(list.headers['content-type']).toBe(XLSX_CONTENT_TYPE);
    const listText = await printedText(list.rawPayload, 'cuoc-kiem-tra.xlsx');
    expect(listText).toContain('Công ty TNHH Dệt may Sông Hồng');
    expect(listText).toContain('Công ty CP Thực phẩm Đồng Châu');
  }, 300_000);

  it('deletes a draft plan and its items, and audits every write', async () => {
    const extra = ok(await staff.api.get(`${BASE}/plans/${ids.extra}`));
    const item = extra.items[0];
    refused(
      await staff.api.delete(`${BASE}/plan-items/${item.id}?version=${item.version + 1}`),
      409,
      'VERSION_CONFLICT',
    );
    ok(await staff.api.delete(`${BASE}/plan-items/${item.id}?version=${item.version}`), 204);
    const after = ok(await staff.api.get(`${BASE}/plans/${ids.extra}`));
    expect(after).toMatchObject({ itemCount: 0, overlaps: [] });
    ok(await staff.api.delete(`${BASE}/plans/${ids.extra}?version=${after.version}`), 204);
    refused(await staff.api.get(`${BASE}/plans/${ids.extra}`), 404, 'INSPECTION_PLAN_NOT_FOUND');
    // The approved plan's overlap is gone with it.
    expect(ok(await staff.api.get(`${BASE}/plans/${ids.plan}`)).overlaps).toEqual([]);

    const audited = await queryRows<{ entity_type: string; action: string; n: number }>(
      ctx.database.db,
      sql`select entity_type, action, count(*)::int as n from audit_log
          where entity_type like 'inspection%' group by entity_type, action order by entity_type, action`,
    );
    const n = (type: string, action: string) =>
      audited.find((r) => r.entity_type === type && r.action === action)?.n ?? 0;
    expect(n('inspection_plan', 'create')).toBe(2);
    expect(n('inspection_plan', 'delete')).toBe(1);
    expect(n('inspection_plan_item', 'create')).toBe(3);
    expect(n('inspection_plan_item', 'delete')).toBe(1);
    expect(n('inspection', 'create')).toBe(2);
    expect(n('inspection_finding', 'create')).toBe(3);
    expect(n('inspection_follow_up', 'create')).toBe(2);
    // Closed, reopened, closed again.
    expect(n('inspection_finding', 'update')).toBe(3);
  });

  it('keeps a follow-up’s evidence file once, byte for byte, and closes a finding on it', async () => {
    /** A file sent as the raw body, as the page sends it. */
    const put = async (
      user: TestUser,
      id: string,
      content: Buffer,
      query = 'fileName=x.pdf',
      type = 'application/pdf',
    ) => {
      const response = await ctx.app.inject({
        method: 'PUT',
        url: `${BASE}/follow-ups/${id}/file?${query}`,
        headers: { cookie: user.cookie, 'content-type': type },
        payload: content,
      });
      return { status: response.statusCode, body: JSON.parse(response.body), headers: response.headers };
    };
    const get = (user: TestUser, id: string) =>
      ctx.app.inject({
        method: 'GET',
        url: `${BASE}/follow-ups/${id}/file`,
        headers: { cookie: user.cookie },
      });
    // A small PDF with bytes of every value (nothing may be re-encoded on the way).
    const pdf = Buffer.concat([
      Buffer.from('%PDF-1.4\n% Báo cáo khắc phục\n'),
      Buffer.from(Array.from({ length: 256 }, (_, i) => i)),
      Buffer.from('\n%%EOF\n'),
    ]);
    const png = Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      Buffer.alloc(64, 7),
    ]);

    const c = ok(await staff.api.get(`${BASE}/inspections/${ids.unplanned}`)).findings[0];
    expect(c.id).toBe(ids.c);
    const followUp = ok(
      await staff.api.post(`${BASE}/findings/${ids.c}/follow-ups`, {
        reportedOn: '2026-09-01',
        note: 'Bếp ăn đã lưu mẫu thức ăn 24 giờ.',
      }),
      201,
    );
    expect(followUp.file).toBeNull();
    // Without evidence (no words, no file) the finding stays open.
    refused(
      await staff.api.post(`${BASE}/findings/${ids.c}/close`, {
        version: c.version,
        closedOn: '2026-09-02',
        closingNote: 'Đã khắc phục',
      }),
      422,
      'INSPECTION_FINDING_NO_EVIDENCE',
    );
    refused(
      await staff.api.get(`${BASE}/follow-ups/${followUp.id}/file`),
      404,
      'INSPECTION_FOLLOW_UP_FILE_NOT_FOUND',
    );

    // Refusals, each with its code, nothing stored.
    refused(await put(viewer, followUp.id, pdf), 403, 'FORBIDDEN');
    refused(await put(other, followUp.id, pdf), 404, 'INSPECTION_FOLLOW_UP_NOT_FOUND');
    refused(
      await other.api.get(`${BASE}/follow-ups/${followUp.id}/file`),
      404,
      'INSPECTION_FOLLOW_UP_NOT_FOUND',
    );
    refused(
      await put(staff, '00000000-0000-4000-8000-000000000000', pdf),
      404,
      'INSPECTION_FOLLOW_UP_NOT_FOUND',
    );
    refused(
      await put(staff, followUp.id, Buffer.from('Đây là văn bản, không phải PDF')),
      415,
      'INSPECTION_FILE_TYPE',
      'type',
    );
    // A Word file is not accepted as evidence (PDF, JPEG, PNG only).
    refused(
      await put(
        staff,
        followUp.id,
        Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.from('[Content_Types].xml word/')]),
        'fileName=bao-cao.docx',
        'application/octet-stream',
      ),
      415,
      'INSPECTION_FILE_TYPE',
    );
    refused(await put(staff, followUp.id, Buffer.alloc(0)), 400, 'INSPECTION_FILE_EMPTY');
    refused(
      await put(staff, followUp.id, Buffer.concat([pdf, Buffer.alloc(10 * 1024 * 1024)])),
      413,
      'PAYLOAD_TOO_LARGE',
    );
    refused(await put(staff, followUp.id, pdf, ''), 400, 'VALIDATION_FAILED');
    refused(await put(staff, followUp.id, pdf, 'fileName=a%2Fb.pdf'), 400, 'VALIDATION_FAILED');
    refused(
      await put(staff, followUp.id, pdf, 'fileName=x.pdf', 'text/plain'),
      415,
      'UNSUPPORTED_MEDIA_TYPE',
    );
    expect(
      ok(await staff.api.get(`${BASE}/inspections/${ids.unplanned}`)).findings[0].followUps[0].file,
    ).toBeNull();

    // Stored under its Vietnamese name, its type read from its bytes (sent as octet-stream).
    const name = 'Báo cáo khắc phục số 7.pdf';
    const stored = ok(
      await put(staff, followUp.id, pdf, `fileName=${encodeURIComponent(name)}`, 'application/octet-stream'),
    );
    expect(stored).toMatchObject({
      id: followUp.id,
      file: { name, contentType: 'application/pdf', size: pdf.length },
    });
    const download = await get(viewer, followUp.id);
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-type']).toBe('application/pdf');
    expect(download.headers['content-disposition']).toBe(
      `attachment; filename="B_o c_o kh_c ph_c s_ 7.pdf"; filename*=UTF-8''${encodeURIComponent(name)}`,
    );
    expect(download.headers['x-content-type-options']).toBe('nosniff');
    expect(download.rawPayload.equals(pdf)).toBe(true);

    // Set once: a second file is refused and the first one kept.
    refused(
      await put(staff, followUp.id, png, 'fileName=anh.png', 'image/png'),
      409,
      'INSPECTION_FOLLOW_UP_FILE_EXISTS',
      'file_exists',
    );
    expect((await get(staff, followUp.id)).rawPayload.equals(pdf)).toBe(true);
    const detail = ok(await staff.api.get(`${BASE}/inspections/${ids.unplanned}`));
    expect(detail.findings[0].followUps).toEqual([
      expect.objectContaining({
        id: followUp.id,
        evidence: '',
        file: { name, contentType: 'application/pdf', size: pdf.length },
      }),
    ]);

    // The file is the evidence: the finding closes on it.
    const closed = ok(
      await staff.api.post(`${BASE}/findings/${ids.c}/close`, {
        version: c.version,
        closedOn: '2026-09-02',
        closingNote: 'Đã lưu mẫu thức ăn theo quy định.',
      }),
    );
    expect(closed).toMatchObject({ status: 'closed', closedOn: '2026-09-02' });
    // No file is added to a follow-up of a closed finding.
    const a = ok(await staff.api.get(`${BASE}/inspections/${ids.planned}`)).findings.find(
      (f: { id: string }) => f.id === ids.a,
    );
    expect(a.status).toBe('closed');
    refused(await put(staff, a.followUps[0].id, pdf), 409, 'INSPECTION_FINDING_CLOSED');

    // A photo declared as a PDF is stored as what it is.
    const b = ok(
      await staff.api.post(`${BASE}/findings/${ids.b}/follow-ups`, {
        reportedOn: '2026-09-03',
        note: 'Đã sửa chữa tủ trung tâm báo cháy.',
        evidence: 'Ảnh chụp hiện trường',
      }),
      201,
    );
    expect(ok(await put(staff, b.id, png, 'fileName=anh-hien-truong.png')).file).toEqual({
      name: 'anh-hien-truong.png',
      contentType: 'image/png',
      size: png.length,
    });
    const photo = await get(staff, b.id);
    expect(photo.headers['content-type']).toBe('image/png');
    expect(photo.rawPayload.equals(png)).toBe(true);

    // Audited: the two files stored, without their bytes.
    const audited = await queryRows<{ entity_id: string; after: unknown }>(
      ctx.database.db,
      sql`select entity_id, after from audit_log
          where entity_type = 'inspection_follow_up' and action = 'update'`,
    );
    expect(audited.map((r) => r.entity_id).sort()).toEqual([followUp.id, b.id].sort());
    for (const row of audited) {
      const after = (typeof row.after === 'string' ? JSON.parse(row.after) : row.after) as Record<
        string,
        unknown
      >;
      expect(after).not.toHaveProperty('content');
      expect(after).toHaveProperty('fileName');
    }
  });
});
