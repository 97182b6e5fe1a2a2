import { createInfrastructureRecords } from '../infrastructure-fixtures.ts';
import type { TenancyModule } from './modules.ts';
import { hidden, notFound, unknownReference } from './probes.ts';

const API = '/api/v1/infrastructure';

/** The infrastructure module's routes: BB's works and AA's probes of them. */
export const infrastructureTenancy: TenancyModule = {
  async setup({ ctx, adminA, staffB, a, b, markers }) {
    const bb = await createInfrastructureRecords(ctx, { staff: staffB, board: 'BB', label: 'BB' });
    b.infraWork = bb.work;
    b.infraReport = bb.reports[0]!;
    markers.push(JSON.stringify(bb.workName), '"Ghi chú hạ tầng BB"', '"Báo cáo quý IV BB"');
    const aa = await createInfrastructureRecords(ctx, { staff: adminA, board: 'AA', label: 'AA' });
    a.infraWork = aa.work;
  },

  probes: ({ adminA, a, b }) => {
    const api = adminA.api;
    const workBody = (zoneId: string) => ({
      zoneId,
      kind: 'drainage',
      name: 'Công trình xâm nhập',
      capacityUnit: 'km',
      plannedCompletionOn: '2024-12-31',
    });
    return {
      'GET /api/v1/infrastructure/works': [
        hidden('works', () => api.get(`${API}/works`), a.infraWork),
        hidden(
          'late works',
          () => api.get(`${API}/works?state=late&state=behind&state=completed`),
          a.infraWork,
        ),
        hidden("works of BB's zone", () => api.get(`${API}/works?zone=${b.zone}`)),
        notFound('works of BB', () => api.get(`${API}/works?board=BB`), 'BOARD_NOT_FOUND'),
      ],
      'POST /api/v1/infrastructure/works': [
        unknownReference(
          "work in BB's zone",
          () => api.post(`${API}/works`, workBody(b.zone!)),
          'INFRASTRUCTURE_ZONE_NOT_FOUND',
        ),
      ],
      'GET /api/v1/infrastructure/works/{id}': [
        notFound('work', () => api.get(`${API}/works/${b.infraWork}`), 'INFRASTRUCTURE_WORK_NOT_FOUND'),
      ],
      'PATCH /api/v1/infrastructure/works/{id}': [
        notFound(
          'work update',
          () => api.patch(`${API}/works/${b.infraWork}`, { version: 2, name: 'Đổi tên' }),
          'INFRASTRUCTURE_WORK_NOT_FOUND',
        ),
      ],
      'POST /api/v1/infrastructure/works/{id}/progress': [
        notFound(
          "progress of BB's work",
          () =>
            api.post(`${API}/works/${b.infraWork}/progress`, {
              reportedOn: '2022-01-01',
              progressPct: '100',
            }),
          'INFRASTRUCTURE_WORK_NOT_FOUND',
        ),
      ],
      'GET /api/v1/infrastructure/summary': [
        hidden('summary', () => api.get(`${API}/summary`)),
        notFound("BB's summary", () => api.get(`${API}/summary?board=BB`), 'BOARD_NOT_FOUND'),
      ],
    };
  },
};
