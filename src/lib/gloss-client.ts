// Gloss mode (issue #14, part 2): pointing at, tapping or moving the keyboard through a Chinese word
// of a section's text shows its pinyin and English meanings in a popup beside it. The entries are the
// page's own words (dist/gloss/<script>/<doc>/<section>[.<part>].json, scripts/gloss.ts), fetched a
// part at a time when first needed. Loaded only when gloss mode is on.

/** One reading of a word, as scripts/gloss.ts writes it: pinyin with tone marks, its first meanings, and our own English where we have it. */
export interface GlossEntry {
  p: string;
  m: string[];
  g?: string;
}
type Gloss = Record<string, GlossEntry[]>;

const HAN = /\p{Script=Han}/u;
const MAX_WORD = 8;

/** The length of the longest known word starting at `i` (at least 1: a character no word starts with is its own word).
 *  The build segments pages with it too (scripts/gloss.ts), so the words it writes are the words the page looks up. */
export function longestAt(text: string, i: number, known: (w: string) => boolean): number {
  let n = Math.min(MAX_WORD, text.length - i);
  while (n > 1 && !known(text.slice(i, i + n))) n--;
  return n;
}

/** The word of `text` that covers `offset`, by longest match from the start of its run of Han characters. */
export function wordAt(text: string, offset: number, known: (w: string) => boolean): { start: number; end: number } | null {
  if (!HAN.test(text[offset] ?? '')) return null;
  let i = offset;
  while (i > 0 && HAN.test(text[i - 1]!)) i--;
  while (i <= offset) {
    const n = longestAt(text, i, known);
    if (offset < i + n) return { start: i, end: i + n };
    i += n;
  }
  return null;
}

export interface GlossLabels {
  /** Shown before our own English (`Our term:`). */
  ours: string;
  /** Says how to use the keyboard (the text's description while gloss mode is on). */
  help: string;
}

/** Gloss mode on one page's text. */
export class GlossMode {
  readonly #body: HTMLElement;
  readonly #base: string;
  readonly #labels: GlossLabels;
  readonly #files = new Map<string, Promise<Gloss>>();
  readonly #popup: HTMLElement;
  readonly #help: HTMLElement;
  #current: { node: Text; start: number; end: number } | null = null;
  #frame = 0;
  readonly #abort = new AbortController();

