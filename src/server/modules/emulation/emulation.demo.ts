/**
 * A believable scoring table for a bloc's year (bảng tiêu chí, thang điểm thi đua), modelled on the
 * tables Vietnamese emulation blocs adopt each year: professional tasks (investment attracted
 * against each member's target, read from the consolidated report; on-time one-stop dossiers;
 * reports; investment promotion), emulation work and the agency, a bonus and a penalty. 100
 * points, bonus aside.
 *
 * THE TABLE AND THE TARGETS ARE INVENTED for the demonstration: no bloc of IZ/EZ boards publishes
 * its scoring table. Loaded through the service, so it is checked by the domain and audited.
 */
import { systemActor, type Actor } from '../../kernel/actor.ts';
import type { Executor } from '../../kernel/db/database.ts';
import { allBoardIds } from '../boards/index.ts';
import { loadBlocYearByCode } from './bloc-access.ts';
import * as repo from './scoring.repository.ts';
import type { CriterionInput } from './scoring.schemas.ts';
import { setScoringTable } from './scoring-table.service.ts';

const CRITERIA: CriterionInput[] = [
  {
    code: 'I',
    name: 'Thực hiện nhiệm vụ chuyên môn',
    kind: 'sum',
    maxPoints: '70',
    children: [
      {
        code: 'I.1',
        name: 'Số dự án cấp mới so với chỉ tiêu đăng ký',
        kind: 'quantitative',
        maxPoints: '15',
        source: 'newProjects.total',
      },
      {
        code: 'I.2',
        name: 'Vốn đầu tư nước ngoài cấp mới và điều chỉnh so với chỉ tiêu',
        kind: 'quantitative',
        maxPoints: '15',
        source: 'capitalNewAndAdjusted.fdiUsd',
      },
      {
        code: 'I.3',
        name: 'Vốn đầu tư trong nước cấp mới và điều chỉnh so với chỉ tiêu',
        kind: 'quantitative',
        maxPoints: '10',
        source: 'capitalNewAndAdjusted.ddiVnd',
      },
      {
        code: 'I.4',
        name: 'Tỷ lệ hồ sơ thủ tục hành chính giải quyết đúng hạn',
        kind: 'quantitative',
        maxPoints: '10',
        source: 'oneStop.onTimePct',
      },
      {
        code: 'I.5',
        name: 'Gửi báo cáo định kỳ cho Khối đầy đủ, đúng hạn',
        kind: 'pass_fail',
        maxPoints: '10',
      },
      {
        code: 'I.6',
        name: 'Hội nghị, hội thảo xúc tiến đầu tư chủ trì tổ chức',
        kind: 'per_occurrence',
        maxPoints: '10',
        pointsPerOccurrence: '2',
        unit: 'hội nghị',
      },
    ],
  },
  {
    code: 'II',
    name: 'Công tác thi đua, khen thưởng và xây dựng cơ quan',
    kind: 'sum',
    maxPoints: '30',
    children: [
      {
        code: 'II.1',
        name: 'Ban hành kế hoạch, phát động phong trào thi đua năm',
        kind: 'pass_fail',
        maxPoints: '10',
      },
      {
        code: 'II.2',
        name: 'Tham gia đầy đủ các hoạt động của Khối',
        kind: 'pass_fail',
        maxPoints: '10',
      },
      {
        code: 'II.3',
        name: 'Sáng kiến, mô hình hay được cấp có thẩm quyền công nhận',
        kind: 'per_occurrence',
        maxPoints: '10',
        pointsPerOccurrence: '2.5',
        unit: 'sáng kiến',
      },
    ],
  },
  {
    code: 'III',
    name: 'Điểm thưởng: Cờ thi đua, Bằng khen cấp bộ, cấp tỉnh trong năm',
    kind: 'bonus',
    maxPoints: '5',
  },
  {
    code: 'IV',
    name: 'Điểm trừ: báo cáo chậm, sai sót; cán bộ vi phạm bị xử lý kỷ luật',
    kind: 'penalty',
    maxPoints: '10',
  },
];

export interface EmulationDemoSummary {
  criteria: number;
  targets: number;
}

/**
 * The scoring table of a bloc's year with every member's targets (invented, by its place in the
 * bloc), unless the year has one; in the caller's transaction.
 */
export async function loadEmulationDemo(
  tx: Executor,
  options: { bloc: string; year: number },
  actor?: Actor,
): Promise<EmulationDemoSummary> {
  const year = await loadBlocYearByCode(tx, options.bloc, options.year);
  if (await repo.findTable(tx, year)) return { criteria: 0, targets: 0 };
  const as = actor ?? systemActor('demo', await allBoardIds(tx));
  // Larger members first in the bloc's order get larger targets: 12–20 projects, 150–350 million
  // USD, 1.500–3.500 billion đồng; every member aims at 95 % of dossiers on time.
  const targets = year.members.flatMap((member, i) => {
    const step = (year.members.length - i) % 5;
    return [
      { criterion: 'I.1', board: member.code, target: String(12 + 2 * step) },
      { criterion: 'I.2', board: member.code, target: String(150 + 50 * step) },
      { criterion: 'I.3', board: member.code, target: String(1500 + 500 * step) },
      { criterion: 'I.4', board: member.code, target: '95' },
    ];
  });
  const table = await setScoringTable(tx, as, options.bloc, options.year, {
    name: `Bảng tiêu chí, thang điểm thi đua năm ${options.year} của ${year.bloc.name}`,
    adoptedBy: `Quy chế hoạt động của Khối, thông qua tại Hội nghị ký giao ước thi đua năm ${options.year}`,
    criteria: CRITERIA,
    targets,
  });
  const count = (nodes: readonly { children: readonly unknown[] }[]): number =>
    nodes.reduce((n, node) => n + 1 + count(node.children as { children: unknown[] }[]), 0);
  return { criteria: count(table.criteria), targets: table.targets.length };
}
