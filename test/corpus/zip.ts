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

export function writeZip(entries: ReadonlyArray<ZipEntry | RawZipEntry>): Buffer {
  const raw = entries.map((entry) => ("data" in entry ? deflated(entry) : entry));
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of raw) {
    const name = Buffer.from(entry.name, "utf8");
    const local = Buffer.alloc(30);
    local.writeUInt32LE(LOCAL, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(entry.method, 8);
    local.writeUInt32LE(entry.crc >>> 0, 14);
    local.writeUInt32LE(entry.compressed.length, 18);
    local.writeUInt32LE(entry.size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(CENTRAL, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(entry.method, 10);
    central.writeUInt32LE(entry.crc >>> 0, 16);
    central.writeUInt32LE(entry.compressed.length, 20);
    central.writeUInt32LE(entry.size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, entry.compressed);
    centrals.push(central, name);
    offset += local.length + name.length + entry.compressed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(END, 0);
  end.writeUInt16LE(raw.length, 8);
  end.writeUInt16LE(raw.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/**
 * `mebibytes` MiB of one repeated byte (zeros, or spaces inside XML) as one deflate stream of about 1 KiB per MiB: one fully flushed chunk of
 * zeros repeated (each such chunk stands alone), then an empty final block. The CRC is computed
 * chunk by chunk, so the bytes never exist in memory.
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
