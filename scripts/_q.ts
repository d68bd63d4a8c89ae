import { chromium } from 'playwright';
import { serveDist } from './static-server.ts';
const srv = await serveDist('dist', 4393);
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const p = await b.newPage();
const [locale, ...qs] = process.argv.slice(2);
await p.goto(`http://127.0.0.1:4393/${locale}/search/`);
for (const q of qs) {
  await p.locator('#site-search-q').fill(q);
  const list = p.locator(`[data-results][data-query="${q}"]`);
  await list.waitFor({ state: 'attached', timeout: 15000 });
  const items = await list.locator(':scope > li').evaluateAll((lis) => lis.slice(0, 5).map((li) => (li.querySelector('a')?.textContent ?? '') + ' — ' + (li.querySelector('a')?.getAttribute('href') ?? '').split('?')[0]));
  console.log(`\n${q}:\n  ` + items.join('\n  '));
}
await b.close(); process.exit(0);
