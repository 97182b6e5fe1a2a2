/**
 * A small, believable commendation register for the Thái Bình demo board: three departments,
 * eight officials with their ratings 2022–2025, the Lao động tiên tiến and Chiến sĩ thi đua cơ sở
 * decisions for 2023–2025 (the 2025 one through a proposal the council reviewed), two initiatives
 * and the registrations for 2026.
 *
 * THE PEOPLE, DECISION NUMBERS AND INITIATIVES ARE INVENTED for the demonstration; any likeness to
 * real officials of the board is coincidental.
 *
 * Trần Thị Thu Hà is CSTĐCS 2024 and 2025 (two consecutive years): eligible for the Bằng khen of
 * the provincial chairman for 2025, and — with her provincial initiative of 2025 — for Chiến sĩ
 * thi đua cấp tỉnh in 2026 once she is CSTĐCS 2026. Every year keeps within the 15 % cap (8 LĐTT,
 * 1 CSTĐCS). Loaded through the services, so every record is checked and audited.
 */
import { systemActor, type Actor } from '../../kernel/actor.ts';
import type { Executor } from '../../kernel/db/database.ts';
import type { AwardCode, PerformanceRating } from '../../../domain/commendation.ts';
import { createDecision } from './decisions.service.ts';
import { createInitiative } from './initiatives.service.ts';
import { createProposal, reviewProposal, submitProposal } from './proposals.service.ts';
import { createRegistration } from './registrations.service.ts';
import * as subjectsRepo from './subjects.repository.ts';
import { createSubject, putRating } from './subjects.service.ts';

const ISSUER = 'Trưởng ban Ban Quản lý Khu kinh tế và các khu công nghiệp tỉnh Thái Bình';

const DEPARTMENTS = [
  { key: 'office', name: 'Văn phòng Ban', position: 'Phòng chuyên môn' },
  { key: 'investment', name: 'Phòng Quản lý đầu tư', position: 'Phòng chuyên môn' },
  { key: 'planning', name: 'Phòng Quản lý quy hoạch và xây dựng', position: 'Phòng chuyên môn' },
] as const;
type Department = (typeof DEPARTMENTS)[number]['key'];

const YEARS = [2022, 2023, 2024, 2025] as const;

/** Invented officials: name, position, department, birth year, ratings 2022–2025 (x excellent, g good, c completed). */
const PEOPLE: {
  name: string;
  position: string;
  department: Department;
  birthYear: number;
  ratings: string;
}[] = [
  {
    name: 'Trần Thị Thu Hà',
    position: 'Chánh Văn phòng',
    department: 'office',
    birthYear: 1982,
    ratings: 'gxxx',
  },
  { name: 'Đỗ Văn Long', position: 'Chuyên viên', department: 'office', birthYear: 1990, ratings: 'gggg' },
  {
    name: 'Phạm Minh Tuấn',
    position: 'Trưởng phòng',
    department: 'investment',
    birthYear: 1978,
    ratings: 'gxgg',
  },
  {
    name: 'Nguyễn Thị Lan Anh',
    position: 'Chuyên viên',
    department: 'investment',
    birthYear: 1988,
    ratings: 'gggx',
  },
  {
    name: 'Bùi Quang Huy',
    position: 'Chuyên viên',
    department: 'investment',
    birthYear: 1993,
    ratings: 'cggg',
  },
  {
    name: 'Vũ Đức Thắng',
    position: 'Phó Trưởng phòng',
    department: 'planning',
    birthYear: 1980,
    ratings: 'gggg',
  },
  {
    name: 'Lê Thị Hồng Nhung',
    position: 'Chuyên viên',
    department: 'planning',
    birthYear: 1991,
    ratings: 'gggg',
  },
  {
    name: 'Hoàng Văn Nam',
    position: 'Chuyên viên',
    department: 'planning',
    birthYear: 1995,
    ratings: 'cggg',
  },
];

const RATING: Record<string, PerformanceRating> = { x: 'excellent', g: 'good', c: 'completed' };

/** The CSTĐCS of each year (one: 15 % of eight LĐTT). */
const CSTDCS: Record<number, string> = {
  2023: 'Phạm Minh Tuấn',
  2024: 'Trần Thị Thu Hà',
  2025: 'Trần Thị Thu Hà',
};

export interface CommendationDemoSummary {
  subjects: number;
  ratings: number;
  decisions: number;
  awards: number;
  initiatives: number;
  registrations: number;
}

/**
 * Loads the demo register into `boardId` inside the caller's transaction (savepoints per change).
 * Does nothing when the board already has commendation subjects.
 */
