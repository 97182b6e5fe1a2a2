import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../kernel/db/database.ts';
import { readXlsx, XLSX_CONTENT_TYPE } from '../../kernel/documents/xlsx.ts';
import {
  createTestContext,
  type ApiResponse,
  type TestContext,
  type TestUser,
} from '../../../../test/test-app.ts';

const API = '/api/v1/commendation';

function ok<T = any>(response: ApiResponse<T>, status = 200): T {
  expect(response.status, JSON.stringify(response.body)).toBe(status);
  return response.body;
}

function refused(response: ApiResponse, status: number, code: string) {
  expect(response.status, JSON.stringify(response.body)).toBe(status);
  expect(response.body.error.code).toBe(code);
  return response.body.error;
}

describe('commendation: subjects, ratings, registrations, initiatives, proposals, decisions, the register', () => {
  let ctx: TestContext;
  let staff: TestUser;
  let viewer: TestUser;
  let otherStaff: TestUser;
  let national: TestUser;
  let tbId: string;

  const counts = async () => {
    const [row] = await queryRows<Record<string, number>>(
      ctx.database.db,
      sql`select (select count(*)::int from awards) as awards,
                 (select count(*)::int from commendation_decisions) as decisions,
                 (select count(*)::int from commendation_subjects) as subjects,
                 (select count(*)::int from title_registrations) as registrations,
                 (select count(*)::int from audit_log) as audit`,
    );
    return row!;
  };

  const person = async (name: string, collectiveId?: string, user = staff) =>
    ok(
      await user.api.post(`${API}/subjects`, {
        kind: 'person',
        name,
        position: 'Chuyên viên',
        ...(collectiveId ? { collectiveId } : {}),
      }),
      201,
    );

  beforeAll(async () => {
    ctx = await createTestContext();
    tbId = (await ctx.createBoard('TB')).id;
    await ctx.createBoard('HY');
    staff = await ctx.createUser({ role: 'staff', board: 'TB' });
    viewer = await ctx.createUser({ role: 'viewer', board: 'TB' });
    otherStaff = await ctx.createUser({ role: 'staff', board: 'HY' });
    national = await ctx.createUser({ role: 'admin' });
  });

  it('keeps subjects: collectives and persons, search without accents, edit with version, leave', async () => {
    const office = ok(
      await staff.api.post(`${API}/subjects`, {
        kind: 'collective',
        name: 'Văn phòng Ban',
        position: 'Phòng',
      }),
      201,
    );
    const ha = await person('Trần Thị Thu Hà', office.id);
    expect(ha).toMatchObject({
      kind: 'person',
      boardId: tbId,
      collective: { id: office.id, name: 'Văn phòng Ban' },
    });

    const found = ok(await staff.api.get(`${API}/subjects?search=thu%20ha`));
    expect(found.items.map((s: { id: string }) => s.id)).toEqual([ha.id]);
    const collectives = ok(await staff.api.get(`${API}/subjects?kind=collective`));
    expect(collectives.items.map((s: { name: string }) => s.name)).toEqual(['Văn phòng Ban']);

    const edited = ok(
      await staff.api.patch(`${API}/subjects/${ha.id}`, { version: ha.version, position: 'Chánh Văn phòng' }),
    );
    expect(edited).toMatchObject({ position: 'Chánh Văn phòng', version: ha.version + 1 });
    refused(
      await staff.api.patch(`${API}/subjects/${ha.id}`, { version: ha.version, name: 'X' }),
      409,
      'VERSION_CONFLICT',
    );

    // A collective belongs to no collective; a person's collective must be a collective.
    refused(
      await staff.api.post(`${API}/subjects`, { kind: 'person', name: 'Người A', collectiveId: ha.id }),
      422,
      'COMMENDATION_COLLECTIVE_INVALID',
    );

    const leaver = await person('Đỗ Văn Long', office.id);
    ok(
      await staff.api.post(`${API}/subjects/${leaver.id}/leave`, {
        version: leaver.version,
        leftOn: '2026-06-30',
      }),
    );
    const present = ok(await staff.api.get(`${API}/subjects?collectiveId=${office.id}`));
    expect(present.items.map((s: { name: string }) => s.name)).toEqual(['Trần Thị Thu Hà']);
    const all = ok(await staff.api.get(`${API}/subjects?collectiveId=${office.id}&includeLeft=true`));
    // (Sorted here: the database's collation orders Đ after T or beside D.)
    expect(all.items.map((s: { name: string }) => s.name).sort()).toEqual(
      ['Trần Thị Thu Hà', 'Đỗ Văn Long'].sort(),
    );

    const audit = await queryRows<{ action: string; n: number }>(
      ctx.database.db,
      sql`select action, count(*)::int as n from audit_log where entity_type = 'commendation_subject'
          and board_id = ${tbId} group by action order by action`,
    );
    expect(audit).toEqual([
      { action: 'create', n: 3 },
      { action: 'update', n: 2 },
    ]);
  });

  it('sets ratings by year with the collective of that year, lists and removes them', async () => {
    const unit = ok(
      await staff.api.post(`${API}/subjects`, { kind: 'collective', name: 'Phòng Quản lý đầu tư' }),
      201,
    );
    const tuan = await person('Phạm Minh Tuấn', unit.id);
    const first = ok(await staff.api.put(`${API}/subjects/${tuan.id}/ratings/2024`, { rating: 'good' }));
    expect(first).toMatchObject({
      year: 2024,
      rating: 'good',
      discipline: null,
      collective: { id: unit.id },
    });
    ok(await staff.api.put(`${API}/subjects/${tuan.id}/ratings/2024`, { rating: 'excellent' }));
    ok(
      await staff.api.put(`${API}/subjects/${tuan.id}/ratings/2025`, {
        rating: 'completed',
        discipline: 'reprimand',
        collectiveId: null,
      }),
    );
    const list = ok(await staff.api.get(`${API}/subjects/${tuan.id}/ratings`));
    expect(list.items).toEqual([
      { subjectId: tuan.id, year: 2025, rating: 'completed', discipline: 'reprimand', collective: null },
      {
        subjectId: tuan.id,
        year: 2024,
        rating: 'excellent',
        discipline: null,
        collective: { id: unit.id, name: 'Phòng Quản lý đầu tư' },
      },
    ]);
    refused(
      await staff.api.put(`${API}/subjects/${unit.id}/ratings/2024`, {
        rating: 'good',
        collectiveId: unit.id,
      }),
      422,
      'COMMENDATION_COLLECTIVE_INVALID',
    );
    refused(
      await staff.api.put(`${API}/subjects/${tuan.id}/ratings/1999`, { rating: 'good' }),
      400,
      'VALIDATION_FAILED',
    );
    expect(ok(await staff.api.delete(`${API}/subjects/${tuan.id}/ratings/2025`), 204)).toBeNull();
    refused(
      await staff.api.delete(`${API}/subjects/${tuan.id}/ratings/2025`),
      404,
      'COMMENDATION_RATING_NOT_FOUND',
    );
    const audit = await queryRows<{ action: string }>(
      ctx.database.db,
      sql`select action from audit_log where entity_type = 'performance_rating' and entity_id = ${`${tuan.id}:2025`} order by id`,
    );
    expect(audit.map((a) => a.action)).toEqual(['create', 'delete']);
  });

  it('registers titles for a year, refuses a wrong kind or a second registration, deletes while undecided', async () => {
    const team = ok(
      await staff.api.post(`${API}/subjects`, { kind: 'collective', name: 'Phòng Quy hoạch' }),
      201,
    );
    const nhung = await person('Lê Thị Hồng Nhung', team.id);
    const registration = ok(
      await staff.api.post(`${API}/registrations`, { year: 2026, subjectId: nhung.id, award: 'CSTDCS' }),
      201,
    );
    expect(registration).toMatchObject({
      year: 2026,
      award: 'CSTDCS',
      decided: false,
      subject: { name: 'Lê Thị Hồng Nhung' },
    });
    ok(
      await staff.api.post(`${API}/registrations`, {
        year: 2026,
        subjectId: team.id,
        award: 'TTLDTT',
        registeredOn: '2026-01-15',
      }),
      201,
    );

    const before = await counts();
    refused(
      await staff.api.post(`${API}/registrations`, { year: 2026, subjectId: nhung.id, award: 'CSTDCS' }),
      409,
      'COMMENDATION_REGISTRATION_DUPLICATE',
    );
    const kind = refused(
      await staff.api.post(`${API}/registrations`, { year: 2026, subjectId: nhung.id, award: 'TTLDXS' }),
      422,
      'COMMENDATION_AWARD_KIND',
    );
    expect(kind.details[0].path).toBe('body.award');
    refused(
      await staff.api.post(`${API}/registrations`, {
        year: 2026,
        subjectId: nhung.id,
        award: 'LDTT',
        movementId: '00000000-0000-4000-8000-000000000000',
      }),
      422,
      'COMMENDATION_MOVEMENT_NOT_FOUND',
    );
    expect(await counts()).toEqual(before);

    const list = ok(await staff.api.get(`${API}/registrations?year=2026`));
    expect(list.items.map((r: any) => [r.subject.name, r.award])).toEqual([
      ['Phòng Quy hoạch', 'TTLDTT'],
      ['Lê Thị Hồng Nhung', 'CSTDCS'],
    ]);
    expect(ok(await staff.api.get(`${API}/registrations?year=2026&kind=person`)).total).toBe(1);

    refused(
      await staff.api.delete(`${API}/registrations/${registration.id}?version=9`),
      409,
      'VERSION_CONFLICT',
    );
    ok(await staff.api.delete(`${API}/registrations/${registration.id}?version=1`), 204);
    expect(ok(await staff.api.get(`${API}/registrations?year=2026`)).total).toBe(1);

    // A registration whose award a decision has recorded stays.
    const kept = ok(
      await staff.api.post(`${API}/registrations`, { year: 2025, subjectId: team.id, award: 'TTLDTT' }),
      201,
    );
    ok(
      await staff.api.post(`${API}/decisions`, {
        number: '01/QĐ-BQL',
        signedOn: '2026-01-05',
        issuer: 'Trưởng ban',
        level: 'unit',
        items: [{ subjectId: team.id, award: 'TTLDTT', year: 2025 }],
      }),
      201,
    );
    expect(ok(await staff.api.get(`${API}/registrations?year=2025`)).items[0].decided).toBe(true);
    refused(
      await staff.api.delete(`${API}/registrations/${kept.id}?version=1`),
      409,
      'COMMENDATION_REGISTRATION_DECIDED',
    );
  });

  it('records initiatives with authors: create, read, edit, delete', async () => {
    const a = await person('Nguyễn Thị Lan Anh');
    const b = await person('Bùi Quang Huy');
    const created = ok(
      await staff.api.post(`${API}/initiatives`, {
        title: 'Số hóa quy trình tiếp nhận hồ sơ',
        year: 2024,
        level: 'unit',
        recognisedBy: 'Quyết định số 118/QĐ-BQL ngày 20/12/2024',
        recognisedOn: '2024-12-20',
        authorIds: [a.id, b.id],
      }),
      201,
    );
    expect(created.authors.map((s: { name: string }) => s.name).sort()).toEqual([
      'Bùi Quang Huy',
      'Nguyễn Thị Lan Anh',
    ]);
    refused(
      await staff.api.post(`${API}/initiatives`, {
        title: 'X',
        year: 2024,
        level: 'unit',
        authorIds: ['00000000-0000-4000-8000-000000000000'],
      }),
      404,
      'COMMENDATION_SUBJECT_NOT_FOUND',
    );
    const edited = ok(
      await staff.api.patch(`${API}/initiatives/${created.id}`, {
        version: created.version,
        level: 'province',
        authorIds: [a.id],
      }),
    );
    expect(edited).toMatchObject({ level: 'province', version: 2, authors: [{ id: a.id }] });
    expect(ok(await staff.api.get(`${API}/initiatives?subjectId=${a.id}`)).total).toBe(1);
    expect(ok(await staff.api.get(`${API}/initiatives?subjectId=${b.id}`)).total).toBe(0);
    expect(ok(await staff.api.get(`${API}/initiatives?search=so%20hoa`)).total).toBe(1);
    ok(await staff.api.delete(`${API}/initiatives/${created.id}?version=2`), 204);
    refused(
      await staff.api.get(`${API}/initiatives/${created.id}`),
      404,
      'COMMENDATION_INITIATIVE_NOT_FOUND',
    );
    const audit = await queryRows<{ action: string }>(
      ctx.database.db,
      sql`select action from audit_log where entity_type = 'initiative' and entity_id = ${created.id} order by id`,
    );
    expect(audit.map((r) => r.action)).toEqual(['create', 'update', 'delete']);
  });

  it('takes a proposal through the council to a decision; a person becomes eligible for Bằng khen tỉnh', async () => {
    const dept = ok(
      await staff.api.post(`${API}/subjects`, { kind: 'collective', name: 'Phòng Doanh nghiệp' }),
      201,
    );
    const star = await person('Vũ Thị Mai', dept.id);
    const others: { id: string }[] = [];
    for (const name of [
      'Đặng Văn Khoa',
      'Ngô Thị Hạnh',
      'Lý Văn Sơn',
      'Tạ Thị Yến',
      'Mai Văn Đức',
      'Hồ Thị Liên',
    ])
      others.push(await person(name, dept.id));
    for (const year of [2024, 2025]) {
      ok(await staff.api.put(`${API}/subjects/${star.id}/ratings/${year}`, { rating: 'excellent' }));
      for (const o of others)
        ok(await staff.api.put(`${API}/subjects/${o.id}/ratings/${year}`, { rating: 'good' }));
    }
    const ldtt = (year: number) => [star, ...others].map((s) => ({ subjectId: s.id, award: 'LDTT', year }));

    // 2024 by a decision with its list: 7 LĐTT, 1 CSTĐCS (the cap: 15 % of 7 is 1).
    const decision2024 = ok(
      await staff.api.post(`${API}/decisions`, {
        number: '09/QĐ-BQL',
        signedOn: '2025-01-10',
        issuer: 'Trưởng ban Ban Quản lý',
        level: 'unit',
        items: [...ldtt(2024), { subjectId: star.id, award: 'CSTDCS', year: 2024 }],
      }),
      201,
    );
    expect(decision2024.awards).toHaveLength(8);
    expect(decision2024.words).toBe('Quyết định số 09/QĐ-BQL ngày 10/01/2025 của Trưởng ban Ban Quản lý');

    const notYet = ok(await staff.api.get(`${API}/subjects/${star.id}/eligibility?year=2025`));
    expect(notYet.answers.find((a: any) => a.award === 'BANG_KHEN_TINH').eligible).toBe(false);

    // 2025 through a proposal.
    const draft = ok(
      await staff.api.post(`${API}/proposals`, {
        year: 2025,
        kind: 'annual',
        title: 'Đề nghị công nhận danh hiệu thi đua năm 2025',
        items: [],
      }),
      201,
    );
    refused(
      await staff.api.post(`${API}/proposals/${draft.id}/submit`, { version: draft.version }),
      422,
      'COMMENDATION_PROPOSAL_EMPTY',
    );
    refused(
      await staff.api.patch(`${API}/proposals/${draft.id}`, {
        version: draft.version,
        items: [{ subjectId: dept.id, award: 'CSTDCS' }],
      }),
      422,
      'COMMENDATION_AWARD_KIND',
    );
    refused(
      await staff.api.patch(`${API}/proposals/${draft.id}`, {
        version: draft.version,
        items: [
          { subjectId: star.id, award: 'LDTT' },
          { subjectId: star.id, award: 'LDTT' },
        ],
      }),
      422,
      'COMMENDATION_PROPOSAL_ITEM_DUPLICATE',
    );
    const edited = ok(
      await staff.api.patch(`${API}/proposals/${draft.id}`, {
        version: draft.version,
        items: [
          ...ldtt(2025).map(({ subjectId, award }) => ({ subjectId, award })),
          { subjectId: star.id, award: 'CSTDCS', achievement: 'Hoàn thành xuất sắc nhiệm vụ' },
          { subjectId: others[0]!.id, award: 'CSTDCS' },
        ],
      }),
    );
    expect(edited.itemCount).toBe(9);

    // Not reviewed yet: no decision.
    const before = await counts();
    refused(
      await staff.api.post(`${API}/decisions`, {
        number: '06/QĐ-BQL',
        signedOn: '2026-01-09',
        issuer: 'Trưởng ban',
        level: 'unit',
        proposalId: draft.id,
      }),
      409,
      'COMMENDATION_PROPOSAL_NOT_REVIEWED',
    );
    expect(await counts()).toEqual(before);

    const submitted = ok(
      await staff.api.post(`${API}/proposals/${draft.id}/submit`, { version: edited.version }),
    );
    expect(submitted.state).toBe('submitted');
    refused(
      await staff.api.patch(`${API}/proposals/${draft.id}`, { version: submitted.version, title: 'Khác' }),
      409,
      'COMMENDATION_PROPOSAL_STATE',
    );
    const returned = ok(
      await staff.api.post(`${API}/proposals/${draft.id}/return`, {
        version: submitted.version,
        note: 'Bổ sung thành tích',
      }),
    );
    expect(returned).toMatchObject({ state: 'returned', councilNote: 'Bổ sung thành tích' });
    const resubmitted = ok(
      await staff.api.post(`${API}/proposals/${draft.id}/submit`, { version: returned.version }),
    );

    const incomplete = refused(
      await staff.api.post(`${API}/proposals/${draft.id}/review`, {
        version: resubmitted.version,
        reviewedOn: '2026-01-06',
        items: [{ itemId: resubmitted.items[0].id, agreed: true, votesFor: 8, votesTotal: 7 }],
      }),
      422,
      'COMMENDATION_REVIEW_INCOMPLETE',
    );
    expect(incomplete.details.length).toBe(9);
    const reviewed = ok(
      await staff.api.post(`${API}/proposals/${draft.id}/review`, {
        version: resubmitted.version,
        reviewedOn: '2026-01-06',
        note: 'Nhất trí',
        items: resubmitted.items.map((item: any) => ({
          itemId: item.id,
          // The council keeps to the cap: one CSTĐCS.
          agreed: !(item.award === 'CSTDCS' && item.subject.id === others[0]!.id),
          votesFor: 7,
          votesTotal: 7,
        })),
      }),
    );
    expect(reviewed).toMatchObject({ state: 'reviewed', reviewedOn: '2026-01-06', agreedCount: 8 });

    const decision = ok(
      await staff.api.post(`${API}/decisions`, {
        number: '06/QĐ-BQL',
        signedOn: '2026-01-09',
        issuer: 'Trưởng ban',
        level: 'unit',
        proposalId: draft.id,
      }),
      201,
    );
    expect(decision.awards).toHaveLength(8);
    expect(decision.proposalId).toBe(draft.id);
    const decided = ok(await staff.api.get(`${API}/proposals/${draft.id}`));
    expect(decided).toMatchObject({
      state: 'decided',
      decisions: [{ id: decision.id, number: '06/QĐ-BQL' }],
    });

    // Now eligible: CSTĐCS 2024 and 2025, with the records behind it.
    const now = ok(await staff.api.get(`${API}/subjects/${star.id}/eligibility?year=2025`));
    const merit = now.answers.find((a: any) => a.award === 'BANG_KHEN_TINH');
    expect(merit.eligible).toBe(true);
    const cstdcsIds = [decision2024, decision].flatMap((d: any) =>
      d.awards.filter((a: any) => a.award === 'CSTDCS').map((a: any) => a.id),
    );
    expect(
      merit.evidence
        .filter((e: any) => e.kind === 'award')
        .map((e: any) => e.id)
        .sort(),
    ).toEqual([...cstdcsIds].sort());
    const board = ok(await staff.api.get(`${API}/eligibility?year=2025`));
    expect(board.cap).toEqual({ year: 2025, ldttCount: 7, cap: 1, cstdcsCount: 1 });
    const entry = board.subjects.find((s: any) => s.subject.id === star.id);
    expect(entry.eligible.map((a: any) => a.award)).toContain('BANG_KHEN_TINH');
    expect(entry.outlook.some((o: any) => o.award === 'CSTD_TINH' && o.achievementYear === 2026)).toBe(true);

    // Refusals, each changing nothing.
    const unchanged = await counts();
    const cap = refused(
      await staff.api.post(`${API}/decisions`, {
        number: '07/QĐ-BQL',
        signedOn: '2026-01-12',
        issuer: 'Trưởng ban',
        level: 'unit',
        items: [{ subjectId: others[1]!.id, award: 'CSTDCS', year: 2025 }],
      }),
      422,
      'COMMENDATION_CSTDCS_CAP',
    );
    expect(cap).toMatchObject({ ldttCount: 7, cap: 1, cstdcsCount: 2 });
    refused(
      await staff.api.post(`${API}/decisions`, {
        number: '07/QĐ-BQL',
        signedOn: '2026-01-12',
        issuer: 'Trưởng ban',
        level: 'unit',
        items: [
          { subjectId: others[1]!.id, award: 'GIAY_KHEN', year: 2025 },
          { subjectId: star.id, award: 'LDTT', year: 2025 },
        ],
      }),
      409,
      'COMMENDATION_AWARD_DUPLICATE',
    );
    refused(
      await staff.api.post(`${API}/decisions`, {
        number: '07/QĐ-BQL',
        signedOn: '2026-01-12',
        issuer: 'Trưởng ban',
        level: 'unit',
        items: [{ subjectId: dept.id, award: 'LDTT', year: 2025 }],
      }),
      422,
      'COMMENDATION_AWARD_KIND',
    );
    refused(
      await staff.api.post(`${API}/decisions`, {
        number: '06/QĐ-BQL',
        signedOn: '2026-01-09',
        issuer: 'Trưởng ban',
        level: 'unit',
        items: [{ subjectId: others[1]!.id, award: 'GIAY_KHEN', year: 2025 }],
      }),
      409,
      'COMMENDATION_DECISION_DUPLICATE',
    );
    refused(
      await staff.api.post(`${API}/decisions`, {
        number: '08',
        signedOn: '2026-01-12',
        issuer: 'Trưởng ban',
        level: 'unit',
      }),
      422,
      'COMMENDATION_DECISION_ITEMS',
    );
    refused(
      await staff.api.post(`${API}/decisions`, {
        number: '08',
        signedOn: '2026-01-12',
        issuer: 'Trưởng ban',
        level: 'unit',
        proposalId: draft.id,
      }),
      409,
      'COMMENDATION_PROPOSAL_NOT_REVIEWED',
    );
    expect(await counts()).toEqual(unchanged);

    // The register: filters, newest first, revocation kept and marked; the subject's history.
    const register = ok(await staff.api.get(`${API}/awards?subjectId=${star.id}`));
    expect(register.items.map((a: any) => `${a.year} ${a.award}`)).toEqual([
      '2025 CSTDCS',
      '2025 LDTT',
      '2024 CSTDCS',
      '2024 LDTT',
    ]);
    expect(register.items[0]).toMatchObject({
      awardName: 'Chiến sĩ thi đua cơ sở',
      decision: { number: '06/QĐ-BQL', signedOn: '2026-01-09' },
      decisionWords: 'Quyết định số 06/QĐ-BQL ngày 09/01/2026 của Trưởng ban',
    });
    expect(ok(await staff.api.get(`${API}/awards?award=CSTDCS&fromYear=2024&toYear=2025`)).total).toBe(2);
    expect(ok(await staff.api.get(`${API}/awards?kind=collective`)).total).toBe(1);
    expect(ok(await staff.api.get(`${API}/awards?year=2024&pageSize=3`))).toMatchObject({
      total: 8,
      pageSize: 3,
    });

    const excel = await ctx.app.inject({
      url: `${API}/awards?subjectId=${star.id}&format=xlsx`,
      headers: { cookie: staff.cookie },
    });
    expect(excel.statusCode).toBe(200);
    expect(excel.headers['content-type']).toContain(XLSX_CONTENT_TYPE);
    const [sheet] = await readXlsx(excel.rawPayload);
    const texts = [...sheet!.rows.values()].map((row) => [...row.values()].map((c) => c.text).join(' | '));
    expect(texts).toContain('Bộ lọc: Vũ Thị Mai');
    expect(texts.filter((line) => line.includes('| Vũ Thị Mai |'))).toHaveLength(4);
    expect(
      texts.some((line) => line.includes('Quyết định số 06/QĐ-BQL ngày 09/01/2026 của Trưởng ban')),
    ).toBe(true);

    const target = register.items[2];
    const revoked = ok(
      await staff.api.post(`${API}/awards/${target.id}/revoke`, {
        version: target.version,
        revokedOn: '2026-03-01',
        reason: 'Khai man thành tích',
      }),
    );
    expect(revoked).toMatchObject({
      revokedOn: '2026-03-01',
      revokedReason: 'Khai man thành tích',
      version: 2,
    });
    refused(
      await staff.api.post(`${API}/awards/${target.id}/revoke`, {
        version: 2,
        revokedOn: '2026-03-02',
        reason: 'Lần hai',
      }),
      409,
      'COMMENDATION_AWARD_REVOKED',
    );
    expect(ok(await staff.api.get(`${API}/awards?subjectId=${star.id}&includeRevoked=false`)).total).toBe(3);
    // A revoked award never counts: no longer two consecutive CSTĐCS.
    const after = ok(await staff.api.get(`${API}/subjects/${star.id}/eligibility?year=2025`));
    expect(after.answers.find((a: any) => a.award === 'BANG_KHEN_TINH').eligible).toBe(false);
    const [audit] = await queryRows<{ reason: string }>(
      ctx.database.db,
      sql`select reason from audit_log where entity_type = 'award' and entity_id = ${target.id} and action = 'update'`,
    );
    expect(audit!.reason).toBe('Khai man thành tích');

    const history = ok(await staff.api.get(`${API}/subjects/${star.id}/history`));
    expect(history.ratings.map((r: any) => r.year)).toEqual([2025, 2024]);
    expect(history.awards).toHaveLength(4);
    expect(history.awards.find((a: any) => a.id === target.id).revokedOn).toBe('2026-03-01');

    // An award from another authority's decision, recorded in words.
    const recorded = ok(
      await staff.api.post(`${API}/awards`, {
        subjectId: star.id,
        year: 2023,
        award: 'GIAY_KHEN',
        decisionText: 'Quyết định số 5/QĐ-CĐ ngày 01/02/2024 của Công đoàn các KCN',
      }),
      201,
    );
    expect(recorded).toMatchObject({
      decision: null,
      decisionWords: 'Quyết định số 5/QĐ-CĐ ngày 01/02/2024 của Công đoàn các KCN',
    });
  });

  it('keeps each board to its own: another board’s user neither reads nor writes, a viewer reads only', async () => {
    const own = await person('Phan Văn Bình');
    const before = await counts();
    refused(await otherStaff.api.get(`${API}/subjects/${own.id}`), 404, 'COMMENDATION_SUBJECT_NOT_FOUND');
    refused(await otherStaff.api.get(`${API}/subjects?board=TB`), 404, 'COMMENDATION_BOARD_NOT_FOUND');
    refused(
      await otherStaff.api.get(`${API}/subjects/${own.id}/eligibility?year=2025`),
      404,
      'COMMENDATION_SUBJECT_NOT_FOUND',
    );
    refused(
      await otherStaff.api.put(`${API}/subjects/${own.id}/ratings/2025`, { rating: 'good' }),
      404,
      'COMMENDATION_SUBJECT_NOT_FOUND',
    );
    refused(
      await otherStaff.api.post(`${API}/subjects`, { board: 'TB', kind: 'person', name: 'X' }),
      404,
      'COMMENDATION_BOARD_NOT_FOUND',
    );
    refused(
      await otherStaff.api.post(`${API}/registrations`, { year: 2026, subjectId: own.id, award: 'LDTT' }),
      404,
      'COMMENDATION_SUBJECT_NOT_FOUND',
    );
    refused(
      await otherStaff.api.post(`${API}/decisions`, {
        number: '1',
        signedOn: '2026-01-01',
        issuer: 'Trưởng ban',
        level: 'unit',
        items: [{ subjectId: own.id, award: 'LDTT', year: 2025 }],
      }),
      404,
      'COMMENDATION_SUBJECT_NOT_FOUND',
    );
    expect(ok(await otherStaff.api.get(`${API}/subjects`)).total).toBe(0);
    expect(ok(await otherStaff.api.get(`${API}/awards`)).total).toBe(0);

    expect(ok(await viewer.api.get(`${API}/subjects/${own.id}`)).name).toBe('Phan Văn Bình');
    refused(await viewer.api.post(`${API}/subjects`, { kind: 'person', name: 'X' }), 403, 'FORBIDDEN');
    refused(
      await viewer.api.put(`${API}/subjects/${own.id}/ratings/2025`, { rating: 'good' }),
      403,
      'FORBIDDEN',
    );
    expect(await counts()).toEqual(before);

    // A national user names the board.
    refused(await national.api.get(`${API}/subjects`), 400, 'COMMENDATION_BOARD_REQUIRED');
    expect(ok(await national.api.get(`${API}/subjects?board=TB&search=phan%20van%20binh`)).total).toBe(1);
    const created = ok(
      await national.api.post(`${API}/subjects`, { board: 'HY', kind: 'collective', name: 'Văn phòng' }),
      201,
    );
    expect(ok(await otherStaff.api.get(`${API}/subjects/${created.id}`)).name).toBe('Văn phòng');
  });
});
