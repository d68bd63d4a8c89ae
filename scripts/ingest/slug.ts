// Readable, stable ASCII slugs from Chinese titles: pinyin syllables joined by hyphens.
import { pinyin } from 'pinyin-pro';

const MAX_WORDS = 8;

/** `推进网络向新，加强新型基础设施建设` → `tui-jin-wang-luo-xiang-xin-jia-qiang`. */
export function slugify(title: string, maxWords = MAX_WORDS): string {
  const words = pinyin(title, { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true })
    .flatMap((w) => w.toLowerCase().split(/[^a-z0-9]+/))
    .filter(Boolean);
  return words.slice(0, maxWords).join('-') || 'section';
}

/** Gives every title a slug unique within `taken`, adding -2, -3 … on a clash; records the result. */
export function uniqueSlug(title: string, taken: Set<string>, maxWords = MAX_WORDS): string {
  const base = slugify(title, maxWords);
  let slug = base;
  for (let i = 2; taken.has(slug); i++) slug = `${base}-${i}`;
  taken.add(slug);
  return slug;
}
