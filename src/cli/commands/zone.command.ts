import type { Command } from 'commander';
import { formatDate, formatNumber, formatPercent } from '../../domain/number-format.ts';
import { findBoardByCode, type Board } from '../../server/modules/boards/index.ts';
import {
  findZonesByCodes,
  getZone,
  RecordLandChangeBody,
  recordLandChange,
  ZoneErrors,
  type Zone,
} from '../../server/modules/zones/index.ts';
import type { Actor } from '../../server/kernel/actor.ts';
import type { Database } from '../../server/kernel/db/database.ts';
import {
  addDatabaseOption,
  parseOptions,
  printingRefusal,
  callServer,
  printJson,
  resolveTarget,
  runningServer,
  withDatabase,
} from '../context.ts';

const FLAG: Record<string, string> = {
  asOf: '--as-of',
  industrialLandHa: '--industrial',
  serviceLandHa: '--service',
  leasedLandHa: '--leased',
  leasedServiceLandHa: '--leased-service',
  currentFiguresSince: '--since',
  note: '--note',
};

const notFound = (board: string, code: string) =>
  ZoneErrors.ZONE_NOT_FOUND([
    {
      path: '<zone>',
      reason: 'not_found',
      message: `Ban Quản lý ${board} không có khu mã ${code}.`,
      value: code,
    },
  ]);

/** The zone's id by its board's code and its own, in the database or through the running server. */
async function zoneIdOnServer(server: Parameters<typeof callServer>[0], board: string, code: string) {
  const boards = (await callServer(server, 'GET', '/boards')) as Board[];
  const boardId = boards.find((b) => b.code === board)?.id;
  if (!boardId) throw notFound(board, code);
  const page = (await callServer(
    server,
    'GET',
    `/zones?boardId=${boardId}&q=${encodeURIComponent(code)}&pageSize=100`,
  )) as { items: Zone[] };
  const zone = page.items.find((z) => z.code === code);
  if (!zone) throw notFound(board, code);
  return zone.id;
}

async function zoneIdInDatabase(database: Database, board: string, code: string) {
  const found = await findBoardByCode(database.db, board);
  const [zone] = found ? await findZonesByCodes(database.db, found.id, [code]) : [];
  if (!zone) throw notFound(board, code);
  return zone.id;
}

/** Runs `act` on the zone through the running server when there is one, else on the database. */
async function onZone<T>(
  options: { dataDir?: string; board: string },
  code: string,
  viaServer: (server: Parameters<typeof callServer>[0], id: string) => Promise<T>,
  direct: (database: Database, actor: Actor, id: string) => Promise<T>,
): Promise<T> {
  const server = await runningServer(resolveTarget({ dataDir: options.dataDir }));
  if (server) return viaServer(server, await zoneIdOnServer(server, options.board, code));
  return withDatabase(options, async (database, actor) =>
    direct(database, actor, await zoneIdInDatabase(database, options.board, code)),
  );
}

const ha = (value: string | null) => (value === null ? '—' : `${formatNumber(value)} ha`);

export function zoneText(zone: Zone): string {
  const lines = [
    `${zone.code} — ${zone.name} (${zone.kind}), phiên bản ${zone.version}`,
    `  Diện tích quy hoạch: ${ha(zone.areaHa)}`,
    `  Nằm trong khu kinh tế: ${zone.parentZone ? `${zone.parentZone.code} — ${zone.parentZone.name}` : 'không'}`,
    ...(zone.childZones.length > 0
      ? [`  Các khu bên trong: ${zone.childZones.map((c) => c.code).join(', ')}`]
      : []),
    `  Đất công nghiệp: ${ha(zone.industrialLandHa)}, đã cho thuê ${ha(zone.leasedLandHa)}`,
    `  Đất dịch vụ: ${ha(zone.serviceLandHa)}, đã cho thuê ${ha(zone.leasedServiceLandHa)}`,
    `  Tỷ lệ lấp đầy (Nghị định 35/2022): ${formatPercent(zone.occupancyDecree35Pct)}; đất công nghiệp: ${formatPercent(zone.occupancyPct)}`,
  ];
  if (zone.landHistory.length > 0) {
    lines.push('  Lịch sử đất:');
    for (const entry of zone.landHistory)
      lines.push(
        `    từ ${formatDate(entry.asOf)}: công nghiệp ${ha(entry.industrialLandHa)} (thuê ${ha(entry.leasedLandHa)}), ` +
          `dịch vụ ${ha(entry.serviceLandHa)} (thuê ${ha(entry.leasedServiceLandHa)})${entry.note ? ` — ${entry.note}` : ''}`,
      );
  }
  return `${lines.join('\n')}\n`;
}

