import { systemActor, type Actor } from '../../kernel/actor.ts';
import type { Db } from '../../kernel/db/database.ts';
import { allBoardIds, findBoardByCode } from '../boards/index.ts';
import { loadBoundariesDemo } from '../boundaries/index.ts';
import { loadCommendationDemo } from '../commendation/index.ts';
import { loadComplaintsDemo } from '../complaints/index.ts';
import { loadDifficultiesDemo } from '../difficulties/index.ts';
import { loadEmulationDemo } from '../emulation/index.ts';
import { loadEnvironmentDemo } from '../environment/index.ts';
import { upsertOneStopOffice } from '../one-stop/index.ts';
import { loadInfrastructureDemo } from '../infrastructure/index.ts';
import { loadInvestorPortalDemo } from '../investor-portal/index.ts';
import { importPackage, type ImportSummary } from '../packages/index.ts';
import { loadPlanningDemo } from '../planning/index.ts';
import { loadPromotionDemo } from '../promotion/index.ts';
import { setProvinceTotal, setTarget } from '../targets/index.ts';
import { THAI_BINH_PROVINCE_2019, THAI_BINH_TARGETS_2019 } from './thai-binh-enterprises.demo.ts';
import { THAI_BINH_ONE_STOP_OFFICE } from './thai-binh-one-stop.demo.ts';
import { buildThaiBinhDemoPackage, DEMO_BLOC_CODE } from './thai-binh.demo.ts';

export const DEMO_BOARD_CODE = 'TB';

export class DemoDatabaseNotEmptyError extends Error {
  constructor() {
    super('Cơ sở dữ liệu đã có dữ liệu của Ban Quản lý khác; dữ liệu mẫu chỉ nạp vào cơ sở dữ liệu trống.');
  }
}

/**
 * Loads the Thái Bình demo board through the ordinary data-package importer. Idempotent: run
 * again on a database holding only the demo board, it changes nothing.
 */
export async function loadDemoData(db: Db, actor: Actor): Promise<ImportSummary> {
  const boardIds = await allBoardIds(db);
  const demoBoard = await findBoardByCode(db, DEMO_BOARD_CODE);
  if (boardIds.length > 0 && !(boardIds.length === 1 && demoBoard)) throw new DemoDatabaseNotEmptyError();
  const summary = await importPackage(db, actor, buildThaiBinhDemoPackage());
  const board = (await findBoardByCode(db, DEMO_BOARD_CODE))!;
  const boardActor = systemActor(actor.label, [board.id]);
  for (const target of THAI_BINH_TARGETS_2019)
    await setTarget(db, boardActor, { boardId: board.id, ...target });
  for (const total of THAI_BINH_PROVINCE_2019)
    await setProvinceTotal(db, boardActor, { boardId: board.id, ...total });
  await upsertOneStopOffice(db, boardActor, board.id, THAI_BINH_ONE_STOP_OFFICE);
  // The bloc's scoring table of 2019 (the year of the demo's figures) and the board's register of
  // titles and awards: invented, each loader says so, and each leaves a loaded database alone.
  await db.transaction(async (tx) => {
    await loadEmulationDemo(tx, { bloc: DEMO_BLOC_CODE, year: 2019 }, actor);
    await loadCommendationDemo(tx, board.id, actor);
  });
  // The zones' wastewater plants and their monitoring, and a history of settled complaints and
  // resolved difficulties (2024–2025): invented, labelled "Dữ liệu minh họa", nothing left open.
  await db.transaction(async (tx) => {
    await loadEnvironmentDemo(tx, board, actor);
    await loadComplaintsDemo(tx, board, actor);
    await loadDifficultiesDemo(tx, board, actor);
  });
  // zones-v1: decisions about the zones (Decision 1486/QĐ-TTg is real, the others invented and
  // marked "dữ liệu minh họa"), illustrative boundaries and the zones' infrastructure works.
  await db.transaction(async (tx) => {
    await loadPlanningDemo(tx, board, actor);
    await loadBoundariesDemo(tx, board, actor);
  });
  await loadInfrastructureDemo(db, board, actor);
  // The zones' public pages (issue 15): a few published with demo prices, one draft.
  await loadInvestorPortalDemo(db, board, actor);
  // Promotion: events, organisations, meetings and leads, one linked to a licensed project.
  await loadPromotionDemo(db, board, actor);
  return summary;
}
