// One place that counts removed text, so every stage measures removals the same way.
import type { RemovalLog } from './types.ts';

/** Visible characters: white space is layout, not content, and is not counted. */
export const visibleLength = (s: string): number => s.replace(/\s+/gu, '').length;

/** Records `text` as removed; `sample` is how the build report shows it (an invisible character by its code). */
export function recordRemoval(log: RemovalLog, cls: string, text: string, sample = text): void {
  const entry = (log[cls] ??= { chars: 0, count: 0, samples: [] });
  entry.chars += visibleLength(text);
  entry.count += 1;
  if (entry.samples.length < 5 && !entry.samples.includes(sample)) entry.samples.push(sample);
}
