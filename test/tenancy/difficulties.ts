import { expect } from 'vitest';
import { createDifficultiesRecords } from '../difficulties-fixtures.ts';
import type { TenancyModule } from './modules.ts';
import { forbidden, hidden, notFound, probe, unknownReference } from './probes.ts';

const API = '/api/v1/difficulties';

/** The difficulties module's routes: BB's records and AA's probes of them. */
export const difficultiesTenancy: TenancyModule = {
  async setup({ ctx, adminA, staffB, firmA, a, b, markers }) {
    const bb = await createDifficultiesRecords(ctx, { staff: staffB, board: 'BB', label: 'BB' });
    b.difficulty = bb.difficulty;
    markers.push(JSON.stringify(bb.title));
    const aa = await createDifficultiesRecords(ctx, { staff: adminA, board: 'AA', label: 'AA' });
    a.difficulty = aa.difficulty;
    // Raised from AA's enterprise account: what that account's own list shows.
    const raised = await firmA.post(API, {
      topic: 'procedure',
      title: 'Chậm cấp giấy phép lao động cho chuyên gia',
      content: 'Hồ sơ nộp đã ba tuần.',
    });
    expect(raised.status, JSON.stringify(raised.body)).toBe(201);
    a.firmDifficulty = raised.body.id;
  },

  probes: ({ adminA, firmA, a, b }) => {
    const api = adminA.api;
    const id = b.difficulty;
    return {
      'GET /api/v1/difficulties': [
        hidden('difficulties', () => api.get(API), a.difficulty),
        hidden('difficulties by name', () => api.get(`${API}?q=BB`)),
        hidden("BB's enterprise's difficulties", () => api.get(`${API}?enterpriseId=${b.enterprise}`)),
        notFound('difficulties of BB', () => api.get(`${API}?board=BB`), 'DIFFICULTY_BOARD_NOT_FOUND'),
        hidden('enterprise account: difficulties', () => firmA.get(API), a.firmDifficulty),
        hidden("enterprise account: BB's enterprise's", () =>
          firmA.get(`${API}?enterpriseId=${b.enterprise}`),
        ),
        notFound('enterprise account: BB', () => firmA.get(`${API}?board=BB`), 'DIFFICULTY_BOARD_NOT_FOUND'),
      ],
      'POST /api/v1/difficulties': [
        unknownReference(
          "recorded for BB's enterprise",
          () =>
            api.post(API, {
              enterpriseId: b.enterprise,
              topic: 'land',
              title: 'Xâm nhập',
              content: 'x',
              channel: 'letter',
              raisedOn: '2026-01-05',
            }),
          'DIFFICULTY_ENTERPRISE_NOT_FOUND',
        ),
        probe(
          "enterprise account naming BB's enterprise",
          () =>
            firmA.post(API, { enterpriseId: b.enterprise, topic: 'land', title: 'Xâm nhập', content: 'x' }),
          { status: 422, code: 'DIFFICULTY_FIELD_NOT_ALLOWED' },
        ),
      ],
      'GET /api/v1/difficulties/{id}': [
        notFound('difficulty', () => api.get(`${API}/${id}`), 'DIFFICULTY_NOT_FOUND'),
        notFound('enterprise account: difficulty', () => firmA.get(`${API}/${id}`), 'DIFFICULTY_NOT_FOUND'),
      ],
      'PATCH /api/v1/difficulties/{id}': [
        notFound(
          'edit',
          () => api.patch(`${API}/${id}`, { version: 1, title: 'Sửa' }),
          'DIFFICULTY_NOT_FOUND',
        ),
      ],
      'POST /api/v1/difficulties/{id}/route': [
        notFound(
          'route',
          () =>
            api.post(`${API}/${id}/route`, {
              version: 1,
              responsibleKind: 'department',
              responsible: 'Phòng X',
            }),
          'DIFFICULTY_NOT_FOUND',
        ),
        forbidden('enterprise account: route', () =>
          firmA.post(`${API}/${id}/route`, {
            version: 1,
            responsibleKind: 'department',
            responsible: 'Phòng X',
          }),
        ),
      ],
      'POST /api/v1/difficulties/{id}/answer': [
        notFound(
          'answer',
          () => api.post(`${API}/${id}/answer`, { version: 1, answer: 'x', answeredOn: '2026-03-10' }),
          'DIFFICULTY_NOT_FOUND',
        ),
      ],
      'POST /api/v1/difficulties/{id}/confirm': [
        notFound('confirm', () => api.post(`${API}/${id}/confirm`, { version: 1 }), 'DIFFICULTY_NOT_FOUND'),
        notFound(
          'enterprise account: confirm',
          () => firmA.post(`${API}/${id}/confirm`, { version: 1 }),
          'DIFFICULTY_NOT_FOUND',
        ),
      ],
      'POST /api/v1/difficulties/{id}/reopen': [
        notFound(
          'reopen',
          () => api.post(`${API}/${id}/reopen`, { version: 1, feedback: 'Mở lại' }),
          'DIFFICULTY_NOT_FOUND',
        ),
        notFound(
          'enterprise account: reopen',
          () => firmA.post(`${API}/${id}/reopen`, { version: 1, feedback: 'Mở lại' }),
          'DIFFICULTY_NOT_FOUND',
        ),
      ],
      'GET /api/v1/difficulties/stuck': [
        hidden('stuck', () => api.get(`${API}/stuck?asOf=2030-01-01`), a.firmDifficulty),
        notFound('stuck of BB', () => api.get(`${API}/stuck?board=BB`), 'DIFFICULTY_BOARD_NOT_FOUND'),
      ],
      'GET /api/v1/difficulties/statistics': [
        hidden('statistics', () => api.get(`${API}/statistics?year=2026`)),
        notFound(
          'statistics of BB',
          () => api.get(`${API}/statistics?year=2026&board=BB`),
          'DIFFICULTY_BOARD_NOT_FOUND',
        ),
      ],
    };
  },
};
