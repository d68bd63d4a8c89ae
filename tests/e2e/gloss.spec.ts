// Gloss mode in Chromium: a Chinese word of a section's text shows its pinyin and English meaning by
// mouse, touch and keyboard; on by default on English pages, off (and switchable) on Chinese ones.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

// 台风 is printed in this section (2024 report, 持续增进民生福祉); CC-CEDICT: 台风 tái fēng, typhoon.
const PAGE = 'reports/2024-sustainability-report/chi-xu-zeng-jin-min-sheng-fu-zhi/';

/** The centre of the first occurrence of `word` in the section's text, and its box. */
async function wordBox(page: Page, word: string) {
  return page.evaluate((word) => {
    const body = document.querySelector('.prose-cjk')!;
    const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const at = (n as Text).data.indexOf(word);
      if (at < 0) continue;
      (n.parentElement as HTMLElement).scrollIntoView({ block: 'center' });
      const range = new Range();
      range.setStart(n, at);
      range.setEnd(n, at + word.length);
      const r = range.getBoundingClientRect();
      return { x: r.left + r.width / 4, y: r.top + r.height / 2, left: r.left, right: r.right, top: r.top, bottom: r.bottom };
    }
    return null;
  }, word);
}

/** The gloss popup, once it shows every one of `texts` (the word, its pinyin, its meaning). */
async function popupShowing(page: Page, ...texts: string[]) {
  const popup = page.locator('#gloss-popup');
  await expect(popup).toBeVisible();
  for (const text of texts) await expect(popup).toContainText(text);
  return popup;
}

test('on an English page gloss mode is on: pointing at 台风 shows its pinyin and meaning beside it', async ({ page }) => {
  await page.goto(`/en/${PAGE}`);
  const toggle = page.locator('gloss-toggle');
  await expect(toggle).toHaveAttribute('data-ready', '');
  await expect(toggle.locator('button')).toHaveAttribute('aria-pressed', 'true');
  const box = (await wordBox(page, '台风'))!;
  await page.mouse.move(box.x, box.y);
  const popup = await popupShowing(page, '台风', 'tái fēng', 'typhoon');
  // The popup is beside the word, never over it.
  const p = (await popup.boundingBox())!;
  const over = p.x < box.right && p.x + p.width > box.left && p.y < box.bottom && p.y + p.height > box.top;
  expect(over).toBe(false);
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(popup).toBeHidden();
});

test('by keyboard: the text takes the focus, the arrow keys move from word to word, Escape closes', async ({ page }) => {
  await page.goto(`/en/${PAGE}`);
  await expect(page.locator('gloss-toggle')).toHaveAttribute('data-ready', '');
  const body = page.locator('.prose-cjk');
  await expect(body).toHaveAttribute('tabindex', '0');
  await expect(body).toHaveAttribute('aria-describedby', 'gloss-help');
  await body.focus();
  const popup = page.locator('#gloss-popup');
  await expect(popup).toBeVisible();
  const first = await popup.textContent();
  await page.keyboard.press('ArrowRight');
  await expect(popup).not.toHaveText(first!);
  await page.keyboard.press('ArrowLeft');
  await expect(popup).toHaveText(first!);
  await page.keyboard.press('Escape');
  await expect(popup).toBeHidden();
});

test('by touch: tapping 颱風 on a 繁體 page, after switching gloss mode on, shows its entry', async ({ browser }) => {
  const context = await browser.newContext({ hasTouch: true, isMobile: true, viewport: { width: 412, height: 823 } });
  const page = await context.newPage();
  await page.goto(`/zh-hant/${PAGE}`);
  const toggle = page.locator('gloss-toggle');
  await expect(toggle.locator('button')).toHaveAttribute('aria-pressed', 'false');
  await toggle.locator('button').tap();
  await expect(toggle).toHaveAttribute('data-ready', '');
  const box = (await wordBox(page, '颱風'))!;
  await page.touchscreen.tap(box.x, box.y);
  await popupShowing(page, '颱風', 'typhoon');
  // The choice is kept: switching it off again removes the text's tab stop.
  await toggle.locator('button').tap();
  await expect(page.locator('.prose-cjk')).not.toHaveAttribute('tabindex', '0');
  await context.close();
});

test('a term of our glossary the dictionary lacks shows its reading and our English, in both scripts', async ({ page }) => {
  // 攜號轉網 (number portability) is printed in 共享數字發展紅利 (2020-pursuing-development); CC-CEDICT has no entry for it.
  const section = 'reports/2020-pursuing-development/gong-xiang-shu-zi-fa-zhan-hong-li/';
  for (const [locale, word] of [['en', '携号转网'], ['zh-hant', '攜號轉網']] as const) {
    await page.goto(`/${locale}/${section}`);
    const toggle = page.locator('gloss-toggle');
    if ((await toggle.locator('button').getAttribute('aria-pressed')) === 'false') await toggle.locator('button').click();
    await expect(toggle).toHaveAttribute('data-ready', '');
    const box = (await wordBox(page, word))!;
    await page.mouse.move(box.x, box.y);
    const popup = await popupShowing(page, word, 'xié hào zhuǎn wǎng', 'number portability');
    // A reading without dictionary meanings is the pinyin alone, with no empty list after it.
    await expect(popup).not.toContainText('wǎng:');
    await page.keyboard.press('Escape');
  }
});
