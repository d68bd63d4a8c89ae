// The reader's theme choice: 'light', 'dark' or 'system' (stored as no entry). public/theme.js reads
// the same key before the first paint.
export type Theme = 'light' | 'dark' | 'system';

export function savedTheme(): Theme {
  try {
    const t = localStorage.getItem('theme');
    return t === 'light' || t === 'dark' ? t : 'system';
  } catch {
    return 'system';
  }
}

export function applyTheme(theme: string): void {
  const root = document.documentElement;
  try {
    if (theme === 'light' || theme === 'dark') localStorage.setItem('theme', theme);
    else localStorage.removeItem('theme');
  } catch {
    /* storage blocked: the choice lasts for this page */
  }
  if (theme === 'light' || theme === 'dark') root.dataset.theme = theme;
  else delete root.dataset.theme;
}