export async function loadCommendationDemo(
  tx: Executor,
  boardId: string,
  actor?: Actor,
): Promise<CommendationDemoSummary> {
  const summary = { subjects: 0, ratings: 0, decisions: 0, awards: 0, initiatives: 0, registrations: 0 };
  if ((await subjectsRepo.subjectsOfBoard(tx, boardId)).length > 0) return summary;
  const as = systemActor(actor?.label ?? 'demo', [boardId]);

  const department = new Map<Department, string>();
  for (const d of DEPARTMENTS) {
    const created = await createSubject(tx, as, { kind: 'collective', name: d.name, position: d.position });
    department.set(d.key, created.id);
    summary.subjects++;
  }
  const person = new Map<string, string>();
  for (const p of PEOPLE) {
    const created = await createSubject(tx, as, {
      kind: 'person',
      name: p.name,
      position: p.position,
      collectiveId: department.get(p.department)!,
      birthYear: p.birthYear,
    });
    person.set(p.name, created.id);
    summary.subjects++;
    for (const [i, year] of YEARS.entries()) {
      await putRating(tx, as, created.id, year, { rating: RATING[p.ratings[i]!]!, discipline: null });
      summary.ratings++;
    }
  }
  for (const d of DEPARTMENTS)
    for (const year of YEARS) {
      await putRating(tx, as, department.get(d.key)!, year, {
        rating: year >= 2024 && d.key !== 'planning' ? 'excellent' : 'good',
        discipline: null,
      });
      summary.ratings++;
    }

  // Who is LĐTT in a year: at least "hoàn thành tốt nhiệm vụ".
  const ldttOf = (year: number) =>
    PEOPLE.filter((p) => p.ratings[YEARS.indexOf(year as (typeof YEARS)[number])] !== 'c').map((p) =>
      person.get(p.name)!,
    );
  const items = (year: number) => [
    ...ldttOf(year).map((subjectId) => ({ subjectId, award: 'LDTT' as AwardCode, year })),
    { subjectId: person.get(CSTDCS[year]!)!, award: 'CSTDCS' as AwardCode, year },
    ...(year >= 2024
      ? DEPARTMENTS.map((d) => ({ subjectId: department.get(d.key)!, award: 'TTLDTT' as AwardCode, year }))
      : []),
  ];

  // 2023 and 2024: decisions with their lists.
  for (const [year, number, signedOn] of [
    [2023, '15/QĐ-BQL', '2024-01-12'],
    [2024, '09/QĐ-BQL', '2025-01-10'],
  ] as const) {
    const decision = await createDecision(tx, as, {
      number,
      signedOn,
      issuer: ISSUER,
      level: 'unit',
      summary: `Công nhận danh hiệu thi đua năm ${year}`,
      items: items(year),
    });
    summary.decisions++;
    summary.awards += decision.awards.length;
  }

  // Initiatives: one of unit level (2024), one of provincial effect (2025).
  await createInitiative(tx, as, {
    title:
      'Số hóa quy trình tiếp nhận hồ sơ điều chỉnh Giấy chứng nhận đăng ký đầu tư tại Bộ phận Một cửa của Ban',
    year: 2024,
    level: 'unit',
    recognisedBy: 'Quyết định số 118/QĐ-BQL ngày 20/12/2024 của Trưởng ban',
    recognisedOn: '2024-12-20',
    authorIds: [person.get('Trần Thị Thu Hà')!, person.get('Nguyễn Thị Lan Anh')!],
  });
  await createInitiative(tx, as, {
    title:
      'Bộ công cụ tổng hợp báo cáo thống kê của doanh nghiệp trong các khu công nghiệp trên bảng tính dùng chung',
    year: 2025,
    level: 'province',
    recognisedBy: 'Quyết định số 2871/QĐ-UBND ngày 16/12/2025 của Chủ tịch UBND tỉnh',
    recognisedOn: '2025-12-16',
    authorIds: [person.get('Trần Thị Thu Hà')!],
  });
  summary.initiatives += 2;

  // 2025: the annual proposal, reviewed by the council, then decided.
  const proposal = await createProposal(tx, as, {
    year: 2025,
    kind: 'annual',
    title: 'Đề nghị công nhận danh hiệu thi đua năm 2025',
    items: items(2025).map(({ subjectId, award }) => ({
      subjectId,
      award,
      achievement: award === 'CSTDCS' ? 'Hoàn thành xuất sắc nhiệm vụ; có sáng kiến cấp tỉnh' : '',
    })),
  });
  const submitted = await submitProposal(tx, as, proposal.id, proposal.version);
  const reviewed = await reviewProposal(tx, as, proposal.id, {
    version: submitted.version,
    reviewedOn: '2026-01-06',
    note: 'Hội đồng Thi đua – Khen thưởng Ban nhất trí đề nghị Trưởng ban công nhận.',
    items: submitted.items.map((item) => ({ itemId: item.id, agreed: true, votesFor: 7, votesTotal: 7 })),
  });
  const decision2025 = await createDecision(tx, as, {
    number: '06/QĐ-BQL',
    signedOn: '2026-01-09',
    issuer: ISSUER,
    level: 'unit',
    summary: 'Công nhận danh hiệu thi đua năm 2025',
    proposalId: reviewed.id,
  });
  summary.decisions++;
  summary.awards += decision2025.awards.length;

  // Registrations for 2026.
  for (const p of PEOPLE) {
    const award: AwardCode = p.name === 'Trần Thị Thu Hà' ? 'CSTDCS' : 'LDTT';
    await createRegistration(tx, as, {
      year: 2026,
      subjectId: person.get(p.name)!,
      award,
      registeredOn: '2026-01-20',
    });
    summary.registrations++;
  }
  for (const d of DEPARTMENTS) {
    await createRegistration(tx, as, {
      year: 2026,
      subjectId: department.get(d.key)!,
      award: 'TTLDTT',
      registeredOn: '2026-01-20',
    });
    summary.registrations++;
  }
  return summary;
}
