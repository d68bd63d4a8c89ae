// A value and its unit read as one quantity in English prose: a unit that opens with a Chinese
// magnitude (`万站`, shown as "10,000 sites") puts the magnitude into the number instead
// ("1.375 million sites", not "137.5 10,000 sites"). Headings and axes keep the unit as the report counts it.

/** The magnitudes an English unit label may open with (en.yml kpiUnits: `10,000 yuan`, `100 million kWh`). */
const MAGNITUDES: readonly [label: string, factor: number][] = [
  ['100 million', 1e8],
  ['10,000', 1e4],
  ['million', 1e6],
];

/** A number as the site prints it in a language: grouped, at most three decimals (`1,234.5`). */
export const formatIn = (value: number, lang: string) => new Intl.NumberFormat(lang, { maximumFractionDigits: 3 }).format(value);

/** The number a value of `factor` times its unit is, in English words past a million (`2.86 million`). */
function scaled(value: number, factor: number, lang: string): string {
  // Work in whole units of the scaled quantity's smallest printed digit: 137.5 × 10,000, not 1374999.9999.
  const n = Math.round(value * factor * 1000) / 1000;
  return Math.abs(n) >= 1e6 ? new Intl.NumberFormat(lang, { notation: 'compact', compactDisplay: 'long', maximumFractionDigits: 3 }).format(n) : formatIn(n, lang);
}

/**
 * A value and its unit label for a sentence: where the label opens with a magnitude (or is one: `億`
 * alone, "100 million"), the magnitude moves into the number and the rest names what is counted (maybe
 * nothing). Other labels (`%`, `tonnes per 10,000 yuan`) are left as they are, the number in the page's format.
 */
export function quantity(value: number, unit: string, lang: string): { value: string; unit: string } {
  for (const [label, factor] of MAGNITUDES) {
    if (unit === label || unit.startsWith(`${label} `)) return { value: scaled(value, factor, lang), unit: unit.slice(label.length + 1) };
  }
  return { value: formatIn(value, lang), unit };
}
