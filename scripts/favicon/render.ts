// Renders scripts/favicon/favicon.svg to static/favicon.png (32 px) with Debian's Chromium.
// The site's icon is a PNG because a browser decodes an SVG icon on the page's main thread: it
// builds a whole SVG document for it, 30–38 ms of a phone's (4× throttled) first load. The PNG is
// written with a palette (the icon has a few dozen colours at most), which keeps it about as small
// as the gzipped SVG: the icon counts towards each page's first-load budget.
//   npx tsx scripts/favicon/render.ts
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';
import { chromium } from 'playwright-core';

const SIZE = 32;
const svg = readFileSync(new URL('./favicon.svg', import.meta.url), 'utf8');
const out = new URL('../../static/favicon.png', import.meta.url);

/** RGBA pixels of the SVG drawn on a SIZE × SIZE canvas. */
async function rasterize(): Promise<Uint8Array> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox'],
  });
  try {
    const page = await browser.newPage();
    const rgba = await page.evaluate(
      async ({ svg, size }) => {
        const img = new Image(size, size);
        img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
        await img.decode();
        const canvas = document.createElement('canvas');
        canvas.width = canvas.height = size;
        const context = canvas.getContext('2d')!;
        context.drawImage(img, 0, 0, size, size);
        return Array.from(context.getImageData(0, 0, size, size).data);
      },
      { svg, size: SIZE },
    );
    return Uint8Array.from(rgba);
  } finally {
    await browser.close();
  }
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (bytes: Uint8Array) =>
  (bytes.reduce((c, b) => CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8), 0xffffffff) ^ 0xffffffff) >>> 0;

function chunk(type: string, data: Uint8Array): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** An 8-bit palette PNG of RGBA pixels that hold at most 256 distinct colours. */
function encodePalettePng(rgba: Uint8Array, width: number, height: number): Buffer {
  const pixels = Array.from({ length: width * height }, (_, i) =>
    new DataView(rgba.buffer, rgba.byteOffset + i * 4, 4).getUint32(0),
  );
  // Translucent colours first: tRNS then lists only those, the rest being opaque.
  const colours = [...new Set(pixels)].sort((a, b) => (a & 0xff) - (b & 0xff));
  if (colours.length > 256) throw new Error(`${colours.length} colours do not fit a palette PNG`);
  const palette = new Map(colours.map((c, i) => [c, i]));
  const indices = Uint8Array.from(pixels, (c) => palette.get(c)!);
  const translucent = colours.filter((c) => (c & 0xff) < 0xff);
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 3, 0, 0, 0], 8); // 8 bits per index, palette colour, no interlace
  const rows = Buffer.alloc(height * (width + 1));
  for (let y = 0; y < height; y++)
    rows.set(indices.subarray(y * width, (y + 1) * width), y * (width + 1) + 1);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk(
      'PLTE',
      Uint8Array.from(colours.flatMap((c) => [c >>> 24, (c >>> 16) & 0xff, (c >>> 8) & 0xff])),
    ),
    ...(translucent.length
      ? [chunk('tRNS', Uint8Array.from(translucent.map((c) => c & 0xff)))]
      : []),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', new Uint8Array()),
  ]);
}

const png = encodePalettePng(await rasterize(), SIZE, SIZE);
const tmp = new URL('../../static/favicon.png.tmp', import.meta.url);
writeFileSync(tmp, png);
renameSync(tmp, out);
console.log(`static/favicon.png: ${SIZE}×${SIZE}, ${png.length} bytes`);
