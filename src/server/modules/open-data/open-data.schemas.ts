import { z } from 'zod';
import { Hectares, Timestamp, VndAmount } from '../../kernel/schemas.ts';
import { BoardCode } from '../boards/index.ts';
import { SUPPRESSION_REASONS } from '../../../domain/disclosure.ts';

export const OPEN_DATA_FORMATS = ['json', 'csv'] as const;

export const OpenFiguresQuery = z.strictObject({
  board: BoardCode,
  /** Default: the last complete year (Vietnam calendar). */
  year: z.coerce.number().int().min(1990).max(9999).optional(),
  format: z.enum(OPEN_DATA_FORMATS).default('json'),
});
export type OpenFiguresQuery = z.infer<typeof OpenFiguresQuery>;

const Suppressed = z
  .enum(SUPPRESSION_REASONS)
  .nullable()
  .meta({ description: 'Why the cell is not shown (its figures are then null, never 0); null when shown.' });

const ProjectCell = z.object({
  key: z.string(),
  count: z.number().int().nullable(),
  capitalVnd: VndAmount.nullable(),
  suppressed: Suppressed,
});
export type ProjectCell = z.infer<typeof ProjectCell>;

const ZoneCell = z.object({
  key: z.string(),
  count: z.number().int().nullable(),
  areaHa: Hectares.nullable(),
  suppressed: Suppressed,
});
export type ZoneCell = z.infer<typeof ZoneCell>;

export const OpenFigures = z
  .object({
    board: z.object({ code: BoardCode, name: z.string() }),
    year: z.number().int(),
    generatedAt: Timestamp,
    licence: z.object({ name: z.string(), url: z.string(), attribution: z.string() }),
    suppression: z.object({
      version: z.string(),
      threshold: z.number().int(),
      dominancePct: z.number().int(),
    }),
    tables: z.object({
      investment: z.object({ total: ProjectCell, rows: z.array(ProjectCell) }).meta({
        description:
          'New projects licensed in the year (certificates "cấp mới"): FDI and DDI, registered capital at licensing.',
      }),
      byCountry: z.object({ total: ProjectCell, rows: z.array(ProjectCell) }).meta({
        description:
          "The year's new projects by investor country (ISO 3166 alpha-2; DDI is VN; 'unknown' when unrecorded).",
      }),
      bySector: z.object({ total: ProjectCell, rows: z.array(ProjectCell) }).meta({
        description: "The year's new projects by VSIC 2018 section letter ('unknown' when unrecorded).",
      }),
      zones: z
        .object({
          asOf: z.iso.date(),
          total: ZoneCell,
          rows: z.array(ZoneCell),
          operatingOccupancyDecree35Pct: z.number().nullable(),
        })
        .meta({
          description:
            'Zones by status at the end of the year, with areas; the operating zones’ occupancy (Decree 35), null when their cell is not shown.',
        }),
    }),
  })
  .meta({ id: 'OpenFigures' });
export type OpenFigures = z.infer<typeof OpenFigures>;
