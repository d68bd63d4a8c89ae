// A chapter printed on its own (an excerpt of a report) often loses the layout that tells its heading
// levels apart: the 2020 report indents its topics (` 啓動品牌煥新工程`) above their sub-headings
// (`加強品牌管理規範`), while the chapter printed alone sets both alike. Where the full report is among
// the sources (the chapter's `partOf` names it), the chapter's headings take their levels from it, and
// a line the chapter sets as text that the report prints as a heading on the same page is one.
import type { Block, Doc, Section } from '../types.ts';
import { uniqueSlug } from '../slug.ts';
import { toScript } from '../convert-script.ts';
import { COMPANY_NAMES, pageLevel } from './sections.ts';
import { nestNamedInIntroduction } from './parallel-headings.ts';

/** A heading as both printings compare it: Simplified (variants folded), without spaces. */
const key = (text: string) => toScript(text, 'hans').replace(/\s+/gu, '');


interface OutlineHeading {
  key: string;
  level: number;
}

/** Every heading of a document in reading order with its level: pages, then the headings inside each. */
function outline(doc: Doc): OutlineHeading[] {
  return doc.sections.flatMap((s) => {
    const level = pageLevel(s);
    const inner = s.blocks.flatMap((b) => (b.type === 'heading' ? [{ key: key(b.text), level: b.depth ?? level + 1 }] : []));
    return [{ key: key(s.printed || s.title), level }, ...inner];
  });
}

/**
 * `chapter` with the depth of each heading inside a page set as the full report prints it below the
 * same page's heading (found by its text); headings the report does not print keep theirs. Then a
 * heading an introduction names sits below it (nestNamedInIntroduction, at each depth): the report's
 * two columns may read a page's headings in another order (`沃家神眼` after `打造行業領先的「跨域」能力`
 * there, right below `升級智慧家庭互聯網產品`, whose introduction names it, here), which leaves it a sibling.
 */
export function levelsFromFullReport(chapter: Doc, report: Doc): Doc {
  const full = outline(report);
  const sections = chapter.sections.map((s) => {
    const page = key(s.printed || s.title);
    const at = full.findIndex((h) => h.key === page);
    if (at < 0) return s;
    const top = full[at]!.level;
    // The report's headings under this page's heading, up to the next heading at its level or above.
    const end = full.findIndex((h, k) => k > at && h.level <= top);
    const under = full.slice(at + 1, end < 0 ? full.length : end);
    // The two printings may order a page's headings differently (`打造行業領先的「跨域」能力` comes first
    // in the chapter, third in the report): each takes the first of the report's not yet taken.
    const taken = new Set<number>();
    const ids = new Set(s.blocks.flatMap((b) => (b.type === 'heading' ? [b.id] : [])));
    const blocks = s.blocks.map((b): Block => {
      if (b.type !== 'heading' && b.type !== 'paragraph') return b;
      const wanted = key(b.text);
      const k = under.findIndex((h, j) => !taken.has(j) && h.key === wanted);
      if (k < 0) return b;
      taken.add(k);
      const depth = pageLevel(s) + under[k]!.level - top;
      // A line the chapter printed alone sets as text, which the report prints as a heading here (its
      // layout lost, `傳播奧運文化精神` below a picture): a heading too.
      if (b.type === 'paragraph') return { type: 'heading', text: b.text, line: b.line, id: uniqueSlug(b.text, ids), depth };
      return { ...b, depth };
    });
    const depths = [...new Set(blocks.flatMap((b) => (b.type === 'heading' && b.depth !== undefined ? [b.depth] : [])))].sort((a, b) => a - b);
    return { ...s, blocks: depths.reduce((bs, d) => nestNamedInIntroduction(bs, d, () => true, COMPANY_NAMES), blocks) };
  });
  return { ...chapter, sections };
}
