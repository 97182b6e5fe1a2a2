import type { Command } from 'commander';
import {
  federationStatus,
  FederationErrors,
  publishFederation,
  refreshFederation,
  subscribeFederation,
  unsubscribeFederation,
  type SubscriptionStatus,
} from '../../server/modules/federation/index.ts';
import { addDatabaseOption, printJson, withDatabase, type DatabaseOption } from '../context.ts';

function statusText(rows: readonly SubscriptionStatus[]): string {
  if (rows.length === 0) return 'Chưa đăng ký nhận dữ liệu từ máy chủ tỉnh nào.\n';
  return rows
    .map(
      (r) =>
        `${r.subscription}: ${r.enabled ? 'đang nhận' : 'đã dừng'}, ${r.tablesReady}/${r.tables} bảng đã đồng bộ` +
        `${r.lastReceivedAt ? `, nhận lần cuối ${r.lastReceivedAt}` : ''}` +
        (r.applyErrors + r.syncErrors > 0
          ? ` — ${r.applyErrors} lỗi áp dụng, ${r.syncErrors} lỗi sao chép: xem nhật ký PostgreSQL của máy chủ này`
          : '') +
        '\n',
    )
    .join('');
}

/**
 * `kcn federation …` (decision 022): a province's server publishes its boards' rows, the national
 * server subscribes — PostgreSQL's logical replication, on the database DATABASE_URL names.
 */
export function registerFederationCommands(program: Command) {
  const federation = program
    .command('federation')
    .description(
      'liên thông dữ liệu giữa máy chủ tỉnh và máy chủ trung ương bằng sao chép logic của PostgreSQL (DATABASE_URL)',
    );

  addDatabaseOption(
    federation
      .command('publish')
      .description('trên máy chủ tỉnh: công bố dữ liệu các Ban của máy chủ này (cần wal_level = logical)')
      .option('--json', 'in kết quả dạng JSON'),
  ).action(async (options: DatabaseOption & { json?: boolean }) => {
    const result = await withDatabase(options, (database) => publishFederation(database));
    if (options.json) return printJson(result);
    process.stdout.write(
      `Đã công bố ${result.tables.length} bảng trong ấn phẩm ${result.publication}: ${result.tables.join(', ')}.\n`,
    );
  });

  addDatabaseOption(
    federation
      .command('subscribe')
      .description('trên máy chủ trung ương (hoặc của khối): nhận dữ liệu từ một máy chủ tỉnh')
      .argument('<name>', 'tên đăng ký, ví dụ tinh_thai_binh')
      .option(
        '--from <connection>',
        'chuỗi kết nối tới máy chủ tỉnh, ví dụ "host=… port=5432 dbname=kcn user=…" (hoặc biến KCN_FEDERATION_FROM, để mật khẩu không hiện trong danh sách tiến trình)',
      )
      .option(
        '--no-copy',
        'không sao chép lần đầu: dữ liệu của tỉnh đã có ở đây (đăng ký lại sau khi ngừng)',
      ),
  ).action(async (name: string, options: DatabaseOption & { from?: string; copy: boolean }) => {
    const connection = options.from ?? process.env.KCN_FEDERATION_FROM;
    if (!connection) throw FederationErrors.FEDERATION_CONNECTION_INVALID();
    await withDatabase(options, (database) =>
      subscribeFederation(database, { name, connection, copyData: options.copy }),
    );
    process.stdout.write(
      `Đã đăng ký ${name}; dữ liệu đang được sao chép lần đầu (xem: kcn federation status).\n`,
    );
  });

  addDatabaseOption(
    federation
      .command('status')
      .description('trên máy chủ trung ương: các đăng ký và mức đồng bộ')
      .option('--json', 'in kết quả dạng JSON'),
  ).action(async (options: DatabaseOption & { json?: boolean }) => {
    const rows = await withDatabase(options, (database) => federationStatus(database));
    if (options.json) return printJson(rows);
    process.stdout.write(statusText(rows));
  });

  addDatabaseOption(
    federation
      .command('refresh')
      .description('trên máy chủ trung ương: nhận cả các bảng tỉnh mới công bố (sau khi nâng cấp)')
      .argument('<name>', 'tên đăng ký'),
  ).action(async (name: string, options: DatabaseOption) => {
    await withDatabase(options, (database) => refreshFederation(database, name));
    process.stdout.write(`Đã làm mới ${name}: các bảng mới công bố đang được sao chép.\n`);
  });

  addDatabaseOption(
    federation
      .command('unsubscribe')
      .description(
        'trên máy chủ trung ương: ngừng nhận dữ liệu từ một máy chủ tỉnh (dữ liệu đã nhận được giữ lại)',
      )
      .argument('<name>', 'tên đăng ký'),
  ).action(async (name: string, options: DatabaseOption) => {
    await withDatabase(options, (database) => unsubscribeFederation(database, name));
    process.stdout.write(`Đã ngừng đăng ký ${name}.\n`);
  });
}
