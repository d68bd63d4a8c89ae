// A white paper's back cover: its publisher's name, then the address, postcode, telephone, fax and
// website (`中国信息通信研究院地址：北京市海淀区花园北路52号邮编：100191电话：010-…传真：010-62304980网址：
// www.caict.ac.cn`). The collection runs it on from the paper's last sentence; the site shows it after
// the last page's text, the publisher and each field on a line of its own, as the cover prints them.
import { BACK_COVER, PUBLISHERS } from './segment.ts';
import { alternation, escapeRegExp, vocabulary } from '../vocabulary.ts';

const ADDRESS = escapeRegExp(vocabulary.collection.covers.address);
/** The back cover closing a text: the publisher's name right before the address, no sentence's end until the website. */
const BACK_COVER_AT_END = new RegExp(`${PUBLISHERS}+${ADDRESS}：[^。！？]*?${BACK_COVER}$`, 'u');

/** A document's text without the back cover it closes with, and the back cover (null where it prints none). */
export function splitBackCover(text: string): { body: string; backCover: string | null } {
  const m = BACK_COVER_AT_END.exec(text);
  return m ? { body: text.slice(0, m.index), backCover: m[0] } : { body: text, backCover: null };
}

/** A contact field's label and colon (`邮编：`; `邮政编码：` whole). */
const FIELD = new RegExp(`(?:${alternation(vocabulary.collection.covers.contactFields)})[：:]`, 'gu');

/** A back cover's lines: the publisher's name, then each contact field (`地址：…`, `邮编：100191`, `网址：…`). */
export function backCoverLines(backCover: string): string[] {
  const cuts = [0, ...[...backCover.matchAll(FIELD)].map((m) => m.index).filter((at) => at > 0), backCover.length];
  return cuts.slice(0, -1).map((at, k) => backCover.slice(at, cuts[k + 1]).trim()).filter(Boolean);
}
