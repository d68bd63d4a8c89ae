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
    /** Footnotes the report prints for the indicator, as printed (in its script); '' if none. */
    notes: z.string(),
    source: z.object({ file: z.string(), line: z.number().int() }),
    /** `table`: a cell of a key-performance table; `callout`: a key figure printed in the body. */
    from: z.enum(['table', 'callout']),
    /** Slug of the section (page) that prints the value, in the report `report`. */
    section: z.string().nullable(),
    /** Set where the report prints the row with its cells shifted and the build put each value under
     *  its year: `shift` columns to the right (negative: left), `missingYears` when not every year is printed. */
    repaired: z.object({ shift: z.number().int(), missingYears: z.boolean() }).strict().nullable(),
  })
  .strict();

export type KpiRow = z.infer<typeof kpiRowSchema>;
