// The header's theme switcher, defined by the page frame's script at the end of <body>: a script element
// inside the header lets the browser paint the header half-parsed, and the rest then pushes it about.
// Switching language keeps the reader's heading from the first moment: public/theme.js does that.
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

export function defineHeader(): void {
  if (!customElements.get('theme-switcher')) customElements.define('theme-switcher', ThemeSwitcher);
}
