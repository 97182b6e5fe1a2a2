import { defineConfig } from 'drizzle-kit';

// One migration history for PGlite and PostgreSQL. `npm run db:generate` writes a new numbered
// SQL file from the *.tables.ts files; migrations are applied from code at start-up.
export default defineConfig({
  dialect: 'postgresql',
  schema: ['./src/server/kernel/*.tables.ts', './src/server/modules/*/*.tables.ts'],
  out: './migrations',
  casing: 'snake_case',
});
