import type { Command } from 'commander';
import { CommonErrors } from '../../server/kernel/errors.ts';
import { findBlocByCode, findBoardByCode } from '../../server/modules/boards/boards.service.ts';
import { DEMO_BOARD_CODE, loadDemoData } from '../../server/modules/demo/demo.service.ts';
import { CreateUserBody } from '../../server/modules/users/users.schemas.ts';
import { createUser } from '../../server/modules/users/users.service.ts';
import { addDatabaseOption, readStdin, withDatabase } from '../context.ts';

export function registerAdminCommands(program: Command) {
  addDatabaseOption(
    program
      .command('migrate')
      .description('tạo hoặc nâng cấp lược đồ cơ sở dữ liệu (serve và các lệnh khác tự làm việc này)'),
  ).action(async (options: { dataDir?: string }) => {
    await withDatabase(options, async (database) => {
      process.stdout.write(
        `Cơ sở dữ liệu đã ở phiên bản mới nhất (${database.kind}: ${database.location}).\n`,
      );
    });
  });

  addDatabaseOption(
    program
      .command('demo')
      .description(`nạp dữ liệu mẫu Ban Quản lý tỉnh Thái Bình (${DEMO_BOARD_CODE}) vào cơ sở dữ liệu trống`),
  ).action(async (options: { dataDir?: string }) => {
    await withDatabase(options, async (database, actor) => {
      const summary = await loadDemoData(database.db, actor);
      const created = (['zones', 'projects', 'licensingEvents', 'capitalImplementations'] as const).reduce(
        (n, kind) => n + summary[kind].created + summary[kind].updated,
        0,
      );
      process.stdout.write(
        created > 0
          ? `Đã nạp dữ liệu mẫu: ${summary.zones.created} khu, ${summary.projects.created} dự án, ${summary.licensingEvents.created} lần cấp phép, ${summary.capitalImplementations.created} số liệu vốn thực hiện, ${summary.procedures.created} thủ tục hành chính, ${summary.dossiers.created} hồ sơ một cửa.\n`
          : 'Dữ liệu mẫu đã có sẵn; không có gì thay đổi.\n',
      );
    });
  });

  const user = program.command('user').description('quản lý người dùng');
  addDatabaseOption(
    user
      .command('create')
      .description('tạo người dùng; mật khẩu được sinh ngẫu nhiên và in ra một lần (hoặc đọc từ stdin)')
      .requiredOption('--username <name>', 'tên đăng nhập')
      .option('--full-name <name>', 'họ tên')
      .option('--email <email>', 'thư điện tử')
      .option('--role <role>', 'admin | leader | staff | viewer', 'staff')
      .option('--board <code>', 'mã Ban Quản lý của người dùng')
      .option('--bloc <code>', 'mã khối thi đua (người dùng cấp khối: xem các Ban trong khối)')
      .option('--national', 'người dùng cấp Bộ (xem mọi Ban)')
      .option('--password-stdin', 'đọc mật khẩu từ stdin thay vì sinh ngẫu nhiên'),
  ).action(
    async (options: {
      dataDir?: string;
      username: string;
      fullName?: string;
      email?: string;
      role: string;
      board?: string;
      bloc?: string;
      national?: boolean;
      passwordStdin?: boolean;
    }) => {
      const password = options.passwordStdin ? (await readStdin()).trim() : undefined;
      await withDatabase(options, async (database, actor) => {
        const scope = options.national ? 'national' : options.bloc ? 'bloc' : 'board';
        const board = options.board ? await findBoardByCode(database.db, options.board) : null;
        const bloc = options.bloc ? await findBlocByCode(database.db, options.bloc) : null;
        if (scope === 'board' && !board) {
          throw CommonErrors.VALIDATION_FAILED([
            {
              path: '--board',
              message: options.board
                ? `Không có Ban Quản lý mã ${options.board}.`
                : 'Cần --board, --bloc hoặc --national.',
              reason: 'not_found',
            },
          ]);
        }
        if (scope === 'bloc' && !bloc) {
          throw CommonErrors.VALIDATION_FAILED([
            { path: '--bloc', message: `Không có khối mã ${options.bloc}.`, reason: 'not_found' },
          ]);
        }
        const parsed = CreateUserBody.safeParse({
          username: options.username,
          fullName: options.fullName ?? options.username,
          email: options.email ?? null,
          role: options.role,
          scope,
          ...(board ? { boardId: board.id } : {}),
          ...(bloc ? { blocId: bloc.id } : {}),
          ...(password ? { password } : {}),
        });
        if (!parsed.success) {
          throw CommonErrors.VALIDATION_FAILED(
            parsed.error.issues.map((i) => ({
              path: `--${i.path.join('.')}`,
              message: i.message,
              reason: i.code,
            })),
          );
        }
        const { user: created, generatedPassword } = await createUser(database.db, actor, parsed.data);
        process.stdout.write(
          `Đã tạo người dùng ${created.username} (${created.role}, ${created.scope}${board ? ` ${board.code}` : ''}).\n`,
        );
        if (generatedPassword) process.stdout.write(`Mật khẩu (chỉ hiện một lần): ${generatedPassword}\n`);
      });
    },
  );
}
