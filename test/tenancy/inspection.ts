import { readXlsx } from '../../src/server/kernel/documents/xlsx.ts';
import { createInspectionRecords } from '../inspection-fixtures.ts';
import { wordParagraphs, zipParts } from '../office-files.ts';
import type { ApiResponse } from '../test-app.ts';
import type { TenancyModule, TenancyParties } from './modules.ts';
import { hidden, notFound, probe, unknownReference } from './probes.ts';

const BASE = '/api/v1/inspection';

/** A download as AA: a refusal's JSON, a workbook's cells or a Word document's paragraphs as JSON. */
function fileText({ ctx, adminA }: TenancyParties, url: string) {
  return async (): Promise<ApiResponse> => {
    const response = await ctx.app.inject({ method: 'GET', url, headers: { cookie: adminA.cookie } });
    const type = String(response.headers['content-type'] ?? '');
    if (type.includes('application/json'))
      return { status: response.statusCode, body: JSON.parse(response.body), headers: response.headers };
    const text = type.includes('spreadsheetml')
      ? JSON.stringify(
          (await readXlsx(response.rawPayload)).flatMap((sheet) =>
            [...sheet.rows.values()].flatMap((row) => [...row.values()].map((cell) => cell.text)),
          ),
        )
      : JSON.stringify(wordParagraphs((await zipParts(response.rawPayload)).get('word/document.xml') ?? ''));
    return { status: response.statusCode, body: text, headers: response.headers };
  };
}

/** A small PDF sent as AA to a follow-up's file, as the page sends it (the raw body). */
function upload({ ctx, adminA }: TenancyParties, url: string) {
  return async (): Promise<ApiResponse> => {
    const response = await ctx.app.inject({
      method: 'PUT',
      url,
      headers: { cookie: adminA.cookie, 'content-type': 'application/pdf' },
      payload: Buffer.from('%PDF-1.4 AA'),
    });
    return { status: response.statusCode, body: JSON.parse(response.body), headers: response.headers };
  };
}

