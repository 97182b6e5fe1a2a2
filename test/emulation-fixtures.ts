/**
 * One board's records in every table of blocs, emulation and commendation, made through the API
 * as its users make them: a bloc of which the board is the only member and the leader for 2024,
 * the board's return, the covenant with its signed file, a scoring table with a target and the
 * board's submitted sheet, a movement; a collective and a person in it, a rating, a registration,
 * an initiative, a proposal reviewed by the council and the decision that writes its award.
 * Used where a suite needs such records to exist (tenancy, backup and restore).
 */
import { expect } from 'vitest';
import type { ApiResponse, TestContext, TestUser } from './test-app.ts';

/** A member's figures of a bloc return (blocs-v1), all zero. */
export const ZERO_RETURN = {
  newProjectsFdi: 0,
  newProjectsDdi: 0,
  capitalFdiUsd: '0',
  capitalDdiVnd: '0',
  revenueFdiUsd: '0',
  revenueDdiVnd: '0',
  budgetPaidFdiUsd: '0',
  budgetPaidDdiVnd: '0',
  zonesInPlanCount: 0,
  zonesInPlanAreaHa: '0',
  zonesOperatingCount: 0,
  zonesOperatingAreaHa: '0',
  zonesUnderConstructionCount: 0,
  zonesUnderConstructionAreaHa: '0',
};

/** A small but real PDF: a covenant's signed file. */
export const COVENANT_PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n',
);

/** Ids of what was made, by what it is. */
export interface EmulationRecords {
  bloc: string;
  movement: string;
  collective: string;
  subject: string;
  registration: string;
  initiative: string;
  proposal: string;
  proposalItem: string;
  decision: string;
  award: string;
}

function ok(response: ApiResponse, status = 200) {
  expect(response.status, JSON.stringify(response.body)).toBe(status);
  return response.body;
}

/**
 * Makes the records for `board` (code) through `staff` (its staff), the bloc `blocCode` being
 * created by `national` (a national administrator). `label` makes every name distinctive.
 */
export async function createEmulationRecords(
  ctx: TestContext,
  {
    national,
    staff,
    board,
    blocCode,
    label,
  }: {
    national: TestUser;
    staff: TestUser;
    board: string;
    blocCode: string;
    label: string;
  },
): Promise<EmulationRecords> {
  const bloc = ok(
    await national.api.put(`/api/v1/blocs/${blocCode}`, { name: `Khối thi đua riêng của ${label}` }),
    201,
  ).id;
  ok(
    await national.api.put(`/api/v1/blocs/${blocCode}/years/2024`, { members: [board], leader: board }),
    201,
  );
  ok(await staff.api.put(`/api/v1/blocs/${blocCode}/returns/${board}/2024`, ZERO_RETURN), 201);
  ok(
    await staff.api.put(`/api/v1/blocs/${blocCode}/covenants/2024`, {
      title: `Giao ước thi đua năm 2024 của khối riêng ${label}`,
      signedOn: '2024-03-08',
      place: `Thành phố ${label}`,
      content: `${label} cam kết thi đua.`,
      signatories: [board],
    }),
  );
  const covenantFile = await ctx.app.inject({
    method: 'PUT',
    url: `/api/v1/blocs/${blocCode}/covenants/2024/file?fileName=giao-uoc.pdf&version=1`,
    headers: { cookie: staff.cookie, 'content-type': 'application/pdf' },
    payload: COVENANT_PDF,
  });
  expect(covenantFile.statusCode, covenantFile.body).toBe(200);
  ok(
    await staff.api.put(`/api/v1/blocs/${blocCode}/scoring/2024`, {
      name: 'Bảng tiêu chí chấm điểm thi đua năm 2024',
      adoptedBy: 'Quy chế hoạt động Khối',
      criteria: [
        { code: '1', name: 'Hoàn thành báo cáo đúng hạn', kind: 'pass_fail', maxPoints: '10' },
        {
          code: '2',
          name: 'Số dự án cấp mới so với chỉ tiêu',
          kind: 'quantitative',
          maxPoints: '10',
          unit: 'dự án',
        },
      ],
      targets: [{ criterion: '2', board, target: '5' }],
    }),
  );
  ok(
    await staff.api.put(`/api/v1/blocs/${blocCode}/scoring/2024/sheets/${board}`, {
      entries: [
        { criterion: '1', passed: true },
        { criterion: '2', value: '4' },
      ],
    }),
  );
  ok(await staff.api.post(`/api/v1/blocs/${blocCode}/scoring/2024/sheets/${board}/submit`, { version: 1 }));
  const movement = ok(
    await staff.api.post('/api/v1/emulation/movements', {
      name: `Phong trào thi đua riêng của ${label} năm 2024`,
      organiser: `Ban Quản lý ${label}`,
      kind: 'regular',
      startsOn: '2024-01-15',
      endsOn: '2024-12-31',
      content: `Thi đua của ${label}.`,
    }),
    201,
  ).id;

  const C = '/api/v1/commendation';
  const collective = ok(
    await staff.api.post(`${C}/subjects`, { kind: 'collective', name: `Phòng Thi đua riêng ${label}` }),
    201,
  ).id;
  const subject = ok(
    await staff.api.post(`${C}/subjects`, {
      kind: 'person',
      name: `Hoàng Văn ${label}`,
      position: 'Chuyên viên',
      collectiveId: collective,
    }),
    201,
  ).id;
  ok(await staff.api.put(`${C}/subjects/${subject}/ratings/2024`, { rating: 'good' }));
  const registration = ok(
    await staff.api.post(`${C}/registrations`, { year: 2026, subjectId: subject, award: 'LDTT' }),
    201,
  ).id;
  const initiative = ok(
    await staff.api.post(`${C}/initiatives`, {
      title: `Sáng kiến riêng của ${label}`,
      year: 2024,
      level: 'unit',
      authorIds: [subject],
    }),
    201,
  ).id;
  const proposal = ok(
    await staff.api.post(`${C}/proposals`, {
      year: 2024,
      kind: 'annual',
      title: `Đề nghị khen thưởng riêng của ${label}`,
      items: [{ subjectId: subject, award: 'LDTT' }],
    }),
    201,
  );
  const submitted = ok(
    await staff.api.post(`${C}/proposals/${proposal.id}/submit`, { version: proposal.version }),
  );
  ok(
    await staff.api.post(`${C}/proposals/${proposal.id}/review`, {
      version: submitted.version,
      reviewedOn: '2025-01-06',
      items: submitted.items.map((item: { id: string }) => ({
        itemId: item.id,
        agreed: true,
        votesFor: 5,
        votesTotal: 5,
      })),
    }),
  );
  const decision = ok(
    await staff.api.post(`${C}/decisions`, {
      number: `09/QĐ-BQL${board}`,
      signedOn: '2025-01-09',
      issuer: `Trưởng ban ${label}`,
      level: 'unit',
      proposalId: proposal.id,
    }),
    201,
  );
  return {
    bloc,
    movement,
    collective,
    subject,
    registration,
    initiative,
    proposal: proposal.id,
    proposalItem: proposal.items[0].id,
    decision: decision.id,
    award: decision.awards[0].id,
  };
}
