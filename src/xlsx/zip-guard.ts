/**
 * A guard against zip bombs, run on the bytes of an .xlsx before ExcelJS unpacks them: a file of a
 * megabyte can unpack to gigabytes and take the officer's machine down with it. The limit is on what
 * the file unpacks to, in total: MAX_UNPACKED_BYTES (100 MiB), four times a workbook of 100 000 action
 * rows (about 47 MiB unpacked), within what the validator can hold in memory (about 20 bytes of memory
 * per unpacked byte). First the sizes the zip declares are added up; then every entry is unpacked
 * against the bytes left in the budget, so a zip that lies about its sizes is caught as well.
 */
import { inflateRawSync } from "node:zlib";

export const MAX_UNPACKED_BYTES = 100 * 1024 * 1024;

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
/** A 32-bit size of all ones: the real size is in a zip64 record, so it is at least 4 GiB. */
const ZIP64 = 0xffffffff;
const DEFLATE = 8;

interface Entry {
  method: number;
  compressed: number;
  declared: number;
  localHeader: number;
}

export type ZipSizeCheck = { ok: true; unpackedBytes: number } | { ok: false; unpackedBytes: number | null };

function endOfDirectory(bytes: Buffer): number {
  // The end record is 22 bytes plus a comment of at most 65 535 bytes.
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at--) {
    if (bytes.readUInt32LE(at) === END_OF_DIRECTORY) return at;
  }
  return -1;
}

/** The central directory's entries, or null when it cannot be read (ExcelJS will call that damaged). */
function entriesOf(bytes: Buffer): Entry[] | null {
  const end = endOfDirectory(bytes);
  if (end < 0) return null;
  const count = bytes.readUInt16LE(end + 10);
  let at = bytes.readUInt32LE(end + 16);
  const entries: Entry[] = [];
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || bytes.readUInt32LE(at) !== DIRECTORY_ENTRY) return null;
    entries.push({
      method: bytes.readUInt16LE(at + 10),
      compressed: bytes.readUInt32LE(at + 20),
      declared: bytes.readUInt32LE(at + 24),
      localHeader: bytes.readUInt32LE(at + 42),
    });
    at += 46 + bytes.readUInt16LE(at + 28) + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
  }
  return entries;
}

/** The bytes an entry really unpacks to, unpacking no further than `budget`; null past the budget. */
function unpackedSize(bytes: Buffer, entry: Entry, budget: number): number | null {
  const header = entry.localHeader;
  if (header + 30 > bytes.length || bytes.readUInt32LE(header) !== LOCAL_HEADER) return 0;
  const start = header + 30 + bytes.readUInt16LE(header + 26) + bytes.readUInt16LE(header + 28);
  const data = bytes.subarray(start, start + entry.compressed);
  if (entry.method !== DEFLATE) return data.length;
  try {
    return inflateRawSync(data, { maxOutputLength: Math.max(1, budget) }).length;
  } catch (error) {
    // Checked by code, not by class: Node's RangeError may come from another realm (as under jest).
    if (typeof error === "object" && error !== null && "code" in error && error.code === "ERR_BUFFER_TOO_LARGE") {
      return null;
    }
    return 0; // damaged data: ExcelJS will say so
  }
}

/** Whether a zip stays within `limit` bytes when unpacked; unreadable zips pass, to be judged by ExcelJS. */
export function checkUnpackedSize(bytes: Buffer, limit = MAX_UNPACKED_BYTES): ZipSizeCheck {
  const entries = entriesOf(bytes);
  if (!entries) return { ok: true, unpackedBytes: 0 };
  if (entries.some((entry) => entry.declared === ZIP64 || entry.compressed === ZIP64)) {
    return { ok: false, unpackedBytes: null };
  }
  const declared = entries.reduce((sum, entry) => sum + entry.declared, 0);
  if (declared > limit) return { ok: false, unpackedBytes: declared };
  let unpacked = 0;
  for (const entry of entries) {
    const size = unpackedSize(bytes, entry, limit - unpacked);
    if (size === null) return { ok: false, unpackedBytes: null };
    unpacked += size;
  }
  return unpacked > limit ? { ok: false, unpackedBytes: unpacked } : { ok: true, unpackedBytes: unpacked };
}

/** The Dutch refusal, for the reader to return as its message. */
export function tooLargeMessage(name: string, check: ZipSizeCheck, limit = MAX_UNPACKED_BYTES): string {
  const megabytes = (bytes: number) => Math.ceil(bytes / (1024 * 1024)).toLocaleString("nl-NL");
  const size = check.unpackedBytes === null ? "meer dan" : `${megabytes(check.unpackedBytes)} MB, meer dan`;
  return (
    `${name} pakt uit tot ${size} de grens van ${megabytes(limit)} MB en wordt niet gelezen: ` +
    "het kan een zip-bom zijn. Bewaar alleen de bladen van het actieplan in een nieuwe werkmap en controleer die."
  );
}
