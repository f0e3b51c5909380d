// Renders scripts/favicon/favicon.svg to static/favicon.png (32 px) with Debian's Chromium.
// The site's icon is a PNG because a browser decodes an SVG icon on the page's main thread: it
// builds a whole SVG document for it, 30–40 ms of a phone's (4× throttled) first load.
//   npx tsx scripts/favicon/render.ts
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';

const SIZE = 32;
const svg = readFileSync(new URL('./favicon.svg', import.meta.url), 'utf8');
const out = new URL('../../static/favicon.png', import.meta.url);

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox'],
});
try {
  const page = await browser.newPage({
    viewport: { width: SIZE, height: SIZE },
    deviceScaleFactor: 1,
  });
  await page.setContent(
    `<body style="margin:0">${svg.replace('<svg ', `<svg width="${SIZE}" height="${SIZE}" style="display:block" `)}</body>`,
  );
  const png = await page.screenshot({ omitBackground: true });
  const tmp = new URL('../../static/favicon.png.tmp', import.meta.url);
  writeFileSync(tmp, png);
  renameSync(tmp, out);
  console.log(`static/favicon.png: ${SIZE}×${SIZE}, ${png.length} bytes`);
} finally {
  await browser.close();
}
