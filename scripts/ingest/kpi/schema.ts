// The KPI row: one indicator, year and report, with the printed value kept beside the number.
// The dataset (`/data/kpis.json`) and its published JSON Schema are made of these rows.
import { z } from 'zod';

export const kpiRowSchema = z
  .object({
    /** Document id of the report that prints the value. */
    report: z.string(),
    /** Category as printed (the table prints it on a block's first row only). */
    category: z.string(),
    /** Stable ASCII id of the indicator, the same in every report that prints it. */
    indicator: z.string().regex(/^[a-z0-9-]+$/),
    /** Name in Chinese as printed, footnote markers removed. */
    name: z.string(),
    name_en: z.string().nullable(),
    unit: z.string(),
    year: z.number().int(),
    /** The number, or null where the report prints no number (`-`, `达标`). */
    value: z.number().nullable(),
    /** The cell as printed. */
    raw: z.string(),
    qualifier: z.enum(['over', 'under', 'approx', 'met']).nullable(),
    /** Footnotes of the indicator and what the build repaired, as text. */
    notes: z.string(),
    source: z.object({ file: z.string(), line: z.number().int() }),
    from: z.enum(['table', 'callout']),
  })
  .strict();

export type KpiRow = z.infer<typeof kpiRowSchema>;
