// Browser side of the search page: loads Pagefind on demand and renders results as links.
interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
}
interface PagefindData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
  sub_results?: PagefindSubResult[];
}
interface PagefindResult {
  id: string;
  data(): Promise<PagefindData>;
}
interface Pagefind {
  search(q: string): Promise<{ results: PagefindResult[] }>;
}

export interface Messages {
  loading: string;
  none: string;
  count: string;
}

const PAGE_SIZE = 20;

async function loadPagefind(): Promise<Pagefind> {
  const url = '/pagefind/pagefind.js';
  return (await import(/* @vite-ignore */ url)) as Pagefind;
}

/** Pagefind excerpts mark hits with <mark>; everything else in them is escaped text. */
function excerptNode(html: string): HTMLElement {
  const p = document.createElement('p');
  p.className = 'mt-1 text-sm text-slate-700 dark:text-slate-300';
  for (const [i, part] of html.split(/<\/?mark>/).entries()) {
    const text = part.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
    if (i % 2 === 1) {
      const mark = document.createElement('mark');
      mark.textContent = text;
      p.append(mark);
    } else p.append(text);
  }
  return p;
}

function resultItem(data: PagefindData): HTMLLIElement {
  const li = document.createElement('li');
  const link = document.createElement('a');
  link.href = data.url;
  link.className = 'text-lg font-semibold hover:underline';
  link.textContent = data.meta.title ?? data.url;
  li.append(link);
  if (data.meta.doc) {
    const doc = document.createElement('p');
    doc.className = 'text-xs text-slate-500';
    doc.textContent = data.meta.doc;
    li.append(doc);
  }
  li.append(excerptNode(data.excerpt));
  const subs = (data.sub_results ?? []).filter((s) => s.url !== data.url && s.url.includes('#')).slice(0, 3);
  if (subs.length) {
    const ul = document.createElement('ul');
    ul.className = 'mt-1 ml-4 list-disc text-sm';
    for (const s of subs) {
      const item = document.createElement('li');
      const a = document.createElement('a');
      a.href = s.url;
      a.className = 'hover:underline';
      a.textContent = s.title;
      item.append(a);
      ul.append(item);
    }
    li.append(ul);
  }
  return li;
}

const HAN = /\p{Script=Han}/u;

/**
 * Pagefind splits a Chinese query into words and single characters, so pages sharing one character
 * can outrank the page that holds the whole term. Pages holding the exact phrase come first; the
 * split query's results follow.
 */
export async function rankedResults(pagefind: Pagefind, q: string): Promise<PagefindResult[]> {
  if (!HAN.test(q) || q.includes('"')) return (await pagefind.search(q)).results;
  const [exact, loose] = await Promise.all([pagefind.search(`"${q}"`), pagefind.search(q)]);
  const seen = new Set(exact.results.map((r) => r.id));
  return [...exact.results, ...loose.results.filter((r) => !seen.has(r.id))];
}

export async function runSearch(root: HTMLElement, q: string, messages: Messages): Promise<void> {
  const status = root.querySelector<HTMLElement>('[data-status]')!;
  const list = root.querySelector<HTMLOListElement>('[data-results]')!;
  status.textContent = messages.loading;
  const pagefind = await loadPagefind();
  const results = await rankedResults(pagefind, q);
  const data = await Promise.all(results.slice(0, PAGE_SIZE).map((r) => r.data()));
  list.replaceChildren(...data.map(resultItem));
  status.textContent = data.length ? messages.count.replace('{count}', String(results.length)) : messages.none.replace('{q}', q);
}
