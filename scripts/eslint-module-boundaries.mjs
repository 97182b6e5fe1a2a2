// ESLint rule `kcn/module-boundaries` (decision 013): a module is used only through its face.
//
//  - A file of src/server/modules/<m>/ or src/web/modules/<m>/ may import its own module's files
//    freely, and another module only through that module's index.ts (or index.tsx) — except that
//    a `*.tables.ts` file names another module's `*.tables.ts` directly (foreign keys);
//  - src/server/kernel/ and src/domain/ import no module at all.
//
// Relative paths are resolved against the importing file, so every spelling of a path is caught.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const MODULE_ROOTS = ['src/server/modules', 'src/web/modules'].map((dir) => path.join(ROOT, dir));
const FOUNDATIONS = ['src/server/kernel', 'src/domain'].map((dir) => path.join(ROOT, dir));
const FACE = /^index\.tsx?$/;
const TABLES = /\.tables\.ts$/;

const inside = (dir, file) => {
  const relative = path.relative(dir, file);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
};

/** Where a file sits among the modules: its modules root, its module ('' for the registry) and the rest. */
function placeOf(file) {
  for (const root of MODULE_ROOTS) {
    if (!inside(root, file)) continue;
    const [module, ...rest] = path.relative(root, file).split(path.sep);
    return rest.length === 0 ? { root, module: '', rest: module } : { root, module, rest: rest.join('/') };
  }
  return null;
}

/** @type {import('eslint').Rule.RuleModule} */
export const moduleBoundaries = {
  meta: {
    type: 'problem',
    docs: {
      description:
        'Import another module only through its face (index.ts); the kernel and domain import none',
    },
    messages: {
      face: "Import module '{{module}}' through its face '{{face}}', not its file '{{file}}' (decision 013).",
      foundation: "{{area}} must not import a module ('{{source}}'): modules depend on it, not the reverse.",
    },
    schema: [],
  },
  create(context) {
    const file = path.resolve(context.filename);
    const from = placeOf(file);
    const foundation = FOUNDATIONS.find((dir) => inside(dir, file));
    if (!from && !foundation) return {};

    function check(node) {
      const source = node?.value;
      if (typeof source !== 'string' || !source.startsWith('.')) return;
      const target = placeOf(path.resolve(path.dirname(file), source));
      if (!target || !target.module) return;
      if (foundation) {
        context.report({
          node,
          messageId: 'foundation',
          data: { area: path.relative(ROOT, foundation), source },
        });
        return;
      }
      if (target.root === from.root && target.module === from.module) return;
      if (FACE.test(target.rest)) return;
      // Tables name other modules' tables in their foreign keys: table to table directly, so the
      // schema stays a graph of table files that drizzle-kit (and every face) loads on its own.
      if (TABLES.test(file) && TABLES.test(target.rest)) return;
      context.report({
        node,
        messageId: 'face',
        data: {
          module: target.module,
          face: `${target.module}/index.ts`,
          file: `${target.module}/${target.rest}`,
        },
      });
    }

    return {
      ImportDeclaration: (node) => check(node.source),
      ExportNamedDeclaration: (node) => check(node.source),
      ExportAllDeclaration: (node) => check(node.source),
      ImportExpression: (node) => check(node.source),
    };
  },
};

export default { rules: { 'module-boundaries': moduleBoundaries } };
