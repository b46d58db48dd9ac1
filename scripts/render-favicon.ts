// npm run favicon
// Renders the site's icon (a 答 on blue) to public/favicon.png in chromium. The PNG is
// committed. Why not the SVG itself as the icon: an SVG icon is a document of its own,
// and its 答 is text, so every first view of a page laid out a Chinese glyph for the
// icon on the page's main thread (28 ms later first search results, in an A/B run of
// 50 cold loads each); a PNG needs neither. Re-run after changing the design below.
import { writeFileSync } from 'node:fs';
import { launchChromium } from '../test-support/chromium.ts';
import { chineseFontFiles } from '../test-support/chinese-fonts.ts';

const SIZE = 32;
const SCALE = 2;
const DESIGN = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32" width="${SIZE}" height="${SIZE}"><rect width="32" height="32" rx="6" fill="#0b5cad"/><text x="16" y="23" font-size="18" text-anchor="middle" fill="#fff" font-family="sans-serif">答</text></svg>`;
const OUT = 'public/favicon.png';

// Without a Chinese font chromium draws 答 as an empty box.
if (chineseFontFiles().length === 0)
  throw new Error('render-favicon: no Chinese font (on Debian: apt-get install fonts-noto-cjk)');

const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: SIZE, height: SIZE }, deviceScaleFactor: SCALE });
  await page.setContent(`<!doctype html><html lang="zh-CN"><body style="margin:0">${DESIGN}</body></html>`);
  writeFileSync(OUT, await page.locator('svg').screenshot({ omitBackground: true }));
  console.log(`${OUT}: ${SIZE * SCALE}×${SIZE * SCALE}`);
} finally {
  await browser.close();
}
