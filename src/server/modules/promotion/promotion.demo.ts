/**
 * A modest promotion register for the demo board (Thái Bình, 'TB'): a delegation to Japan and
 * Korea, a conference at home, a delegation received, a seminar in Korea; the agencies and firms
 * met; working sessions with follow-ups; leads at each stage, one of them at 'certificate' linked
 * to the board's latest licensed project.
 *
 * THE ORGANISATIONS, PEOPLE, SESSIONS AND LEADS ARE INVENTED for the demonstration (each note says
 * "dữ liệu minh họa"); agencies are named by their kind only. Loaded through the services, so every
 * record is checked and audited. Deterministic: dates are fixed, or counted from the project's
 * licensing date; nothing is dated after today.
 */
import { and, desc, eq, isNotNull } from 'drizzle-orm';
import { systemActor, type Actor } from '../../kernel/actor.ts';
import type { Db } from '../../kernel/db/database.ts';
import { addDays, vietnamToday } from '../../../domain/calendar-date.ts';
import { projects } from '../projects/index.ts';
import { createContact, createEvent, createMeeting, createOrganisation } from './directory.service.ts';
import { changeStage, createLead } from './leads.service.ts';
import { promotionOrganisations } from './promotion.tables.ts';

export const PROMOTION_DEMO_NOTE = 'dữ liệu minh họa';

export interface PromotionDemoSummary {
  organisations: number;
  events: number;
  meetings: number;
  leads: number;
  certificateProjectCode: string | null;
}

