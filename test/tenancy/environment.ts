import { createEnvironmentRecords } from '../environment-fixtures.ts';
import type { TenancyModule } from './modules.ts';
import { hidden, notFound, unknownReference } from './probes.ts';

const API = '/api/v1/environment';

/** The environment module's routes: BB's records and AA's probes of them. */
export const environmentTenancy: TenancyModule = {
  async setup({ ctx, adminA, staffB, a, b, markers }) {
    const bb = await createEnvironmentRecords(ctx, { staff: staffB, board: 'BB', label: 'BB' });
    b.envStandard = bb.standard;
    b.envPlant = bb.plant;
    b.envConnection = bb.connection;
    b.envSample = bb.sample;
    markers.push(JSON.stringify(bb.plantName), '"GP-BB"', '"Trung tâm quan trắc BB"');
    const aa = await createEnvironmentRecords(ctx, { staff: adminA, board: 'AA', label: 'AA' });
    a.envStandard = aa.standard;
    a.envPlant = aa.plant;
    a.envSample = aa.sample;
    a.envConnection = aa.connection;
  },

  probes: ({ adminA, a, b }) => {
    const api = adminA.api;
    const plantBody = (zoneId: string, standardId: string | null = null) => ({
      zoneId,
      name: 'Nhà máy xâm nhập',
      capacityM3PerDay: '10',
      standardId,
    });
    const sampleBody = { sampledOn: '2024-01-01', results: [{ parameterCode: 'COD', value: '1' }] };
    return {
      'GET /api/v1/environment/standards': [
        hidden('standards', () => api.get(`${API}/standards`), a.envStandard),
        notFound(
          'standards of BB',
          () => api.get(`${API}/standards?board=BB`),
          'ENVIRONMENT_BOARD_NOT_FOUND',
        ),
      ],
      'POST /api/v1/environment/standards': [
        notFound(
          'standard in BB',
          () =>
            api.post(`${API}/standards`, {
              board: 'BB',
              code: 'X',
              name: 'Quy chuẩn xâm nhập',
              parameters: [{ code: 'COD', name: 'COD', unit: 'mg/l', maxValue: '1' }],
            }),
          'ENVIRONMENT_BOARD_NOT_FOUND',
        ),
      ],
      'POST /api/v1/environment/standards/builtin': [
        notFound(
          'built-in standard copied into BB',
          () => api.post(`${API}/standards/builtin`, { board: 'BB', code: 'QCVN40-2011-A' }),
          'ENVIRONMENT_BOARD_NOT_FOUND',
        ),
      ],
      'GET /api/v1/environment/standards/{id}': [
        notFound(
          'standard',
          () => api.get(`${API}/standards/${b.envStandard}`),
          'ENVIRONMENT_STANDARD_NOT_FOUND',
        ),
      ],
      'PATCH /api/v1/environment/standards/{id}': [
        notFound(
          'standard update',
          () => api.patch(`${API}/standards/${b.envStandard}`, { version: 1, name: 'Đổi tên' }),
          'ENVIRONMENT_STANDARD_NOT_FOUND',
        ),
      ],
      'DELETE /api/v1/environment/standards/{id}': [
        notFound(
          'standard deletion',
          () => api.delete(`${API}/standards/${b.envStandard}?version=1`),
          'ENVIRONMENT_STANDARD_NOT_FOUND',
        ),
      ],
      'GET /api/v1/environment/plants': [
        hidden('plants', () => api.get(`${API}/plants`), a.envPlant),
        hidden("plants of BB's zone", () => api.get(`${API}/plants?zoneId=${b.zone}`)),
        notFound('plants of BB', () => api.get(`${API}/plants?board=BB`), 'ENVIRONMENT_BOARD_NOT_FOUND'),
      ],
      'POST /api/v1/environment/plants': [
        unknownReference(
          "plant in BB's zone",
          () => api.post(`${API}/plants`, plantBody(b.zone!)),
          'ENVIRONMENT_ZONE_NOT_FOUND',
        ),
        unknownReference(
          "own plant designed to BB's standard",
          () => api.post(`${API}/plants`, plantBody(a.zone!, b.envStandard!)),
          'ENVIRONMENT_PLANT_STANDARD_NOT_FOUND',
        ),
      ],
      'GET /api/v1/environment/plants/{id}': [
        notFound('plant', () => api.get(`${API}/plants/${b.envPlant}`), 'ENVIRONMENT_PLANT_NOT_FOUND'),
      ],
      'PATCH /api/v1/environment/plants/{id}': [
        notFound(
          'plant update',
          () => api.patch(`${API}/plants/${b.envPlant}`, { version: 1, name: 'Đổi tên' }),
          'ENVIRONMENT_PLANT_NOT_FOUND',
        ),
        unknownReference(
          "own plant given BB's standard",
          () => api.patch(`${API}/plants/${a.envPlant}`, { version: 1, standardId: b.envStandard }),
          'ENVIRONMENT_PLANT_STANDARD_NOT_FOUND',
        ),
      ],
      'POST /api/v1/environment/plants/{id}/connections': [
        notFound(
          "connection to BB's plant",
          () =>
            api.post(`${API}/plants/${b.envPlant}/connections`, {
              enterpriseId: a.enterprise,
              connectedOn: '2024-01-01',
            }),
          'ENVIRONMENT_PLANT_NOT_FOUND',
        ),
        unknownReference(
          "BB's enterprise connected to own plant",
          () =>
            api.post(`${API}/plants/${a.envPlant}/connections`, {
              enterpriseId: b.enterprise,
              connectedOn: '2024-01-01',
            }),
          'ENVIRONMENT_ENTERPRISE_NOT_FOUND',
        ),
      ],
      'POST /api/v1/environment/connections/{id}/end': [
        notFound(
          'connection ended',
          () =>
            api.post(`${API}/connections/${b.envConnection}/end`, {
              version: 1,
              disconnectedOn: '2024-01-01',
            }),
          'ENVIRONMENT_CONNECTION_NOT_FOUND',
        ),
      ],
      'POST /api/v1/environment/plants/{id}/samples': [
        notFound(
          "sample of BB's plant",
          () => api.post(`${API}/plants/${b.envPlant}/samples`, sampleBody),
          'ENVIRONMENT_PLANT_NOT_FOUND',
        ),
      ],
      'GET /api/v1/environment/samples': [
        hidden('samples', () => api.get(`${API}/samples`), a.envSample),
        hidden("samples of BB's plant", () => api.get(`${API}/samples?plantId=${b.envPlant}`)),
        hidden("samples of BB's zone", () => api.get(`${API}/samples?zoneId=${b.zone}`)),
        notFound('samples of BB', () => api.get(`${API}/samples?board=BB`), 'BOARD_NOT_FOUND'),
      ],
      'GET /api/v1/environment/plants/{id}/series': [
        notFound(
          "series of BB's plant",
          () => api.get(`${API}/plants/${b.envPlant}/series?parameter=COD`),
          'ENVIRONMENT_PLANT_NOT_FOUND',
        ),
      ],
      'GET /api/v1/environment/report': [
        hidden('environment report', () => api.get(`${API}/report?period=2020`), a.zone),
        notFound(
          "BB's environment report",
          () => api.get(`${API}/report?period=2020&board=BB`),
          'BOARD_NOT_FOUND',
        ),
      ],
    };
  },
};
