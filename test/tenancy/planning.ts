import { createPlanningRecords } from '../planning-fixtures.ts';
import type { ApiResponse } from '../test-app.ts';
import type { TenancyModule, TenancyParties } from './modules.ts';
import { hidden, notFound, unknownReference } from './probes.ts';

const API = '/api/v1/planning';

/** A small PDF sent as AA to a decision's file, as the page sends it (the raw body). */
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

/** A download as AA: a refusal's JSON, else the file's bytes as text. */
function download({ ctx, adminA }: TenancyParties, url: string) {
  return async (): Promise<ApiResponse> => {
    const response = await ctx.app.inject({ method: 'GET', url, headers: { cookie: adminA.cookie } });
    const type = String(response.headers['content-type'] ?? '');
    if (type.includes('application/json'))
      return { status: response.statusCode, body: JSON.parse(response.body), headers: response.headers };
    return {
      status: response.statusCode,
      body: response.rawPayload.toString('latin1'),
      headers: response.headers,
    };
  };
}

/** The planning register's routes: BB's decisions and AA's probes of them. */
export const planningTenancy: TenancyModule = {
  async setup({ ctx, adminA, staffB, a, b, markers }) {
    const bb = await createPlanningRecords(ctx, { staff: staffB, board: 'BB', label: 'BB', zoneId: b.zone });
    b.planningDecision = bb.decision;
    b.planningAdjustment = bb.adjustment;
    markers.push(JSON.stringify(bb.number), '"Phê duyệt Quy hoạch chung BB"');
    const aa = await createPlanningRecords(ctx, { staff: adminA, board: 'AA', label: 'AA', zoneId: a.zone });
    a.planningDecision = aa.decision;
    a.planningAdjustment = aa.adjustment;
  },

  probes: (parties) => {
    const { adminA, a, b } = parties;
    const api = adminA.api;
    const body = (zoneId: string) => ({
      zoneId,
      kind: 'master_plan',
      number: '1/QĐ-XN',
      signedOn: '2020-01-01',
      issuer: 'Xâm nhập',
      summary: 'Quyết định xâm nhập',
    });
    return {
      [`GET ${API}/decisions`]: [
        hidden('decisions', () => api.get(`${API}/decisions`), a.planningDecision),
        hidden("decisions of BB's zone", () => api.get(`${API}/decisions?zone=${b.zone}`)),
        hidden('decisions searched by BB’s number', () => api.get(`${API}/decisions?q=QĐ-BB`)),
        notFound('decisions of BB', () => api.get(`${API}/decisions?board=BB`), 'PLANNING_BOARD_NOT_FOUND'),
      ],
      [`POST ${API}/decisions`]: [
        unknownReference(
          "decision of BB's zone",
          () => api.post(`${API}/decisions`, body(b.zone!)),
          'PLANNING_ZONE_UNKNOWN',
        ),
      ],
      [`GET ${API}/decisions/{id}`]: [
        notFound(
          'decision',
          () => api.get(`${API}/decisions/${b.planningDecision}`),
          'PLANNING_DECISION_NOT_FOUND',
        ),
      ],
      [`PATCH ${API}/decisions/{id}`]: [
        notFound(
          'decision corrected',
          () => api.patch(`${API}/decisions/${b.planningAdjustment}`, { version: 1, summary: 'Đổi' }),
          'PLANNING_DECISION_NOT_FOUND',
        ),
      ],
      [`DELETE ${API}/decisions/{id}`]: [
        notFound(
          'decision deleted',
          () => api.delete(`${API}/decisions/${b.planningAdjustment}?version=1`),
          'PLANNING_DECISION_NOT_FOUND',
        ),
      ],
      [`PUT ${API}/decisions/{id}/file`]: [
        notFound(
          "file of BB's decision",
          upload(parties, `${API}/decisions/${b.planningAdjustment}/file?fileName=x.pdf`),
          'PLANNING_DECISION_NOT_FOUND',
        ),
      ],
      [`GET ${API}/decisions/{id}/file`]: [
        notFound(
          "BB's signed file",
          download(parties, `${API}/decisions/${b.planningDecision}/file`),
          'PLANNING_DECISION_NOT_FOUND',
        ),
      ],
      [`GET ${API}/zones/{zoneId}/timeline`]: [
        notFound(
          "BB's zone's timeline",
          () => api.get(`${API}/zones/${b.zone}/timeline`),
          'PLANNING_ZONE_NOT_FOUND',
        ),
        hidden("own zone's timeline", () => api.get(`${API}/zones/${a.zone}/timeline`), a.planningDecision),
      ],
    };
  },
};
