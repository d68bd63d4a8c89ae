// The header's behaviour, loaded by the page frame's script at the end of <body>: a script element
// inside the header lets the browser paint the header half-parsed, and the rest then pushes it about.
import { applyTheme, savedTheme } from './theme.ts';

/** <theme-switcher>: shows the saved choice and saves a new one. */
class ThemeSwitcher extends HTMLElement {
  connectedCallback(): void {
    const select = this.querySelector('select');
    if (!select) return;
    select.value = savedTheme();
    select.addEventListener('change', () => applyTheme(select.value));
  }
}

/** Keeps the reader's place: the heading in the URL goes along to the other language. */
function keepPlaceOnLanguageSwitch(): void {
  document.addEventListener('click', (event) => {
    const link = (event.target as Element | null)?.closest<HTMLAnchorElement>('a[data-lang-switch]');
    if (link && location.hash) link.hash = location.hash;
  });
}

export function defineHeader(): void {
  if (!customElements.get('theme-switcher')) customElements.define('theme-switcher', ThemeSwitcher);
  keepPlaceOnLanguageSwitch();
}