  /** `base`: the page's gloss files without `.json` (`/gloss/hans/<doc>/<section>`). */
  constructor(body: HTMLElement, base: string, labels: GlossLabels) {
    this.#body = body;
    this.#base = base;
    this.#labels = labels;
    this.#popup = document.createElement('div');
    this.#popup.id = 'gloss-popup';
    this.#popup.setAttribute('role', 'status');
    this.#popup.setAttribute('aria-live', 'polite');
    this.#popup.className = 'gloss-popup absolute z-50 hidden max-w-xs rounded border border-slate-300 bg-white p-2 text-sm shadow-lg dark:border-slate-600 dark:bg-slate-900';
    this.#popup.lang = 'en';
    document.body.append(this.#popup);
    this.#help = document.createElement('p');
    this.#help.id = 'gloss-help';
    this.#help.className = 'sr-only';
    this.#help.textContent = labels.help;
    body.before(this.#help);
    const signal = this.#abort.signal;
    body.tabIndex = 0;
    body.setAttribute('aria-describedby', 'gloss-help');
    body.addEventListener('pointermove', (e) => this.#onPointer(e), { signal });
    body.addEventListener('pointerdown', (e) => e.pointerType !== 'mouse' && this.#onPointer(e), { signal });
    body.addEventListener('pointerleave', (e) => e.pointerType === 'mouse' && this.hide(), { signal });
    body.addEventListener('keydown', (e) => this.#onKey(e), { signal });
    // Focus from the keyboard shows the first word; focus from a tap or click does not (the word under it does).
    body.addEventListener('focus', () => !this.#current && body.matches(':focus-visible') && void this.#step(1), { signal });
    document.addEventListener('keydown', (e) => e.key === 'Escape' && this.hide(), { signal });
    document.addEventListener('pointerdown', (e) => !body.contains(e.target as Node) && !this.#popup.contains(e.target as Node) && this.hide(), { signal });
  }

  /** Turns gloss mode off: listeners, popup and the text's tab stop go. */
  destroy(): void {
    this.#abort.abort();
    this.hide();
    this.#popup.remove();
    this.#help.remove();
    this.#body.removeAttribute('tabindex');
    this.#body.removeAttribute('aria-describedby');
  }

  hide(): void {
    this.#popup.classList.add('hidden');
    this.#popup.textContent = '';
    CSS.highlights?.delete('gloss-word');
    this.#current = null;
  }

  /** The gloss file of the part a text node belongs to. */
  #file(node: Node): Promise<Gloss> {
    const part = (node.parentElement?.closest('[data-part]') as HTMLElement | null)?.dataset.part;
    const url = `${this.#base}${part === undefined ? '' : `.${part}`}.json`;
    let file = this.#files.get(url);
    if (!file) this.#files.set(url, (file = fetch(url).then((r) => (r.ok ? (r.json() as Promise<Gloss>) : {}))));
    return file;
  }

  #onPointer(e: PointerEvent): void {
    const { clientX, clientY } = e;
    cancelAnimationFrame(this.#frame);
    this.#frame = requestAnimationFrame(() => {
      const at = caretAt(clientX, clientY);
      if (!at || !(at.node instanceof Text) || !this.#body.contains(at.node)) return;
      // The caret may fall either side of the character under the pointer: take the one whose box holds the point.
      const offset = [at.offset, at.offset - 1].find((o) => o >= 0 && o < at.node.textContent!.length && holds(at.node as Text, o, clientX, clientY));
      if (offset !== undefined) void this.#showAt(at.node, offset);
    });
  }

  /** Shows the entry of the word at `offset`; false when no word there has one (a name, a character the dictionary lacks). */
  async #showAt(node: Text, offset: number): Promise<boolean> {
    const gloss = await this.#file(node);
    const text = node.data;
    const span = wordAt(text, offset, (w) => w in gloss);
    const word = span ? text.slice(span.start, span.end) : '';
    if (!span || !gloss[word]?.length) return false;
    if (this.#current?.node === node && this.#current.start === span.start) return true;
    this.#current = { node, ...span };
    this.#render(word, gloss[word]);
    return true;
  }

  /** Moves the keyboard's word forward or back through the text's words, in document order. */
  async #step(direction: 1 | -1): Promise<void> {
    const walker = document.createTreeWalker(this.#body, NodeFilter.SHOW_TEXT, { acceptNode: (n) => (HAN.test((n as Text).data) ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_SKIP) });
    let node: Text | null;
    let offset: number;
    if (this.#current) {
      walker.currentNode = this.#current.node;
      node = this.#current.node;
      offset = direction === 1 ? this.#current.end : this.#current.start - 1;
    } else {
      node = walker.nextNode() as Text | null;
      offset = 0;
    }
    while (node) {
      for (; offset >= 0 && offset < node.data.length; offset += direction) if (HAN.test(node.data[offset]!) && (await this.#showAt(node, offset))) return;
      node = (direction === 1 ? walker.nextNode() : walker.previousNode()) as Text | null;
      offset = direction === 1 ? 0 : (node?.data.length ?? 0) - 1;
    }
  }

  #onKey(e: KeyboardEvent): void {
    if (e.key === 'ArrowRight' || e.key === 'ArrowLeft') {
      e.preventDefault();
      void this.#step(e.key === 'ArrowRight' ? 1 : -1);
    }
  }

  #render(word: string, entries: GlossEntry[]): void {
    const range = new Range();
    range.setStart(this.#current!.node, this.#current!.start);
    range.setEnd(this.#current!.node, this.#current!.end);
    if (typeof Highlight !== 'undefined') CSS.highlights?.set('gloss-word', new Highlight(range));
    const head = document.createElement('p');
    head.className = 'font-semibold';
    const zh = document.createElement('span');
    zh.lang = this.#body.lang || document.documentElement.lang;
    zh.textContent = word;
    head.append(zh);
    this.#popup.replaceChildren(head);
    for (const e of entries) {
      const reading = document.createElement('p');
      const pinyin = document.createElement('span');
      pinyin.className = 'italic';
      pinyin.lang = 'zh-Latn-pinyin';
      pinyin.textContent = e.p;
      reading.append(pinyin, e.m.length ? `: ${e.m.join('; ')}` : '');
      this.#popup.append(reading);
      if (e.g) {
        const ours = document.createElement('p');
        ours.className = 'text-slate-600 dark:text-slate-400';
        ours.textContent = `${this.#labels.ours} ${e.g}`;
        this.#popup.append(ours);
      }
    }
    this.#popup.classList.remove('hidden');
    // Beside the word, never over it: below it, or above it when there is no room below.
    const box = range.getBoundingClientRect();
    const pop = this.#popup.getBoundingClientRect();
    const below = box.bottom + 6 + pop.height <= window.innerHeight;
    this.#popup.style.top = `${window.scrollY + (below ? box.bottom + 6 : box.top - 6 - pop.height)}px`;
    this.#popup.style.left = `${window.scrollX + Math.max(4, Math.min(box.left, window.innerWidth - pop.width - 4))}px`;
  }
}

/** The text node and offset under a point (Chromium, Firefox: caretPositionFromPoint; Safari: caretRangeFromPoint). */
function caretAt(x: number, y: number): { node: Node; offset: number } | null {
  const doc = document as Document & { caretPositionFromPoint?(x: number, y: number): { offsetNode: Node; offset: number } | null };
  if (doc.caretPositionFromPoint) {
    const p = doc.caretPositionFromPoint(x, y);
    return p ? { node: p.offsetNode, offset: p.offset } : null;
  }
  const r = document.caretRangeFromPoint?.(x, y);
  return r ? { node: r.startContainer, offset: r.startOffset } : null;
}

/** Whether the box of character `offset` of `node` holds the point. */
function holds(node: Text, offset: number, x: number, y: number): boolean {
  const range = new Range();
  range.setStart(node, offset);
  range.setEnd(node, offset + 1);
  const r = range.getBoundingClientRect();
  return x >= r.left && x <= r.right && y >= r.top && y <= r.bottom;
}
