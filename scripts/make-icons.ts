/**
 * Writes the toolbar and store icons (public/icons/icon-{16,32,48,128}.png): a rounded square in
 * Backstory blue with a white pixel "B". Plain Node (zlib) so the icons are reproducible without
 * an image editor. Run: `npx tsx scripts/make-icons.ts`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';

const SIZES = [16, 32, 48, 128] as const;
const OUT_DIR = join(import.meta.dirname, '..', 'public', 'icons');
const BLUE: Rgba = [0x1d, 0x4f, 0x91, 0xff];
const WHITE: Rgba = [0xff, 0xff, 0xff, 0xff];
/** The letter on a 5 × 7 grid; each cell becomes a square of pixels. */
const GLYPH_B = ['####.', '#...#', '#...#', '####.', '#...#', '#...#', '####.'];
/** Sub-samples per pixel side, to smooth the rounded corners. */
const SUPERSAMPLE = 4;

type Rgba = [number, number, number, number];

/** RGBA pixels of one icon, row by row. */
function drawIcon(size: number): Uint8Array {
  const px = new Uint8Array(size * size * 4);
  const radius = size * 0.22;
  const cell = Math.max(1, Math.floor((size * 0.6) / GLYPH_B.length));
  const glyphX = Math.floor((size - 5 * cell) / 2);
  const glyphY = Math.floor((size - GLYPH_B.length * cell) / 2);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const coverage = squareCoverage(x, y, size, radius);
      const inGlyph = GLYPH_B[Math.floor((y - glyphY) / cell)]?.[Math.floor((x - glyphX) / cell)] === '#';
      const [r, g, b] = inGlyph ? WHITE : BLUE;
      px.set([r, g, b, Math.round(255 * coverage)], (y * size + x) * 4);
    }
  }
  return px;
}

/** Fraction of pixel (x, y) inside the rounded square. */
function squareCoverage(x: number, y: number, size: number, radius: number): number {
  let inside = 0;
  for (let sy = 0; sy < SUPERSAMPLE; sy++) {
    for (let sx = 0; sx < SUPERSAMPLE; sx++) {
      const px = x + (sx + 0.5) / SUPERSAMPLE;
      const py = y + (sy + 0.5) / SUPERSAMPLE;
      // Distance past the inner rectangle whose corners are the circle centres.
      const dx = Math.max(radius - px, px - (size - radius), 0);
      const dy = Math.max(radius - py, py - (size - radius), 0);
      if (dx * dx + dy * dy <= radius * radius) inside++;
    }
  }
  return inside / SUPERSAMPLE ** 2;
}

/** Encodes RGBA pixels as a PNG (8-bit RGBA, no filtering). */
function encodePng(size: number, rgba: Uint8Array): Buffer {
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    rows[y * (size * 4 + 1)] = 0; // filter type: none
    Buffer.from(rgba.buffer, y * size * 4, size * 4).copy(rows, y * (size * 4 + 1) + 1);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // bit depth 8, colour type RGBA, deflate, no filter set, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function chunk(type: string, data: Buffer): Buffer {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'ascii');
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

mkdirSync(OUT_DIR, { recursive: true });
for (const size of SIZES) {
  const file = join(OUT_DIR, `icon-${size}.png`);
  writeFileSync(file, encodePng(size, drawIcon(size)));
  console.log(`wrote ${file}`);
}