/** Loads the demo register into `board` once (nothing when the board already has organisations). */
export async function loadPromotionDemo(
  db: Db,
  board: { id: string; code: string },
  actor?: Actor,
): Promise<PromotionDemoSummary> {
  const summary: PromotionDemoSummary = {
    organisations: 0,
    events: 0,
    meetings: 0,
    leads: 0,
    certificateProjectCode: null,
  };
  const [existing] = await db
    .select({ id: promotionOrganisations.id })
    .from(promotionOrganisations)
    .where(eq(promotionOrganisations.boardId, board.id))
    .limit(1);
  if (existing) return summary;
  const as = systemActor(actor?.label ?? 'demo', [board.id]);
  const b = board.code;
  const today = vietnamToday();
  const past = (date: string) => (date <= today ? date : today);
  const note = `Ghi chú: ${PROMOTION_DEMO_NOTE}.`;

  const org = async (name: string, kind: 'company' | 'association' | 'agency', countryCode: string) => {
    summary.organisations++;
    return createOrganisation(db, as, { board: b, name, kind, countryCode, website: null, note });
  };
  const jpAgency = await org('Cơ quan xúc tiến thương mại Nhật Bản tại Hà Nội (minh họa)', 'agency', 'JP');
  const krAgency = await org('Cơ quan xúc tiến thương mại Hàn Quốc tại Hà Nội (minh họa)', 'agency', 'KR');
  const jpFirm = await org('Công ty TNHH Linh kiện Chính xác Sakura (minh họa)', 'company', 'JP');
  const krFirm = await org('Công ty TNHH Dây cáp Hanul (minh họa)', 'company', 'KR');
  const vnFirm = await org('Công ty CP Dệt may Sông Trà (minh họa)', 'company', 'VN');
  const contact = await createContact(db, as, {
    board: b,
    organisationId: jpFirm.id,
    fullName: 'Sato Kenji (minh họa)',
    position: 'Giám đốc phát triển dự án',
    email: 'sato.demo@example.jp',
    phone: null,
    countryCode: 'JP',
    note,
  });
  await createContact(db, as, {
    board: b,
    organisationId: krFirm.id,
    fullName: 'Park Ji-hoon (minh họa)',
    position: 'Trưởng đại diện',
    email: 'park.demo@example.kr',
    phone: null,
    countryCode: 'KR',
    note,
  });

  const event = async (
    kind: 'delegation_abroad' | 'delegation_home' | 'conference' | 'webinar',
    name: string,
    startsOn: string,
    endsOn: string,
    place: string,
    countryCode: string,
    costVnd: string | null,
  ) => {
    summary.events++;
    return createEvent(db, as, {
      board: b,
      kind,
      name,
      startsOn,
      endsOn,
      place,
      countryCode,
      organiser: 'Ban Quản lý KKT và các KCN',
      participants: 'Lãnh đạo Ban, phòng Xúc tiến đầu tư',
      costVnd,
      outcome: `Gặp gỡ các nhà đầu tư quan tâm (${PROMOTION_DEMO_NOTE}).`,
    });
  };
  const japanKorea = await event(
    'delegation_abroad',
    'Đoàn xúc tiến đầu tư tại Nhật Bản và Hàn Quốc',
    '2024-10-14',
    '2024-10-21',
    'Tokyo, Osaka, Seoul',
    'JP',
    '850000000',
  );
  const conference = await event(
    'conference',
    'Hội nghị xúc tiến đầu tư vào các khu công nghiệp năm 2025',
    '2025-05-16',
    '2025-05-16',
    'Thành phố Thái Bình',
    'VN',
    '420000000',
  );
  await event(
    'delegation_home',
    'Đón đoàn doanh nghiệp Hàn Quốc',
    '2025-09-09',
    '2025-09-10',
    'Các KCN của tỉnh',
    'VN',
    null,
  );
  await event(
    'webinar',
    'Hội thảo trực tuyến giới thiệu môi trường đầu tư',
    past('2026-03-18'),
    past('2026-03-18'),
    'Trực tuyến',
    'KR',
    null,
  );

  const lead = async (
    name: string,
    source: 'event' | 'enquiry' | 'meeting' | 'referral',
    openedOn: string,
    extra: { organisationId?: string; eventId?: string; countryCode: string; usd?: string; ha?: string },
  ) => {
    summary.leads++;
    return createLead(db, as, {
      board: b,
      name,
      source,
      openedOn,
      stage: 'enquiry',
      organisationId: extra.organisationId ?? null,
      contactId: null,
      eventId: extra.eventId ?? null,
      zoneId: null,
      sector: null,
      countryCode: extra.countryCode,
      expectedCapitalVnd: null,
      expectedCapitalUsd: extra.usd ?? null,
      landNeedHa: extra.ha ?? null,
      note,
    });
  };
  const move = async (
    l: { id: string; version: number },
    stage: 'site_visit' | 'policy_decision' | 'lost',
    since: string,
  ) => changeStage(db, as, l.id, { version: l.version, stage, since, note: '' });

  await lead('Nhà máy linh kiện điện tử (minh họa)', 'event', '2024-10-18', {
    organisationId: krAgency.id,
    eventId: japanKorea.id,
    countryCode: 'KR',
    usd: '30000000',
    ha: '8',
  });
  const visit = await lead('Nhà máy dây cáp điện (minh họa)', 'event', '2025-05-16', {
    organisationId: krFirm.id,
    eventId: conference.id,
    countryCode: 'KR',
    usd: '45000000',
    ha: '12',
  });
  await move(visit, 'site_visit', '2025-06-20');
  let policy = await lead('Mở rộng nhà máy dệt may (minh họa)', 'referral', '2025-02-10', {
    organisationId: vnFirm.id,
    countryCode: 'VN',
    ha: '5',
  });
  policy = await move(policy, 'site_visit', '2025-03-05');
  await move(policy, 'policy_decision', '2025-08-12');
  const lost = await lead('Kho lạnh logistics (minh họa)', 'enquiry', '2025-01-07', { countryCode: 'SG' });
  await move(lost, 'lost', '2025-04-30');

  const meeting = async (
    heldOn: string,
    subject: string,
    leadId: string | null,
    organisationId: string | null,
    followUp: string | null,
    due: string | null,
  ) => {
    summary.meetings++;
    return createMeeting(db, as, {
      board: b,
      heldOn,
      subject,
      organisationId,
      leadId,
      eventId: null,
      participants: 'Phòng Xúc tiến đầu tư',
      notes: `Trao đổi về quỹ đất, giá thuê và thủ tục (${PROMOTION_DEMO_NOTE}).`,
      followUp,
      followUpDueOn: due,
    });
  };
  await meeting(
    '2024-10-16',
    'Làm việc với cơ quan xúc tiến thương mại Nhật Bản',
    null,
    jpAgency.id,
    null,
    null,
  );
  await meeting(
    '2025-06-20',
    'Nhà đầu tư khảo sát KCN',
    visit.id,
    krFirm.id,
    'Gửi bảng giá thuê đất và hạ tầng',
    '2025-07-05',
  );

  // The certificate: the board's latest licensed project, the lead's stages counted back from it.
  const [project] = await db
    .select({ id: projects.id, code: projects.code, licensedOn: projects.licensedOn })
    .from(projects)
    .where(and(eq(projects.boardId, board.id), isNotNull(projects.licensedOn)))
    .orderBy(desc(projects.licensedOn))
    .limit(1);
  if (project?.licensedOn && project.licensedOn <= today) {
    let won = await lead(
      'Nhà máy linh kiện chính xác (minh họa)',
      'meeting',
      addDays(project.licensedOn, -300),
      {
        organisationId: jpFirm.id,
        countryCode: 'JP',
        usd: '25000000',
        ha: '6',
      },
    );
    won = await createLeadContactMeeting(won);
    won = await move(won, 'site_visit', addDays(project.licensedOn, -220));
    won = await move(won, 'policy_decision', addDays(project.licensedOn, -60));
    await changeStage(db, as, won.id, {
      version: won.version,
      stage: 'certificate',
      since: project.licensedOn,
      note: `Được cấp giấy chứng nhận đăng ký đầu tư (${PROMOTION_DEMO_NOTE}).`,
      projectId: project.id,
    });
    summary.certificateProjectCode = project.code;
  }
  return summary;

  async function createLeadContactMeeting<T extends { id: string; version: number; openedOn: string }>(
    l: T,
  ): Promise<T> {
    await meeting(
      addDays(l.openedOn, 10),
      `Làm việc với ${contact.fullName}`,
      l.id,
      jpFirm.id,
      'Gửi thông tin quỹ đất sạch',
      addDays(l.openedOn, 30),
    );
    return l;
  }
}
