import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * The files that take longest (seconds in the clean-clone CI run of 2026-11-30), started first
 * within their project: on a fresh clone Vitest has no durations of its own and keeps the files'
 * alphabetical order, which put the longest journeys (small screens, 194 s; reminders, 149 s) at
 * the end of the browser stage, where they ran alone while the other workers sat idle.
 */
const HEAVY_FIRST = [
  'test/browser/small-screens.browser.test.ts', // 194
  'test/browser/reminders-and-boards.browser.test.ts', // 149
  'test/cli.e2e.test.ts', // 123
  'test/backup.e2e.test.ts', // 94
  'test/browser/settings.browser.test.ts', // 89
  'test/organisation.e2e.test.ts', // 73
  'test/browser/forms-and-session.browser.test.ts', // 71
  'test/browser/inspection.browser.test.ts', // 67
  'test/browser/admin.browser.test.ts', // 67
  'src/server/modules/statistics-excel/statistics-excel.int.test.ts', // 42 and 30
  'src/server/modules/faces.test.ts', // 35
  'test/reliability/crash.e2e.test.ts', // 33
  'test/list-downloads.int.test.ts', // 25
  'test/report-documents.int.test.ts', // 25
];

/** Vitest's order (projects one after another, known durations first), heavy files first in each project. */
export default class HeavyFilesFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const rank = (spec: TestSpecification) => {
      const index = HEAVY_FIRST.findIndex((file) => spec.moduleId.endsWith(file));
      return index === -1 ? HEAVY_FIRST.length : index;
    };
    // Each project's files stay together, in Vitest's order of projects.
    const byProject = new Map<string, TestSpecification[]>();
    for (const spec of sorted) {
      const group = byProject.get(spec.project.name) ?? [];
      group.push(spec);
      byProject.set(spec.project.name, group);
    }
    return [...byProject.values()].flatMap((group) =>
      group
        .map((spec, position) => ({ spec, position }))
        .sort((a, b) => rank(a.spec) - rank(b.spec) || a.position - b.position)
        .map(({ spec }) => spec),
    );
  }
}
