import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { formsOf, type DossierDetail } from './dossiers.api.ts';
import { vietnamInstant } from './instant.ts';

describe('vietnamInstant', () => {
  it('writes the picked wall-clock time as Vietnam time, whatever the browser zone', () => {
    expect(vietnamInstant(dayjs('2026-02-13T09:30:45'))).toBe('2026-02-13T09:30:00+07:00');
    expect(vietnamInstant(dayjs('2026-12-31T23:59'))).toBe('2026-12-31T23:59:00+07:00');
  });

  it('leaves the moment out when nothing was picked (the server takes now)', () => {
    expect(vietnamInstant(null)).toBeUndefined();
    expect(vietnamInstant(undefined)).toBeUndefined();
  });
});

describe('formsOf', () => {
  const dossier = (over: Partial<DossierDetail>) =>
    ({ receivedAt: null, supplements: [], status: 'submitted', apology: null, ...over }) as DossierDetail;
  const supplement = {
    id: 's',
    requestedAt: '2026-02-24T10:00:00+07:00',
    reason: 'x',
    requestedBy: 'a',
    suppliedAt: null,
    suppliedNote: null,
  };

  it('offers nothing for a submission not yet received', () => {
    expect(formsOf(dossier({}))).toEqual([]);
  });

  it('offers the receipt slip (01) once received, 02 after a supplement request, 04 with an apology', () => {
    const received = { receivedAt: '2026-02-13T09:30:00+07:00', status: 'processing' as const };
    expect(formsOf(dossier(received))).toEqual(['01']);
    expect(formsOf(dossier({ ...received, supplements: [supplement] }))).toEqual(['01', '02']);
    expect(
      formsOf(
        dossier({
          ...received,
          apology: { at: '2026-03-02T08:00:00+07:00', reason: 'r', newDate: '2026-03-10' },
        }),
      ),
    ).toEqual(['01', '04']);
  });

  it('offers the refusal slip (03) for a dossier not accepted', () => {
    expect(formsOf(dossier({ status: 'not_accepted' }))).toEqual(['03']);
  });
});
