// What a caption looks like (a figure's title, a photo of a branch at work, an event and its organiser):
// words printed under or over a picture, which are neither headings nor the text of a paragraph.
import { inEitherScript } from '../convert-script.ts';
import { alternation, vocabulary } from '../vocabulary.ts';

const chars = (s: string) => [...s.trim()].length;

/** Words in both scripts, as alternatives of a pattern (the vocabulary is Simplified). */
const eitherScript = (list: readonly string[]) => alternation(inEitherScript(list));
/** A figure's title (`中國聯通股權結構圖`). */
const FIGURE_TITLE = new RegExp(`(?:${eitherScript(vocabulary.report.figureTitles)})$`, 'u');
/** A photo's caption: the event pictured, or an event named after its organiser (a branch or the group). */
const PHOTO_EVENT = new RegExp(`(?:${eitherScript(vocabulary.report.photoEvents)})$`, 'u');
const ORGANISER = `^\\p{Script=Han}{0,3}?(?:${eitherScript([vocabulary.names.company.brand])})`;
const HELD_EVENT = new RegExp(`${ORGANISER}.*(?:${eitherScript(vocabulary.report.heldEvents)})$`, 'u');
/** A caption naming an organiser and its event runs longer than a heading naming a product (`联通云会议`). */
const HELD_EVENT_CHARS = 10;
/** A photo of a province's branch at work (`甘肅聯通「星主播」選拔`, `山東青島聯通聚焦…`): a report's headings name the group, never a branch. */
const BRANCH_CAPTION = new RegExp(`^(?:${eitherScript(vocabulary.names.provinces)})\\p{Script=Han}{0,3}?(?:${eitherScript([vocabulary.names.company.brand])})`, 'u');
const OPENING_MARKS = '「『“《（(';
const CLOSING_MARKS = '」』”》）)';

/**
 * A caption, not a heading: a figure's title, a photo of a branch or one labelled by its place (`左圖：`),
 * or a line that opens a quotation or bracket it does not close (the first line of a wrapped caption, `…組織的「Women`).
 */
export function isCaption(text: string): boolean {
  const t = text.trim();
  const unclosed = [...OPENING_MARKS].some((open, k) => t.split(open).length > t.split(CLOSING_MARKS[k]!).length);
  return unclosed || opensWithPictureLabel(t) || FIGURE_TITLE.test(t) || BRANCH_CAPTION.test(t) || PHOTO_EVENT.test(t) || (HELD_EVENT.test(t) && chars(t) >= HELD_EVENT_CHARS);
}

/** A photo's caption opening with the label of the picture it is under (`左圖：…`, `右圖：…`); the label alone (`…結果如` / `下圖：`) is a sentence's. */
const PICTURE_LABEL = new RegExp(`^\\s*(?:${eitherScript(vocabulary.report.pictureLabels)})[：:](?=\\s*\\S)`, 'u');
export const opensWithPictureLabel = (text: string): boolean => PICTURE_LABEL.test(text);

/** A line that names a province's branch first (`湖南聯通「真情有沃，與愛同行」…`): a photo's caption where it ends no sentence. */
export const namesBranchFirst = (text: string): boolean => BRANCH_CAPTION.test(text.trim());

/** A figure's title (`中國聯通股權結構圖`): a caption that names what the figure shows. */
export const isFigureTitle = (text: string): boolean => FIGURE_TITLE.test(text.trim());

/** A photo's caption printed at the end of a paragraph's last line, after its full stop and a space (no
 *  space follows a full stop in running text): 4 to 32 characters with no clause in them, Han among
 *  them (`…避免恐慌情緒。 中國聯通大數據「健康U碼」`); a dash set apart by spaces inside a name counts as one
 *  (`…穩定。 福建省內首個「矛盾糾紛多元化解平台 — 慧合解」正式發佈`), and so does the space set between a
 *  word and a number (`…口碑及影響。 中國聯通亮相 2023年中國品牌日活動`). Captures the sentence and the caption. */
export const CAPTION_AFTER_SENTENCE = /^(.*[。！？])[ \u3000]+(?=[^ \u3000。！？，、；：]*\p{Script=Han})((?:[^ \u3000。！？，、；：]|[ \u3000]—[ \u3000]|(?<=\p{Script=Han}) (?=\d)|(?<=\d) (?=\p{Script=Han})){4,32})$/u;

/** Three or more words of two to eight Han characters set apart by spaces, nothing else: a diagram's steps or labels (`識別議題來源 形成議題池 劃分優先等級 審核確定`). */
const DIAGRAM_STEPS = /^\p{Script=Han}{2,8}(?:[ \u3000]+\p{Script=Han}{2,8}){2,}$/u;
export const isDiagramSteps = (text: string): boolean => DIAGRAM_STEPS.test(text.trim());

/** Two photos' captions printed on one line, each naming the group first, a space between them (`中国联通第二届职工篮球比赛 中国联通第一届电子竞技—王者荣耀比赛`). */
const NAMED_FIRST = `\\p{Script=Han}{0,3}?(?:${eitherScript([vocabulary.names.company.brand])})[^ \\u3000]{4,}`;
const TWO_CAPTIONS = new RegExp(`^(${NAMED_FIRST})[ \\u3000]+(${NAMED_FIRST})$`, 'u');

/** A caption's line as the captions it holds: two side by side (TWO_CAPTIONS), each its own, or the line as it is. */
export function captionsApart(text: string): string[] {
  const m = TWO_CAPTIONS.exec(text.trim());
  return m ? [m[1]!, m[2]!] : [text];
}

