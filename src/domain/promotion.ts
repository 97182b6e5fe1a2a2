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
