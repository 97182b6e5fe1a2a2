import { expect } from 'vitest';
import type { TenancyModule } from './modules.ts';
import { hidden, notFound } from './probes.ts';

/**
 * The agenda module's routes: BB's records and AA's probes of them. BB keeps an overdue dossier
 * (and, from the suite's own setup, a report awaiting review); AA's agenda must hold none of them,
 * and naming BB is refused as a board AA does not see.
 */
export const agendaTenancy: TenancyModule = {
  async setup({ staffB, b, markers }) {
    const received = await staffB.api.post('/api/v1/dossiers', {
      procedureId: b.procedure,
      channel: 'counter',
      applicant: { name: 'Người nộp quá hạn BB' },
      summary: 'Hồ sơ quá hạn riêng của BB',
      receivedAt: '2026-01-06T09:00:00+07:00',
    });
    expect(received.status, JSON.stringify(received.body)).toBe(201);
    b.agendaDossier = received.body.id;
    markers.push(received.body.code, 'Người nộp quá hạn BB');
    // BB's own agenda lists it: its absence from AA's means something.
    const own = await staffB.api.get(`/api/v1/agenda?today=${received.body.dueDate}`);
    expect(JSON.stringify(own.body)).toContain(received.body.id);
  },
  probes: ({ adminA, a }) => {
    const api = adminA.api;
    return {
      'GET /api/v1/agenda': [
        hidden('agenda', () => api.get('/api/v1/agenda'), a.dossier),
        hidden('agenda looking ahead', () => api.get('/api/v1/agenda?today=2026-12-31'), a.dossier),
        hidden('agenda of AA named', () => api.get('/api/v1/agenda?board=AA&today=2026-02-02'), a.dossier),
        notFound('agenda of BB', () => api.get('/api/v1/agenda?board=BB'), 'AGENDA_BOARD_NOT_FOUND'),
        notFound(
          'agenda of BB ahead',
          () => api.get('/api/v1/agenda?board=BB&today=2026-12-31'),
          'AGENDA_BOARD_NOT_FOUND',
        ),
      ],
    };
  },
};
