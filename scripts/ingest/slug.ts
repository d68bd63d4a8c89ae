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

/**
 * Gives every title a slug unique within `taken`; on a clash it reads further into the title a word
 * at a time (`…-he-zuo-huo-ban-da` → `…-he-zuo-huo-ban-da-hui`), and adds -2, -3 … only where the
 * titles do not differ. Records the result.
 */
export function uniqueSlug(title: string, taken: Set<string>, maxWords = MAX_WORDS): string {
  let base = slugify(title, maxWords);
  for (let words = maxWords + 1; taken.has(base) && words <= maxWords * 2; words++) {
    const longer = slugify(title, words);
    if (longer === base) break;
    base = longer;
  }
  let slug = base;
  for (let i = 2; taken.has(slug); i++) slug = `${base}-${i}`;
  taken.add(slug);
  return slug;
}
