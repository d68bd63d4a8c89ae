// Key-figure callouts (a label, a number, a unit printed apart from the sentences) → KPI rows.
import type { Doc } from '../types.ts';
import type { KpiRow } from './schema.ts';
import { parseValue } from './cells.ts';
import { indicatorId } from './tables.ts';
import { figureLabel, MAGNITUDE } from '../text/blocks.ts';
import { alternation, escapeRegExp, vocabulary } from '../vocabulary.ts';

const { labelQualifiers } = vocabulary.kpi;
/** A qualifier printed at the end of a label (`4G 中频可用基站超`). */
const LABEL_QUALIFIER = new RegExp(`(${alternation([...labelQualifiers.over, ...labelQualifiers.approx])})$`, 'u');
/** A qualifier printed after a callout's unit (`95% 以上`). */
const UNIT_QUALIFIER = new RegExp(`\\s*(?:${alternation(vocabulary.kpi.valueQualifiers.after.over)})$`, 'u');
/**
 * A callout's number, maybe a magnitude, and 余 ("over") after them, read over its value and unit as
 * printed together: on the number's line (`3萬餘` + `名`, `1,200余` + `人`) or the unit's (`286` + `萬餘人次`,
 * `286` + `餘萬人次`). The value is over the number; the magnitude and what follows 余 are the unit.
 */
const OVER = new RegExp(`^(.*?\\d)\\s*(${MAGNITUDE})?\\s*(余|餘)\\s*`, 'u');
/** A year the label names: `2024年服务农业项目`. */
const LABEL_YEAR = new RegExp(`^(\\d{4})\\s*${escapeRegExp(vocabulary.grammar.dates.year)}`, 'u');

/**
 * KPI rows from a document's key-figure callouts (`5G 中频基站 / 137.5 / 万站`). The year is the one
 * the label names (`2024年服务农业项目`), else the report's; a label ending in 超/超过 ("over") or
 * 约/近 ("approx") gives that qualifier to the value, which `raw` then shows as printed. Callouts print no category; they are filed under 关键数字 (key figures)
 * and the row names the section that prints them.
 */
export const CALLOUT_CATEGORY = vocabulary.kpi.calloutCategory;

export function extractCallouts(doc: Doc, file: string, englishName: (id: string) => string | null): KpiRow[] {
  const rows: KpiRow[] = [];
  for (const section of doc.sections) {
    for (const block of section.blocks) {
      if (block.type !== 'figure') continue;
      // A row's label may end with a colon (`定点扶贫：`), which is not part of the name.
      const label = figureLabel(block).replace(/[：:]$/u, '');
      // A qualifier printed at the end of the label (`4G 中频可用基站超`): its word and meaning.
      const word = LABEL_QUALIFIER.exec(label)?.[1];
      const labelQualifier: KpiRow['qualifier'] = word ? (labelQualifiers.over.includes(word) ? 'over' : 'approx') : null;
      const name = word ? label.slice(0, -word.length).trim() : label;
      // 余 after the number or its magnitude (`3萬餘` + `名`, `286` + `萬餘人次`): the magnitude belongs to the
      // unit (`萬名`, as in `1.8萬人`), the value is over the number.
      const printed = block.value + block.unit;
      const over = OVER.exec(printed);
      const printedUnit = over ? (over[2] ?? '') + printed.slice(over[0].length) : block.unit;
      // A qualifier printed after the unit (`95%` `以上`): the unit is the percentage, the value is over it.
      const after = UNIT_QUALIFIER.exec(printedUnit);
      const unit = after ? printedUnit.slice(0, after.index).trim() : printedUnit;
      const parsed = parseValue(over ? `${over[1]}${over[3]}` : block.value) ?? { value: null, qualifier: null };
      const year = Number(LABEL_YEAR.exec(name)?.[1] ?? doc.year);
      const indicator = indicatorId(name, unit);
      rows.push({
        report: doc.id,
        category: CALLOUT_CATEGORY,
        indicator,
        name,
        name_en: englishName(indicator),
        unit,
        year,
        value: parsed.value,
        raw: word ? `${word} ${block.value}` : after ? `${block.value}${block.unit}` : over ? printed.slice(0, over[0].length).trimEnd() : block.value,
        qualifier: labelQualifier ?? (after ? 'over' : parsed.qualifier),
        notes: '',
        source: { file, line: block.line },
        from: 'callout',
        section: section.slug,
        repaired: null,
      });
    }
  }
  return rows;
}