/** `kcn zone show` and `kcn zone land` (zones-v1): a zone's land now and over time. */
export function registerZoneCommands(program: Command) {
  // `kcn zone transfer` (organisation-v1) lives under the same command.
  const zone = program.commands.find((command) => command.name() === 'zone') ?? program.command('zone');
  zone.description(
    'khu: xem đất của khu theo thời gian, ghi nhận thay đổi đất (zones-v1); chuyển khu sang Ban Quản lý khác (organisation-v1)',
  );

  addDatabaseOption(
    zone
      .command('show')
      .description('xem một khu: khu kinh tế chứa nó, đất công nghiệp, dịch vụ, tỷ lệ lấp đầy và lịch sử đất')
      .argument('<zone>', 'mã khu, ví dụ TB-LHT')
      .requiredOption('--board <code>', 'mã Ban Quản lý, ví dụ TB')
      .option('--json', 'in kết quả dạng JSON'),
  ).action(async (code: string, options: { dataDir?: string; board: string; json?: boolean }) => {
    const result = await printingRefusal(options.json, () =>
      onZone(
        options,
        code,
        async (server, id) => (await callServer(server, 'GET', `/zones/${id}`)) as Zone,
        (database, actor, id) => getZone(database.db, actor, id),
      ),
    );
    if (options.json) return printJson(result);
    process.stdout.write(zoneText(result));
  });

  addDatabaseOption(
    zone
      .command('land')
      .description('ghi nhận số liệu đất của khu từ một ngày; các mốc trước được giữ nguyên')
      .argument('<zone>', 'mã khu, ví dụ TB-LHT')
      .requiredOption('--board <code>', 'mã Ban Quản lý, ví dụ TB')
      .requiredOption('--as-of <date>', 'số liệu từ ngày (YYYY-MM-DD)')
      .option('--industrial <ha>', 'đất công nghiệp, ha')
      .option('--leased <ha>', 'đất công nghiệp đã cho thuê, ha')
      .option('--service <ha>', 'đất dịch vụ, ha')
      .option('--leased-service <ha>', 'đất dịch vụ đã cho thuê, ha')
      .option('--since <date>', 'khu chưa có lịch sử đất: số liệu hiện tại có từ ngày này')
      .option('--note <text>', 'căn cứ: quyết định, đo đạc…')
      .option('--json', 'in kết quả dạng JSON'),
  ).action(
    async (
      code: string,
      options: {
        dataDir?: string;
        board: string;
        asOf: string;
        industrial?: string;
        leased?: string;
        service?: string;
        leasedService?: string;
        since?: string;
        note?: string;
        json?: boolean;
      },
    ) => {
      const change = {
        asOf: options.asOf,
        ...(options.industrial !== undefined ? { industrialLandHa: options.industrial } : {}),
        ...(options.leased !== undefined ? { leasedLandHa: options.leased } : {}),
        ...(options.service !== undefined ? { serviceLandHa: options.service } : {}),
        ...(options.leasedService !== undefined ? { leasedServiceLandHa: options.leasedService } : {}),
        ...(options.since !== undefined ? { currentFiguresSince: options.since } : {}),
        ...(options.note !== undefined ? { note: options.note } : {}),
      };
      // The version is the zone's as read just before: the command states a fact, not an edit of a form.
      parseOptions(RecordLandChangeBody, { ...change, version: 1 }, FLAG);
      const result = await printingRefusal(options.json, () =>
        onZone(
          options,
          code,
          async (server, id) => {
            const current = (await callServer(server, 'GET', `/zones/${id}`)) as Zone;
            return (await callServer(server, 'POST', `/zones/${id}/land-changes`, {
              ...change,
              version: current.version,
            })) as Zone;
          },
          async (database, actor, id) => {
            const current = await getZone(database.db, actor, id);
            return recordLandChange(database.db, actor, id, { ...change, version: current.version });
          },
        ),
      );
      if (options.json) return printJson(result);
      process.stdout.write(zoneText(result));
    },
  );
}
