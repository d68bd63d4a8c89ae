// Noise typed into the seed texts: symbols of the keyboard's number row run together inside a sentence
// (`…也是！@#￥%……&*中国联通…`, `超#%$^&*(千亿元`), and `###` standing for a word taken out (`###联通`).
// Taken out and counted as `seed-noise`; a unit in brackets (`（%）`) or an ellipsis is no such run.
import type { RemovalLog } from '../types.ts';
import { recordRemoval } from '../removal-log.ts';

/** Symbols of the keyboard's number row, in either width, with the brackets and ellipsis typed among them. */
const KEYBOARD_SYMBOL = '[!@#$%^&*()！￥…（）]';
/** A run of three or more of them; a single Latin letter between two of them is part of the run (`*（&%F！%……`). */
const KEYBOARD_RUN = new RegExp(`(?:${KEYBOARD_SYMBOL}|(?<=${KEYBOARD_SYMBOL})[A-Za-z](?=${KEYBOARD_SYMBOL})){3,}`, 'gu');

/** Noise: two or more different symbols that no text prints side by side (`@#$%^&*￥`), or `#` three times or more. */
export const isKeyboardNoise = (run: string): boolean => new Set(run.match(/[@#$%^&*￥]/gu) ?? []).size >= 2 || /^#{3,}$/u.test(run);

/** `text` without the keyboard noise in it, each run recorded in `removed`. */
export function withoutSeedNoise(text: string, removed: RemovalLog): string {
  return text.replace(KEYBOARD_RUN, (run) => {
    if (!isKeyboardNoise(run)) return run;
    recordRemoval(removed, 'seed-noise', run);
    return '';
  });
}
