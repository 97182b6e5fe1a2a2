import type { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { buildProgram } from './program.ts';

/**
 * Every command's help, as `kcn <command> --help` prints it (the processes themselves are run by
 * test/cli.e2e.test.ts; one `--help` there proves the wiring, these the texts).
 */
function find(program: Command, path: string[]): Command {
  return path.reduce((command, name) => {
    const sub = command.commands.find((c) => c.name() === name);
    if (!sub) throw new Error(`no command ${path.join(' ')}`);
    return sub;
  }, program);
}

describe('kcn --help', () => {
  const program = buildProgram();

  it.each([
    [['serve'], ['--port <port>', '--data-dir <dir>', '--no-demo']],
    [['import'], ['<file>', '--dry-run', '--json', '--data-dir <dir>']],
    [['export'], ['--board', '--out', '--data-dir <dir>']],
    [
      ['report', 'investment'],
      [
        '--board',
        '--from',
        '--to',
        '--json',
        '--format <format>',
        '--out <file>',
        '--number',
        '--date',
        '--signer',
        '--signer-title',
      ],
    ],
    [
      ['report', 'zones'],
      ['--board', '--as-of', '--json', '--format <format>', '--out <file>'],
    ],
    [
      ['report', 'production'],
      ['--board', '--period', '--json', '--format <format>', '--out <file>'],
    ],
    [
      ['report', 'dossiers'],
      ['--board', '--from', '--to', '--json', '--format <format>', '--out <file>'],
    ],
    [
      ['calendar', 'due-date'],
      ['--received-at', '--working-days', '--days', '--json'],
    ],
    [
      ['calendar', 'year'],
      ['<year>', '--json'],
    ],
    [['demo'], ['--data-dir <dir>']],
    [['migrate'], ['--data-dir <dir>']],
    [
      ['user', 'create'],
      ['--username', '--full-name', '--role', '--board'],
    ],
    [['backup'], ['--out <file>', '--data-dir <dir>']],
    [['restore'], ['<file>', '--data-dir <dir>']],
  ])('kcn %s --help names its options', (path, options) => {
    const help = find(program, path).helpInformation();
    expect(help).toContain(`Usage: kcn ${path.join(' ')}`);
    for (const option of options) expect(help).toContain(option);
  });

  it('lists every command', () => {
    const help = program.helpInformation();
    for (const name of [
      'serve',
      'import',
      'export',
      'report',
      'calendar',
      'demo',
      'migrate',
      'user',
      'backup',
      'restore',
    ])
      expect(help).toContain(name);
  });
});
