/**
 * Draws the ribbon icons (16, 32, 80 px): three white budget bars on Rijksoverheid blue. Written with
 * zlib alone so a fresh clone needs no image tool; run `node scripts/make-icons.js` after a change.
 */
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

const SIZES = [16, 32, 80];
const BLUE = [0x15, 0x42, 0x73, 255];
const WHITE = [255, 255, 255, 255];
const CLEAR = [0, 0, 0, 0];
/** Bars as fractions of the icon: [left, right, top], all standing on the same baseline. */
const BARS = [
  [0.2, 0.35, 0.5],
  [0.425, 0.575, 0.3],
  [0.65, 0.8, 0.15],
];
const BASELINE = 0.85;

function crc32(buffer) {
  let crc = ~0;
  for (const byte of buffer) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function pixel(x, y, size) {
  const radius = size / 6;
  const cx = Math.min(Math.max(x + 0.5, radius), size - radius);
  const cy = Math.min(Math.max(y + 0.5, radius), size - radius);
  if (Math.hypot(x + 0.5 - cx, y + 0.5 - cy) > radius) return CLEAR;
  const u = (x + 0.5) / size;
  const v = (y + 0.5) / size;
  const onBar = BARS.some(([left, right, top]) => u >= left && u < right && v >= top && v < BASELINE);
  return onBar ? WHITE : BLUE;
}

function png(size) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, no interlace
  const rows = [];
  for (let y = 0; y < size; y++) {
    rows.push(Buffer.from([0, ...Array.from({ length: size }, (_, x) => pixel(x, y, size)).flat()]));
  }
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const data = zlib.deflateSync(Buffer.concat(rows));
  return Buffer.concat([signature, chunk("IHDR", header), chunk("IDAT", data), chunk("IEND", Buffer.alloc(0))]);
}

const dir = path.resolve(__dirname, "../assets");
fs.mkdirSync(dir, { recursive: true });
for (const size of SIZES) fs.writeFileSync(path.join(dir, `icon-${size}.png`), png(size));
