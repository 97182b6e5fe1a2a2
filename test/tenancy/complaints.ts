import { expect } from 'vitest';
import { createComplaintsRecords } from '../complaints-fixtures.ts';
import type { ApiResponse } from '../test-app.ts';
import type { TenancyModule } from './modules.ts';
import { hidden, notFound, unknownReference } from './probes.ts';

const API = '/api/v1/complaints';

/** The complaints module's routes: BB's records and AA's probes of them. */
export const complaintsTenancy: TenancyModule = {
  async setup({ ctx, adminA, staffB, a, b, markers }) {
    const made = await createComplaintsRecords(ctx, { staff: staffB, board: 'BB', label: 'BB' });
    b.complaint = made.complaint;
    markers.push(
      JSON.stringify(made.reference),
      JSON.stringify('Tố cáo xả thải BB'),
      JSON.stringify(made.reporterName),
      JSON.stringify(made.reporterIdentity),
    );
    const created: ApiResponse = await adminA.api.post(API, {
      kind: 'petition',
      channel: 'hotline',
      receivedOn: '2026-03-02',
      subject: 'Phản ánh tiếng ồn của AA',
      content: 'Tiếng ồn ban đêm.',
      field: 'environment',
      reporter: { fullName: 'Người phản ánh AA' },
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    a.complaint = created.body.id;
  },
  probes: ({ adminA, a, b }) => {
    const api = adminA.api;
    const id = b.complaint!;
    const step = (name: string, body: Record<string, unknown>) => ({
      [`POST /api/v1/complaints/{id}/${name}`]: [
        notFound(
          `complaint to ${name}`,
          () => api.post(`${API}/${id}/${name}`, { version: 1, ...body }),
          'COMPLAINT_NOT_FOUND',
        ),
      ],
    });
    return {
      'GET /api/v1/complaints': [
        hidden('complaints', () => api.get(API), a.complaint),
        hidden('complaints by words', () => api.get(`${API}?q=BB`)),
        notFound('complaints of BB', () => api.get(`${API}?board=BB`), 'COMPLAINTS_BOARD_NOT_FOUND'),
      ],
      'POST /api/v1/complaints': [
        notFound(
          'a complaint received for BB',
          () =>
            api.post(API, {
              board: 'BB',
              kind: 'complaint',
              channel: 'direct',
              receivedOn: '2026-03-02',
              subject: 'Lạ',
              content: 'Lạ',
              field: 'other',
              reporter: { fullName: 'Người lạ' },
            }),
          'COMPLAINTS_BOARD_NOT_FOUND',
        ),
        unknownReference(
          'a complaint against a BB enterprise',
          () =>
            api.post(API, {
              kind: 'denunciation',
              channel: 'direct',
              receivedOn: '2026-03-02',
              subject: 'Lạ',
              content: 'Lạ',
              field: 'other',
              respondentEnterpriseId: b.enterprise,
              reporter: { fullName: 'Người lạ' },
            }),
          'COMPLAINT_ENTERPRISE_NOT_FOUND',
        ),
      ],
      'GET /api/v1/complaints/handlers': [
        hidden('handlers', () => api.get(`${API}/handlers`), adminA.id),
        notFound('handlers of BB', () => api.get(`${API}/handlers?board=BB`), 'COMPLAINTS_BOARD_NOT_FOUND'),
      ],
      'GET /api/v1/complaints/statistics': [
        hidden('complaint statistics', () => api.get(`${API}/statistics?year=2026`), '"AA"'),
        notFound('complaint statistics of BB', () => api.get(`${API}/statistics?year=2026&board=BB`)),
      ],
      'GET /api/v1/complaints/{id}': [
        notFound('complaint', () => api.get(`${API}/${id}`), 'COMPLAINT_NOT_FOUND'),
      ],
      'PATCH /api/v1/complaints/{id}': [
        notFound(
          'complaint',
          () => api.patch(`${API}/${id}`, { version: 1, subject: 'Đổi' }),
          'COMPLAINT_NOT_FOUND',
        ),
        unknownReference(
          'AA complaint against a BB enterprise',
          () => api.patch(`${API}/${a.complaint}`, { version: 1, respondentEnterpriseId: b.enterprise }),
          'COMPLAINT_ENTERPRISE_NOT_FOUND',
        ),
      ],
      ...step('assign', { handlerUserId: adminA.id, department: 'Phòng AA' }),
      ...step('accept', { acceptedOn: '2026-03-04' }),
      ...step('refuse', { refusedOn: '2026-03-04', reason: 'Không thuộc thẩm quyền' }),
      ...step('extend', { workingDays: 5, reason: 'Phức tạp' }),
      ...step('settle', {
        result: 'upheld',
        resultSummary: 'Đúng',
        decisionNumber: '1/QĐ',
        settledOn: '2026-04-01',
      }),
      ...step('publish', { publishedOn: '2026-04-05', publication: 'Niêm yết' }),
      ...step('withdraw', { on: '2026-03-04', reason: 'Rút' }),
      'POST /api/v1/complaints/{id}/assign': [
        notFound(
          'complaint to assign',
          () =>
            api.post(`${API}/${id}/assign`, { version: 1, handlerUserId: adminA.id, department: 'Phòng AA' }),
          'COMPLAINT_NOT_FOUND',
        ),
        unknownReference(
          'AA complaint assigned to BB staff',
          () =>
            api.post(`${API}/${a.complaint}/assign`, {
              version: 1,
              handlerUserId: b.user,
              department: 'Phòng',
            }),
          'COMPLAINT_HANDLER_INVALID',
        ),
      ],
      'GET /api/v1/complaints/{id}/reporter': [
        notFound('reporter', () => api.get(`${API}/${id}/reporter`), 'COMPLAINT_NOT_FOUND'),
      ],
      'PUT /api/v1/complaints/{id}/reporter': [
        notFound(
          'reporter',
          () => api.put(`${API}/${id}/reporter`, { version: 1, fullName: 'Đổi tên' }),
          'COMPLAINT_NOT_FOUND',
        ),
      ],
    };
  },
};
