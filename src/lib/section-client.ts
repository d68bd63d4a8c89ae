// Section pages in the browser: a copy-link control on every heading and paragraph, and the
// "on this page" list marking the heading being read.

interface AnchorLabels {
  copy?: string;
  copied?: string;
}

/** The address of a part of the page, without the search-highlight parameter. */
export function partUrl(location: Pick<Location, 'origin' | 'pathname'>, id: string): string {
  return `${location.origin}${location.pathname}#${id}`;
}

export function addAnchorLinks(body: HTMLElement, labels: AnchorLabels): void {
  for (const target of body.querySelectorAll<HTMLElement>('h2[id], h3[id], h4[id], h5[id], p[id]')) {
    const link = document.createElement('a');
    link.className = 'anchor';
    link.href = `#${target.id}`;
    // The mark (# or ¶) is drawn by CSS, so the heading's text stays the heading's.
    link.dataset.mark = target.tagName === 'P' ? 'paragraph' : 'heading';
    link.setAttribute('aria-label', labels.copy ?? '');
    link.title = labels.copy ?? '';
    link.addEventListener('click', (event) => {
      event.preventDefault();
      const url = partUrl(location, target.id);
      history.replaceState(null, '', url);
      void navigator.clipboard?.writeText(url).then(
        () => {
          link.dataset.copied = '';
          link.title = labels.copied ?? '';
          link.setAttribute('aria-label', labels.copied ?? '');
          setTimeout(() => {
            delete link.dataset.copied;
            link.title = labels.copy ?? '';
            link.setAttribute('aria-label', labels.copy ?? '');
          }, 2000);
        },
        () => undefined,
      );
    });
    target.append(' ', link);
  }
}

/** Marks (aria-current="location") the link to the last heading that has scrolled past the top third. */
export function markCurrentHeading(body: HTMLElement, list: HTMLElement): void {
  const headings = [...body.querySelectorAll<HTMLElement>('h2[id], h3[id], h4[id], h5[id]')];
  const links = new Map([...list.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')].map((a) => [decodeURIComponent(a.hash.slice(1)), a]));
  const update = () => {
    const line = window.innerHeight / 3;
    let current = headings[0];
    for (const h of headings) if (h.getBoundingClientRect().top <= line) current = h;
    for (const [id, a] of links) {
      if (id === current?.id) a.setAttribute('aria-current', 'location');
      else a.removeAttribute('aria-current');
    }
  };
  let queued = false;
  document.addEventListener('scroll', () => {
    if (queued) return;
    queued = true;
    requestAnimationFrame(() => {
      queued = false;
      update();
    });
  }, { passive: true });
  update();
}
