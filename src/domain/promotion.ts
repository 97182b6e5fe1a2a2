/**
 * Investment promotion (xúc tiến đầu tư): events and delegations, organisations and contacts,
 * working sessions, and leads through their stages to a licensed project.
 */
export const PROMOTION_EVENT_KINDS = [
  'delegation_abroad',
  'delegation_home',
  'conference',
  'fair',
  'webinar',
  'other',
] as const;
export type PromotionEventKind = (typeof PROMOTION_EVENT_KINDS)[number];

export const ORGANISATION_KINDS = ['company', 'association', 'agency', 'consultant', 'other'] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

/** Where a lead came from. */
export const LEAD_SOURCES = ['enquiry', 'event', 'meeting', 'referral', 'other'] as const;
export type LeadSource = (typeof LEAD_SOURCES)[number];

/** enquiry → site visit → policy decision → certificate; `lost` ends a lead without a project. */
export const LEAD_STAGES = ['enquiry', 'site_visit', 'policy_decision', 'certificate', 'lost'] as const;
export type LeadStage = (typeof LEAD_STAGES)[number];

/** A public enquiry's handling: new, made into a lead, set aside as spam, or closed. */
export const ENQUIRY_STATUSES = ['new', 'lead', 'spam', 'closed'] as const;
export type EnquiryStatus = (typeof ENQUIRY_STATUSES)[number];

/** The open stages in their order; a lead moves forward along them, to 'lost' from any, and stops at 'certificate' or 'lost'. */
export const LEAD_PATH = ['enquiry', 'site_visit', 'policy_decision', 'certificate'] as const;
export const FINAL_STAGES: readonly LeadStage[] = ['certificate', 'lost'];

export const isFinalStage = (stage: LeadStage): boolean => FINAL_STAGES.includes(stage);

/** Why a stage change is refused (null when it is allowed). */
export type StageRefusal = 'final' | 'not_forward' | 'before_previous' | 'future' | 'project_required';

/**
 * A lead's next stage: forward one or more steps along enquiry → site visit → policy decision →
 * certificate, or to 'lost' from any open stage; never back, never from a final stage. Dated not
 * before the previous change and not after today; 'certificate' needs the licensed project.
 */
export function stageChangeRefusal(change: {
  current: LeadStage;
  currentSince: string;
  next: LeadStage;
  since: string;
  today: string;
  hasProject: boolean;
}): StageRefusal | null {
  if (isFinalStage(change.current)) return 'final';
  if (change.next !== 'lost') {
    const from = LEAD_PATH.indexOf(change.current as (typeof LEAD_PATH)[number]);
    const to = LEAD_PATH.indexOf(change.next as (typeof LEAD_PATH)[number]);
    if (to <= from) return 'not_forward';
  }
  if (change.since > change.today) return 'future';
  if (change.since < change.currentSince) return 'before_previous';
  if (change.next === 'certificate' && !change.hasProject) return 'project_required';
  return null;
}

// ─── The public enquiry form's spam guard ─────────────────────────────────────────────────────

/** A form is sent at least 3 s and at most 2 h after its token was issued. */
export const FORM_MIN_FILL_MS = 3_000;
export const FORM_MAX_AGE_MS = 2 * 60 * 60 * 1000;
/** At most this many links in an enquiry's message. */
export const ENQUIRY_MAX_LINKS = 2;
export const ENQUIRY_MESSAGE_MAX = 4000;

/** Links in a text: http(s)://…, www.…, and [url=…] markup. */
export function countLinks(text: string): number {
  return (text.match(/https?:\/\/|www\.|\[url[=\]]/gi) ?? []).length;
}

export type SpamReason = 'honeypot' | 'bad_token' | 'too_fast' | 'expired' | 'too_many_links';

/**
 * Why a public enquiry is taken for spam (null when it passes): the hidden field filled, a token
 * not ours, sent too soon or too late after the form was issued, too many links.
 */
export function spamReason(form: {
  honeypot: string | undefined | null;
  tokenValid: boolean;
  issuedAtMs: number;
  nowMs: number;
  texts: string[];
}): SpamReason | null {
  if (form.honeypot !== undefined && form.honeypot !== null && form.honeypot.trim() !== '') return 'honeypot';
  if (!form.tokenValid) return 'bad_token';
  const age = form.nowMs - form.issuedAtMs;
  if (age < FORM_MIN_FILL_MS) return 'too_fast';
  if (age > FORM_MAX_AGE_MS) return 'expired';
  if (form.texts.reduce((n, t) => n + countLinks(t), 0) > ENQUIRY_MAX_LINKS) return 'too_many_links';
  return null;
}

