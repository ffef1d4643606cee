/**
 * A guard against zip bombs and lying zips, run on the bytes of an .xlsx before a zip library unpacks
 * them: a file of a megabyte can unpack to gigabytes and take the officer's machine down with it.
 *
 * Two checks (docs/hostile-input.md):
 * - Agreement: the end record, the central directory and the local headers must tell the same story:
 *   as many entries as the end record counts, each local header where the directory says, with the same
 *   name, method and sizes, one after another with nothing hidden between them, and the directory right
 *   before the end record. JSZip reads the directory until its signature stops, not as far as the end
 *   record counts, so a zip whose end record claims 4 entries while it holds 5 had its fifth inflated
 *   unchecked; any disagreement is now refused.
 * - Size: the limit is on what the file unpacks to, in total: MAX_UNPACKED_BYTES (100 MiB), four times a
 *   workbook of 100 000 action rows (about 47 MiB unpacked), within what the validator can hold in memory
 *   (about 20 bytes of memory per unpacked byte). First the sizes the zip declares are added up; then
 *   every entry is unpacked against the bytes left in the budget, so a zip that lies about its sizes is
 *   caught as well.
 */
import { inflateRawSync } from "node:zlib";

export const MAX_UNPACKED_BYTES = 100 * 1024 * 1024;

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const DATA_DESCRIPTOR = 0x08074b50;
/** A 32-bit size of all ones: the real size is in a zip64 record, so it is at least 4 GiB. */
const ZIP64 = 0xffffffff;
const ZIP64_COUNT = 0xffff;
const DEFLATE = 8;
/** General purpose flag bit 3: the sizes follow the data, in a data descriptor. */
const SIZES_AFTER_DATA = 0x08;

interface Entry {
  name: string;
  flags: number;
  method: number;
  compressed: number;
  declared: number;
  localHeader: number;
}

interface Directory {
  entries: Entry[];
  /** The number of entries the end record claims. */
  counted: number;
  start: number;
  size: number;
  end: number;
}

export type ZipSizeCheck = { ok: true; unpackedBytes: number } | { ok: false; unpackedBytes: number | null };

function endOfDirectory(bytes: Buffer): number {
  // The end record is 22 bytes plus a comment of at most 65 535 bytes; the last one counts, as for JSZip.
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at--) {
    if (bytes.readUInt32LE(at) === END_OF_DIRECTORY) return at;
  }
  return -1;
}

/**
 * The central directory as a zip library reads it: entries for as long as their signature follows,
 * whatever the end record counts. Null when it cannot be read (the reader will call that damaged).
 */
function directoryOf(bytes: Buffer): Directory | null {
  const end = endOfDirectory(bytes);
  if (end < 0) return null;
  const start = bytes.readUInt32LE(end + 16);
  const directory: Directory = {
    entries: [],
    counted: bytes.readUInt16LE(end + 10),
    start,
    size: bytes.readUInt32LE(end + 12),
    end,
  };
  for (let at = start; at + 46 <= bytes.length && bytes.readUInt32LE(at) === DIRECTORY_ENTRY;) {
    const nameLength = bytes.readUInt16LE(at + 28);
    directory.entries.push({
      name: bytes.toString("latin1", at + 46, at + 46 + nameLength),
      flags: bytes.readUInt16LE(at + 8),
      method: bytes.readUInt16LE(at + 10),
      compressed: bytes.readUInt32LE(at + 20),
      declared: bytes.readUInt32LE(at + 24),
      localHeader: bytes.readUInt32LE(at + 42),
    });
    at += 46 + nameLength + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
  }
  return directory;
}

/** Where an entry's data starts, after its local header; -1 when no local header is there. */
function dataStart(bytes: Buffer, header: number): number {
  if (header + 30 > bytes.length || bytes.readUInt32LE(header) !== LOCAL_HEADER) return -1;
  return header + 30 + bytes.readUInt16LE(header + 26) + bytes.readUInt16LE(header + 28);
}

