/**
 * Just enough of the zip format to build hostile files by hand: read the entries of a real .xlsx,
 * write entries back (stored or deflated), and make a deflate stream of many zeros without ever
 * holding them in memory. Sizes up to 4 GiB (no zip64), as the corpus needs no more.
 */
import { constants, crc32, deflateRawSync, inflateRawSync } from "node:zlib";

export interface ZipEntry {
  name: string;
  data: Buffer;
}

/** An entry whose compressed bytes are given as they are, with the sizes and CRC it claims. */
export interface RawZipEntry {
  name: string;
  method: 0 | 8;
  compressed: Buffer;
  crc: number;
  size: number;
}

const LOCAL = 0x04034b50;
const CENTRAL = 0x02014b50;
const END = 0x06054b50;

export function readZip(bytes: Buffer): ZipEntry[] {
  const end = bytes.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = bytes.readUInt16LE(end + 10);
  let at = bytes.readUInt32LE(end + 16);
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    const method = bytes.readUInt16LE(at + 10);
    const compressedSize = bytes.readUInt32LE(at + 20);
    const nameLength = bytes.readUInt16LE(at + 28);
    const skip = nameLength + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
    const local = bytes.readUInt32LE(at + 42);
    const name = bytes.toString("utf8", at + 46, at + 46 + nameLength);
    const dataStart = local + 30 + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28);
    const compressed = bytes.subarray(dataStart, dataStart + compressedSize);
    entries.push({ name, data: method === 8 ? inflateRawSync(compressed) : Buffer.from(compressed) });
    at += 46 + skip;
  }
  return entries;
}

export function deflated(entry: ZipEntry): RawZipEntry {
  return {
    name: entry.name,
    method: 8,
    compressed: deflateRawSync(entry.data),
    crc: crc32(entry.data),
    size: entry.data.length,
  };
}

/** A little-endian field: value and width in bytes. */
type Field = [number, 2 | 4];

function record(signature: number, fields: readonly Field[]): Buffer {
  const bytes = Buffer.alloc(4 + fields.reduce((sum, [, width]) => sum + width, 0));
  bytes.writeUInt32LE(signature, 0);
  let at = 4;
  for (const [value, width] of fields)
    at = width === 2 ? bytes.writeUInt16LE(value, at) : bytes.writeUInt32LE(value, at);
  return bytes;
}

export function writeZip(entries: ReadonlyArray<ZipEntry | RawZipEntry>): Buffer {
  const raw = entries.map((entry) => ("data" in entry ? deflated(entry) : entry));
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of raw) {
    const name = Buffer.from(entry.name, "utf8");
    const shared: Field[] = [
      [entry.method, 2],
      [0, 4], // time and date
      [entry.crc >>> 0, 4],
      [entry.compressed.length, 4],
      [entry.size, 4],
      [name.length, 2],
    ];
    const local = record(LOCAL, [[20, 2], [0, 2], ...shared, [0, 2]]);
    const central = record(CENTRAL, [
      [20, 2],
      [20, 2],
      [0, 2],
      ...shared,
      [0, 2],
      [0, 2],
      [0, 2],
      [0, 2],
      [0, 4],
      [offset, 4],
    ]);
    locals.push(local, name, entry.compressed);
    centrals.push(central, name);
    offset += local.length + name.length + entry.compressed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = record(END, [
    [0, 2],
    [0, 2],
    [raw.length, 2],
    [raw.length, 2],
    [directory.length, 4],
    [offset, 4],
    [0, 2],
  ]);
  return Buffer.concat([...locals, directory, end]);
}

/**
 * `mebibytes` MiB of one repeated byte as one deflate stream of about 1 KiB per MiB: one fully flushed
 * chunk repeated (each such chunk stands alone), then an empty final block. The CRC is computed chunk
 * by chunk, so the bytes never exist in memory.
 */
export function repeatedEntry(name: string, mebibytes: number, byte = 0): RawZipEntry {
  const chunk = Buffer.alloc(1 << 20, byte);
  const block = deflateRawSync(chunk, { finishFlush: constants.Z_FULL_FLUSH, level: 9 });
  const final = deflateRawSync(Buffer.alloc(0));
  let crc = 0;
  for (let i = 0; i < mebibytes; i++) crc = crc32(chunk, crc);
  const compressed = Buffer.concat([...Array<Buffer>(mebibytes).fill(block), final]);
  return { name, method: 8, compressed, crc, size: mebibytes * chunk.length };
}
