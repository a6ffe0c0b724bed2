// Draws the Teams app icons (a lifebuoy) as PNG files: color.png 192×192 and outline.png 32×32
// (white on transparent), as Teams asks. Run: node bot/teams/make-icons.mjs
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'ascii');
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
};

/** An RGBA PNG of size×size whose pixel colour is paint(x, y) → [r, g, b, a], 4×4 supersampled. */
function png(size, paint) {
  const rows = [];
  for (let y = 0; y < size; y += 1) {
    const row = Buffer.alloc(1 + size * 4);
    for (let x = 0; x < size; x += 1) {
      const sum = [0, 0, 0, 0];
      for (let sy = 0; sy < 4; sy += 1)
        for (let sx = 0; sx < 4; sx += 1) {
          const [r, g, b, a] = paint(x + (sx + 0.5) / 4, y + (sy + 0.5) / 4);
          sum[0] += r * a;
          sum[1] += g * a;
          sum[2] += b * a;
          sum[3] += a;
        }
      const a = sum[3] / 16;
      const px = a > 0 ? [sum[0] / sum[3], sum[1] / sum[3], sum[2] / sum[3]] : [0, 0, 0];
      row.set([...px.map(Math.round), Math.round(a * 255)], 1 + x * 4);
    }
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const NAVY = [11, 59, 96, 1];
const RED = [214, 46, 46, 1];
const WHITE = [255, 255, 255, 1];
const NONE = [0, 0, 0, 0];

/** A lifebuoy centred in `size`: ring between radii `inner` and `outer`, four bands by quadrant. */
const lifebuoy = (size, inner, outer, band, gap) => (x, y) => {
  const dx = x - size / 2;
  const dy = y - size / 2;
  const r = Math.hypot(dx, dy);
  if (r < inner || r > outer) return undefined;
  // Angle from the diagonals: bands are centred on the axes, their edges on the diagonals.
  const turn = ((Math.atan2(dy, dx) + Math.PI / 4 + 2 * Math.PI) % (Math.PI / 2)) / (Math.PI / 2);
  if (gap && Math.min(turn, 1 - turn) * (Math.PI / 2) * r < gap) return NONE;
  const quadrant = Math.floor(((Math.atan2(dy, dx) + Math.PI / 4 + 2 * Math.PI) % (2 * Math.PI)) / (Math.PI / 2));
  return band(quadrant);
};

const colour = lifebuoy(192, 32, 62, (q) => (q % 2 === 0 ? RED : WHITE));
writeFileSync(
  new URL('./color.png', import.meta.url),
  png(192, (x, y) => colour(x, y) ?? NAVY),
);
const outline = lifebuoy(32, 6.5, 13.5, () => WHITE, 1);
writeFileSync(
  new URL('./outline.png', import.meta.url),
  png(32, (x, y) => outline(x, y) ?? NONE),
);