/** How a local header disagrees with its directory entry, in Dutch; null when they agree. */
function localDisagreement(bytes: Buffer, header: number, entry: Entry): string | null {
  const name = bytes.toString("latin1", header + 30, header + 30 + bytes.readUInt16LE(header + 26));
  if (name !== entry.name) return `het onderdeel op positie ${header} heet "${name}" en niet "${entry.name}"`;
  if (bytes.readUInt16LE(header + 8) !== entry.method) return `"${entry.name}" is op twee manieren ingepakt`;
  const sizesHere = (bytes.readUInt16LE(header + 6) & SIZES_AFTER_DATA) === 0;
  if (
    sizesHere &&
    (bytes.readUInt32LE(header + 18) !== entry.compressed || bytes.readUInt32LE(header + 22) !== entry.declared)
  )
    return `"${entry.name}" heeft twee verschillende groottes`;
  return null;
}

/**
 * Whether the end record, the central directory and the local headers agree (see the top of this
 * file): null when they do, else the disagreement in Dutch. A zip whose directory cannot be found is
 * left to the reader, which calls it damaged.
 */
export function zipDisagreement(bytes: Buffer): string | null {
  const directory = directoryOf(bytes);
  if (!directory) return null;
  const { entries, counted, start, size, end } = directory;
  if (counted !== entries.length)
    return `de inhoudsopgave telt ${counted} onderdelen, maar er staan er ${entries.length} in`;
  if (bytes.readUInt16LE(end + 8) !== counted || bytes.readUInt16LE(end + 4) !== 0 || bytes.readUInt16LE(end + 6) !== 0)
    return "het zip-bestand zegt uit meer delen te bestaan";
  if (start + size !== end) return "de inhoudsopgave staat niet waar het zip-bestand zegt";
  const byHeader = new Map(entries.map((entry) => [entry.localHeader, entry]));
  if (byHeader.size !== entries.length) return "twee onderdelen wijzen naar dezelfde plek";
  let at = 0;
  for (let seen = 0; at < start; seen++) {
    const entry = byHeader.get(at);
    const data = dataStart(bytes, at);
    if (!entry || data < 0 || seen >= entries.length)
      return `op positie ${at} staat een onderdeel dat niet in de inhoudsopgave staat`;
    const disagreement = localDisagreement(bytes, at, entry);
    if (disagreement) return disagreement;
    at = data + entry.compressed;
    if (entry.flags & SIZES_AFTER_DATA)
      at += at + 4 <= bytes.length && bytes.readUInt32LE(at) === DATA_DESCRIPTOR ? 16 : 12;
  }
  return at === start ? null : "de onderdelen lopen door in de inhoudsopgave";
}

/** The bytes an entry really unpacks to, unpacking no further than `budget`; null past the budget. */
function unpackedSize(bytes: Buffer, entry: Entry, budget: number): number | null {
  const start = dataStart(bytes, entry.localHeader);
  if (start < 0) return 0;
  const data = bytes.subarray(start, start + entry.compressed);
  if (entry.method !== DEFLATE) return data.length;
  try {
    return inflateRawSync(data, { maxOutputLength: Math.max(1, budget) }).length;
  } catch (error) {
    // Checked by code, not by class: Node's RangeError may come from another realm (as under jest).
    if (typeof error === "object" && error !== null && "code" in error && error.code === "ERR_BUFFER_TOO_LARGE") {
      return null;
    }
    return 0; // damaged data: the reader will say so
  }
}

/** Whether a zip stays within `limit` bytes when unpacked; unreadable zips pass, to be judged by the reader. */
export function checkUnpackedSize(bytes: Buffer, limit = MAX_UNPACKED_BYTES): ZipSizeCheck {
  const directory = directoryOf(bytes);
  if (!directory) return { ok: true, unpackedBytes: 0 };
  const { entries, counted, start, size } = directory;
  const zip64 = counted === ZIP64_COUNT || start === ZIP64 || size === ZIP64;
  if (zip64 || entries.some((entry) => entry.declared === ZIP64 || entry.compressed === ZIP64)) {
    return { ok: false, unpackedBytes: null };
  }
  let declared = 0;
  for (const entry of entries) declared += entry.declared;
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

/** The Dutch refusal of a zip whose parts disagree. */
export function disagreementMessage(name: string, disagreement: string): string {
  return (
    `${name} is beschadigd of in elkaar gezet om te misleiden: ${disagreement}. Het wordt niet gelezen. ` +
    "Open het in Excel en sla het opnieuw op als .xlsx."
  );
}
