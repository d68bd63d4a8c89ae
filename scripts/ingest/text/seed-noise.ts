// Noise typed into the seed texts: symbols of the keyboard's number row run together inside a sentence
// (`…也是！@#￥%……&*中国联通…`, `超#%$^&*(千亿元`), `###` standing for a word taken out (`###联通`), and a
// chat tool's name between two sentences (`…载体。4o三苏…`).
// Taken out and counted as `seed-noise`; a unit in brackets (`（%）`) or an ellipsis is no such run.
import type { RemovalLog } from '../types.ts';
import { recordRemoval } from '../removal-log.ts';
import { alternation, vocabulary } from '../vocabulary.ts';

/** Symbols of the keyboard's number row, in either width, with the brackets and ellipsis typed among them. */
const KEYBOARD_SYMBOL = '[!@#$%^&*()！￥…（）]';
/** A run of two or more of them; a single Latin letter between two of them is part of the run (`*（&%F！%……`). */
const KEYBOARD_RUN = new RegExp(`(?:${KEYBOARD_SYMBOL}|(?<=${KEYBOARD_SYMBOL})[A-Za-z](?=${KEYBOARD_SYMBOL})){2,}`, 'gu');

/** Noise: two or more different symbols that no text prints side by side (`@#$%^&*￥`), `#` three times or
 *  more, or one of them in brackets that is no unit (`未（*）来`; `（%）` is a unit). */
export const isKeyboardNoise = (run: string): boolean => new Set(run.match(/[@#$%^&*￥]/gu) ?? []).size >= 2 || /^#{3,}$/u.test(run) || /^[（(][@#$^&*￥][)）]$/u.test(run);

/** A caret or a dollar sign alone inside a word (`迎^接`, `还$具备`), or an asterisk in a sentence that is no
 *  formula (`结*合自身实践`, after a clause's mark: `推动公司改革发展，*不断取得…`; a formula has its `=`:
 *  `服务器算力=处理器芯片数*每时钟周期…`). Chinese prose prints none of them inside a word or at a clause's
 *  start (`#` is a topic's tag there, `@` an address, `&` a name's). */
const STRAY_SYMBOL = /(?<=[\p{Script=Han}，、；：])[\^$*](?=\p{Script=Han})/gu;
/** A token the seed's writer left standing alone between a sentence's end and the next sentence's first
 *  character (`…重要载体。4o三苏文化…`, collection.yml `seedNoise.strayTokens`); elsewhere it is text (`GPT-4o`),
 *  and other letters after a digit open sentences (`4k超高清直播…`, `5g用户…`). */
const STRAY_TOKEN = new RegExp(`(?<=[。！？])(?:${alternation(vocabulary.collection.seedNoise.strayTokens)})(?=\\p{Script=Han})`, 'gu');
/** Where the sentence holding offset `at` starts: after the last sentence's end before it. */
const sentenceStart = (text: string, at: number) => Math.max(...['。', '！', '？'].map((end) => text.lastIndexOf(end, at - 1))) + 1;
/** The sentence around offset `at` holds an equals sign. */
const inFormula = (text: string, at: number) => /[=＝]/u.test(text.slice(sentenceStart(text, at), at + (text.slice(at).search(/[。！？]/u) + 1 || text.length)));

/** `text` without the keyboard noise in it, each run recorded in `removed`. */
export function withoutSeedNoise(text: string, removed: RemovalLog): string {
  /** Takes `noise` out, counting it. */
  const drop = (noise: string) => {
    recordRemoval(removed, 'seed-noise', noise);
    return '';
  };
  return text
    .replace(STRAY_TOKEN, drop)
    .replace(STRAY_SYMBOL, (symbol, at: number, whole: string) => (symbol === '*' && inFormula(whole, at) ? symbol : drop(symbol)))
    // A run that is no noise may still hold a word's stand-in next to a bracket (`（一）###联通…`).
    .replace(KEYBOARD_RUN, (run) => (isKeyboardNoise(run) ? drop(run) : run.replace(/#{3,}/gu, drop)));
}
