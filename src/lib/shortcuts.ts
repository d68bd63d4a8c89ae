// Keyboard: `/` anywhere outside a text field focuses the header search box, as on most search sites.
const editable = (el: EventTarget | null): boolean =>
  el instanceof HTMLElement && (el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName));

export function bindSearchShortcut(input: HTMLInputElement): void {
  document.addEventListener('keydown', (e) => {
    if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey || editable(e.target)) return;
    e.preventDefault();
    input.focus();
    input.select();
  });
}