// ─── The year's figures ───────────────────────────────────────────────────────────────────────

export interface FigureLead {
  source: LeadSource;
  /** Its stage history, oldest first (the first entry opens it). */
  stages: { stage: LeadStage; since: string }[];
  /** The linked project's registered capital (đồng), when there is one. */
  capitalVnd: bigint | null;
}
export interface FigureEvent {
  kind: PromotionEventKind;
  startsOn: string;
  countryCode: string;
}

export interface PromotionFigures {
  year: number;
  leadsOpened: number;
  /** Of the leads opened in the year: how many reached each stage (by now). */
  reachedByStage: Record<LeadStage, number>;
  /** Leads opened in the year by source. */
  bySource: Record<LeadSource, number>;
  /** Leads moved to 'certificate' in the year, and the registered capital of their projects. */
  certificates: number;
  certificateCapitalVnd: string;
  events: number;
  eventsByKind: Record<PromotionEventKind, number>;
  eventsAbroad: number;
  eventsAtHome: number;
  meetings: number;
  enquiries: number;
  /** Leads opened in the year at 'enquiry' that reached 'certificate', in per cent with one decimal; null with none opened. */
  conversionPct: string | null;
}

const zeros = <K extends string>(keys: readonly K[]): Record<K, number> =>
  Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;

/** Per cent with one decimal, rounded half up, from whole counts (no floats in the result). */
export function percentOneDecimal(part: number, whole: number): string | null {
  if (whole === 0) return null;
  const tenths = Math.floor((part * 2000 + whole) / (2 * whole));
  return `${Math.floor(tenths / 10)}.${tenths % 10}`;
}

/** The year's promotion figures from the rows. */
export function promotionFigures(
  year: number,
  rows: { leads: FigureLead[]; events: FigureEvent[]; meetingDates: string[]; enquiryDates: string[] },
): PromotionFigures {
  const inYear = (date: string) => date.startsWith(`${year}-`);
  const reachedByStage = zeros(LEAD_STAGES);
  const bySource = zeros(LEAD_SOURCES);
  let leadsOpened = 0;
  let fromEnquiry = 0;
  let enquiryToCertificate = 0;
  let certificates = 0;
  let capital = 0n;
  for (const lead of rows.leads) {
    const first = lead.stages[0];
    if (!first) continue;
    const cert = lead.stages.find((s) => s.stage === 'certificate');
    if (cert && inYear(cert.since)) {
      certificates += 1;
      capital += lead.capitalVnd ?? 0n;
    }
    if (!inYear(first.since)) continue;
    leadsOpened += 1;
    bySource[lead.source] += 1;
    const reached = new Set<LeadStage>();
    for (const s of lead.stages) {
      reached.add(s.stage);
      // Reaching a stage on the path means having passed those before it.
      const at = LEAD_PATH.indexOf(s.stage as (typeof LEAD_PATH)[number]);
      for (let i = 0; i < at; i += 1) reached.add(LEAD_PATH[i]!);
    }
    for (const stage of reached) reachedByStage[stage] += 1;
    if (first.stage === 'enquiry') {
      fromEnquiry += 1;
      if (cert) enquiryToCertificate += 1;
    }
  }
  const eventsByKind = zeros(PROMOTION_EVENT_KINDS);
  let eventsAbroad = 0;
  const events = rows.events.filter((e) => inYear(e.startsOn));
  for (const event of events) {
    eventsByKind[event.kind] += 1;
    if (event.countryCode !== 'VN') eventsAbroad += 1;
  }
  return {
    year,
    leadsOpened,
    reachedByStage,
    bySource,
    certificates,
    certificateCapitalVnd: capital.toString(),
    events: events.length,
    eventsByKind,
    eventsAbroad,
    eventsAtHome: events.length - eventsAbroad,
    meetings: rows.meetingDates.filter(inYear).length,
    enquiries: rows.enquiryDates.filter(inYear).length,
    conversionPct: percentOneDecimal(enquiryToCertificate, fromEnquiry),
  };
}
