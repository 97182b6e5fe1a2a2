import { describe, expect, it } from 'vitest';
import {
  countLinks,
  percentOneDecimal,
  promotionFigures,
  spamReason,
  stageChangeRefusal,
} from './promotion.ts';

const change = (over: Partial<Parameters<typeof stageChangeRefusal>[0]>) =>
  stageChangeRefusal({
    current: 'enquiry',
    currentSince: '2025-03-01',
    next: 'site_visit',
    since: '2025-04-01',
    today: '2025-12-31',
    hasProject: false,
    ...over,
  });

describe('lead stages', () => {
  it('moves forward one or more steps and to lost from an open stage', () => {
    expect(change({})).toBeNull();
    expect(change({ next: 'policy_decision' })).toBeNull();
    expect(change({ next: 'certificate', hasProject: true })).toBeNull();
    expect(change({ current: 'policy_decision', next: 'lost' })).toBeNull();
    expect(change({ since: '2025-03-01' })).toBeNull();
  });
  it('never goes back or stays, and stops at certificate or lost', () => {
    expect(change({ current: 'site_visit', next: 'enquiry' })).toBe('not_forward');
    expect(change({ current: 'site_visit', next: 'site_visit' })).toBe('not_forward');
    expect(change({ current: 'certificate', next: 'lost' })).toBe('final');
    expect(change({ current: 'lost', next: 'site_visit' })).toBe('final');
  });
  it('is dated between the previous change and today', () => {
    expect(change({ since: '2025-02-28' })).toBe('before_previous');
    expect(change({ since: '2026-01-01' })).toBe('future');
  });
  it('needs the project for a certificate', () => {
    expect(change({ next: 'certificate' })).toBe('project_required');
  });
});

describe('the spam guard', () => {
  const form = { honeypot: '', tokenValid: true, issuedAtMs: 0, nowMs: 10_000, texts: ['Xin chào'] };
  it('lets a plain enquiry through', () => expect(spamReason(form)).toBeNull());
  it('catches the honeypot, a bad token, haste, age and links', () => {
    expect(spamReason({ ...form, honeypot: 'x' })).toBe('honeypot');
    expect(spamReason({ ...form, tokenValid: false })).toBe('bad_token');
    expect(spamReason({ ...form, nowMs: 2_999 })).toBe('too_fast');
    expect(spamReason({ ...form, nowMs: 3_000 })).toBeNull();
    expect(spamReason({ ...form, nowMs: 7_200_000 })).toBeNull();
    expect(spamReason({ ...form, nowMs: 7_200_001 })).toBe('expired');
    expect(spamReason({ ...form, texts: ['http://a http://b', 'www.c'] })).toBe('too_many_links');
    expect(spamReason({ ...form, texts: ['http://a', 'www.c'] })).toBeNull();
  });
  it('counts links', () => expect(countLinks('see https://x.vn and [url=y] or WWW.z')).toBe(3));
});

describe("the year's figures", () => {
  it('counts leads, stages, certificates with capital, events, meetings and conversion', () => {
    const f = promotionFigures(2025, {
      leads: [
        {
          source: 'enquiry',
          stages: [
            { stage: 'enquiry', since: '2025-01-10' },
            { stage: 'policy_decision', since: '2025-05-01' },
            { stage: 'certificate', since: '2025-09-01' },
          ],
          capitalVnd: 230_000_000_000n,
        },
        {
          source: 'enquiry',
          stages: [
            { stage: 'enquiry', since: '2025-02-01' },
            { stage: 'lost', since: '2025-03-01' },
          ],
          capitalVnd: null,
        },
        { source: 'event', stages: [{ stage: 'site_visit', since: '2025-06-01' }], capitalVnd: null },
        {
          source: 'meeting',
          stages: [
            { stage: 'enquiry', since: '2024-06-01' },
            { stage: 'certificate', since: '2025-02-01' },
          ],
          capitalVnd: 100n,
        },
      ],
      events: [
        { kind: 'delegation_abroad', startsOn: '2025-04-01', countryCode: 'JP' },
        { kind: 'conference', startsOn: '2025-10-01', countryCode: 'VN' },
        { kind: 'conference', startsOn: '2024-10-01', countryCode: 'VN' },
      ],
      meetingDates: ['2025-01-01', '2025-12-31', '2026-01-01'],
      enquiryDates: ['2025-01-09'],
    });
    expect(f.leadsOpened).toBe(3);
    expect(f.reachedByStage).toEqual({
      enquiry: 3,
      site_visit: 2,
      policy_decision: 1,
      certificate: 1,
      lost: 1,
    });
    expect(f.bySource).toEqual({ enquiry: 2, event: 1, meeting: 0, referral: 0, other: 0 });
    expect(f.certificates).toBe(2);
    expect(f.certificateCapitalVnd).toBe('230000000100');
    expect(f.events).toBe(2);
    expect(f.eventsAbroad).toBe(1);
    expect(f.eventsAtHome).toBe(1);
    expect(f.eventsByKind.conference).toBe(1);
    expect(f.meetings).toBe(2);
    expect(f.enquiries).toBe(1);
    expect(f.conversionPct).toBe('50.0');
  });
  it('rounds per cents half up', () => {
    expect(percentOneDecimal(1, 3)).toBe('33.3');
    expect(percentOneDecimal(2, 3)).toBe('66.7');
    expect(percentOneDecimal(0, 0)).toBeNull();
  });
});