/** The inspection module's routes: BB's records and AA's probes of them. */
export const inspectionTenancy: TenancyModule = {
  async setup({ ctx, adminA, staffB, a, b, markers }) {
    Object.assign(b, await createInspectionRecords(ctx, { staff: staffB, board: 'BB', label: 'BB' }));
    Object.assign(a, await createInspectionRecords(ctx, { staff: adminA, board: 'AA', label: 'AA' }));
    // AA's own draft plan and item, to name BB's enterprise in them.
    const draft = await adminA.api.post(`${BASE}/plans`, { year: 2027, name: 'Kế hoạch nháp của AA' });
    a.inspectionDraftPlan = draft.body.id;
    const item = await adminA.api.post(`${BASE}/plans/${draft.body.id}/items`, {
      enterpriseId: a.enterprise,
      topics: ['labour'],
    });
    a.inspectionDraftItem = item.body.item.id;
    markers.push(
      'Kế hoạch kiểm tra năm 2026 của BB',
      '15/QĐ-BB',
      'Trưởng đoàn BB',
      'Giám đốc BB',
      '(BB)',
      'Sở Tài nguyên và Môi trường BB',
      'Báo cáo khắc phục BB',
      'Báo cáo khắc phục của BB',
    );
  },

  probes(parties) {
    const { adminA, a, b } = parties;
    const api = adminA.api;
    const v = { version: 1 };
    const team = {
      topics: ['environment'],
      basis: 'Quyết định của AA',
      startedOn: '2026-06-01',
      teamLeader: 'Trưởng đoàn AA',
    };
    const finding = {
      topic: 'environment',
      description: 'Vi phạm',
      legalBasis: 'Điều 1',
      severity: 'minor',
      remedy: 'Khắc phục',
    };
    return {
      [`GET ${BASE}/plans`]: [
        hidden('plans', () => api.get(`${BASE}/plans`), a.inspectionPlan),
        hidden('plans of 2026', () => api.get(`${BASE}/plans?year=2026`), a.inspectionPlan),
        notFound('plans of BB', () => api.get(`${BASE}/plans?board=BB`)),
      ],
      [`POST ${BASE}/plans`]: [
        notFound('a plan for BB', () =>
          api.post(`${BASE}/plans`, { board: 'BB', year: 2026, name: 'Kế hoạch' }),
        ),
      ],
      [`GET ${BASE}/plans/{id}`]: [notFound('plan', () => api.get(`${BASE}/plans/${b.inspectionPlan}`))],
      [`PATCH ${BASE}/plans/{id}`]: [
        notFound('plan', () => api.patch(`${BASE}/plans/${b.inspectionPlan}`, { ...v, name: 'Đổi tên' })),
      ],
      [`DELETE ${BASE}/plans/{id}`]: [
        notFound('plan', () => api.delete(`${BASE}/plans/${b.inspectionPlan}?version=1`)),
      ],
      [`POST ${BASE}/plans/{id}/approve`]: [
        notFound('plan', () =>
          api.post(`${BASE}/plans/${b.inspectionPlan}/approve`, {
            ...v,
            decisionNumber: '1/QĐ',
            decisionDate: '2026-01-01',
            approvedBy: 'Trưởng ban',
          }),
        ),
      ],
      [`POST ${BASE}/plans/{id}/items`]: [
        notFound('plan', () =>
          api.post(`${BASE}/plans/${b.inspectionPlan}/items`, {
            enterpriseId: a.enterprise,
            topics: ['labour'],
          }),
        ),
        unknownReference(
          "BB's enterprise in AA's plan",
          () =>
            api.post(`${BASE}/plans/${a.inspectionDraftPlan}/items`, {
              enterpriseId: b.enterprise,
              topics: ['labour'],
            }),
          'INSPECTION_ENTERPRISE_NOT_FOUND',
        ),
      ],
      [`PATCH ${BASE}/plan-items/{id}`]: [
        notFound('plan item', () =>
          api.patch(`${BASE}/plan-items/${b.inspectionPlanItem}`, { ...v, note: 'x' }),
        ),
        unknownReference(
          "BB's enterprise in AA's item",
          () =>
            api.patch(`${BASE}/plan-items/${a.inspectionDraftItem}`, { ...v, enterpriseId: b.enterprise }),
          'INSPECTION_ENTERPRISE_NOT_FOUND',
        ),
      ],
      [`DELETE ${BASE}/plan-items/{id}`]: [
        notFound('plan item', () => api.delete(`${BASE}/plan-items/${b.inspectionPlanItem}?version=1`)),
      ],
      [`GET ${BASE}/inspections`]: [
        hidden('inspections', () => api.get(`${BASE}/inspections`), a.inspection),
        hidden('inspections at BB’s enterprise', () =>
          api.get(`${BASE}/inspections?enterpriseId=${b.enterprise}`),
        ),
        notFound('inspections of BB', () => api.get(`${BASE}/inspections?board=BB`)),
        hidden(
          'inspections as Excel',
          fileText(parties, `${BASE}/inspections?format=xlsx`),
          'Trưởng đoàn AA',
        ),
      ],
      [`POST ${BASE}/inspections`]: [
        notFound(
          "under BB's plan item",
          () => api.post(`${BASE}/inspections`, { ...team, planItemId: b.inspectionPlanItem }),
          'INSPECTION_PLAN_ITEM_NOT_FOUND',
        ),
        unknownReference(
          "at BB's enterprise",
          () => api.post(`${BASE}/inspections`, { ...team, enterpriseId: b.enterprise }),
          'INSPECTION_ENTERPRISE_NOT_FOUND',
        ),
        notFound('for BB', () =>
          api.post(`${BASE}/inspections`, { ...team, board: 'BB', enterpriseId: b.enterprise }),
        ),
      ],
      [`GET ${BASE}/inspections/{id}`]: [
        notFound('inspection', () => api.get(`${BASE}/inspections/${b.inspection}`)),
      ],
      [`PATCH ${BASE}/inspections/{id}`]: [
        notFound('inspection', () =>
          api.patch(`${BASE}/inspections/${b.inspection}`, { ...v, summary: 'x' }),
        ),
      ],
      [`POST ${BASE}/inspections/{id}/conclude`]: [
        notFound('inspection', () =>
          api.post(`${BASE}/inspections/${b.inspection}/conclude`, {
            ...v,
            conclusionNumber: '1/KL',
            concludedOn: '2026-06-01',
            conclusion: 'Kết luận',
          }),
        ),
      ],
      [`GET ${BASE}/inspections/{id}/documents/record`]: [
        notFound('record', () => api.get(`${BASE}/inspections/${b.inspection}/documents/record`)),
        hidden(
          'own record',
          fileText(parties, `${BASE}/inspections/${a.inspection}/documents/record`),
          'Trưởng đoàn AA',
        ),
      ],
      [`GET ${BASE}/inspections/{id}/documents/conclusion`]: [
        notFound('conclusion', () => api.get(`${BASE}/inspections/${b.inspection}/documents/conclusion`)),
      ],
      [`POST ${BASE}/inspections/{id}/findings`]: [
        notFound('inspection', () => api.post(`${BASE}/inspections/${b.inspection}/findings`, finding)),
      ],
      [`PATCH ${BASE}/findings/{id}`]: [
        notFound('finding', () =>
          api.patch(`${BASE}/findings/${b.inspectionFinding}`, { ...v, remedy: 'x' }),
        ),
      ],
      [`POST ${BASE}/findings/{id}/follow-ups`]: [
        notFound('finding', () =>
          api.post(`${BASE}/findings/${b.inspectionFinding}/follow-ups`, {
            reportedOn: '2026-07-01',
            note: 'x',
          }),
        ),
      ],
      [`PUT ${BASE}/follow-ups/{id}/file`]: [
        notFound(
          'follow-up file',
          upload(parties, `${BASE}/follow-ups/${b.inspectionFollowUp}/file?fileName=x.pdf`),
          'INSPECTION_FOLLOW_UP_NOT_FOUND',
        ),
      ],
      [`GET ${BASE}/follow-ups/{id}/file`]: [
        notFound(
          'follow-up file',
          fileText(parties, `${BASE}/follow-ups/${b.inspectionFollowUp}/file`),
          'INSPECTION_FOLLOW_UP_NOT_FOUND',
        ),
        hidden(
          'own follow-up file',
          async () => {
            const response = await parties.ctx.app.inject({
              method: 'GET',
              url: `${BASE}/follow-ups/${a.inspectionFollowUp}/file`,
              headers: { cookie: adminA.cookie },
            });
            return { status: response.statusCode, body: response.body, headers: response.headers };
          },
          'Báo cáo khắc phục của AA',
        ),
      ],
      [`POST ${BASE}/findings/{id}/close`]: [
        notFound('finding', () =>
          api.post(`${BASE}/findings/${b.inspectionFinding}/close`, {
            ...v,
            closedOn: '2026-07-20',
            closingNote: 'x',
          }),
        ),
      ],
      [`POST ${BASE}/findings/{id}/reopen`]: [
        notFound('finding', () =>
          api.post(`${BASE}/findings/${b.inspectionFinding}/reopen`, { ...v, reason: 'x' }),
        ),
      ],
      [`GET ${BASE}/findings`]: [
        hidden('findings', () => api.get(`${BASE}/findings`), a.inspectionFinding),
        hidden(
          'overdue findings',
          () => api.get(`${BASE}/findings?state=overdue&asOf=2026-12-31`),
          a.inspectionFinding,
        ),
        notFound('findings of BB', () => api.get(`${BASE}/findings?board=BB`)),
      ],
      [`GET ${BASE}/statistics`]: [
        hidden('statistics', () => api.get(`${BASE}/statistics?year=2026`)),
        hidden('statistics as Word', fileText(parties, `${BASE}/statistics?year=2026&format=docx`)),
        hidden('statistics as Excel', fileText(parties, `${BASE}/statistics?year=2026&format=xlsx`)),
        notFound('statistics of BB', () => api.get(`${BASE}/statistics?year=2026&board=BB`)),
        probe(
          'statistics of BB as Word',
          () => api.get(`${BASE}/statistics?year=2026&board=BB&format=docx`),
          {
            status: 404,
            code: 'INSPECTION_BOARD_NOT_FOUND',
          },
        ),
      ],
    };
  },
};
