/**
 * The bytes of an .xlsx, refused before any zip library unpacks them when they cannot be a workbook:
 * missing, not a regular file (a device such as /dev/zero, a FIFO, a folder), larger than any workbook
 * the guard lets through, empty, encrypted (or an old .xls), not a zip, a zip whose parts disagree, or
 * unpacking past the zip-bomb limit. Both the validator's reader and `samen share` start here; every
 * refusal is a Dutch message.
 */
import { constants } from "node:fs";
import { open } from "node:fs/promises";
import {
  checkUnpackedSize,
  disagreementMessage,
  MAX_UNPACKED_BYTES,
  tooLargeMessage,
  zipDisagreement,
} from "./zip-guard";

export type XlsxBytesFailure =
  "not-found" | "not-a-file" | "empty" | "encrypted" | "not-a-workbook" | "damaged" | "too-large";

export type XlsxBytes =
  { ok: true; bytes: Buffer; name: string } | { ok: false; reason: XlsxBytesFailure; message: string };

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
/** Compound File Binary: an encrypted .xlsx (Office wraps it in CFB) or an old .xls. */
const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Buffer, magic: number[]): boolean {
  return magic.every((byte, i) => bytes[i] === byte);
}

const failure = (reason: XlsxBytesFailure, message: string): XlsxBytes => ({ ok: false, reason, message });

/**
 * A file's bytes, read only when it is a regular file of at most `limit` bytes: a device or a FIFO is
 * refused before a byte is read, since it may never end (/dev/zero). A zip holds at least what its
 * entries unpack to, less what they compress, so no zip within the unpacked limit is larger than it.
 */
async function regularFileBytes(file: string, limit: number): Promise<Buffer | XlsxBytes> {
  const name = `"${file}"`;
  let handle;
  try {
    // Non-blocking, so that opening a FIFO without a writer does not wait for one.
    handle = await open(file, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch {
    return failure("not-found", `Het bestand ${name} is niet te openen: bestaat het en mag het gelezen worden?`);
  }
  try {
    const info = await handle.stat();
    if (!info.isFile())
      return failure(
        "not-a-file",
        `${name} is geen gewoon bestand (maar een map, apparaat of pijp) en wordt niet gelezen.`,
      );
    if (info.size > limit) {
      const megabytes = (bytes: number) => Math.ceil(bytes / (1024 * 1024)).toLocaleString("nl-NL");
      return failure(
        "too-large",
        `${name} is ${megabytes(info.size)} MB, groter dan een werkmap die Samen leest (${megabytes(limit)} MB), en wordt niet gelezen.`,
      );
    }
    const bytes = Buffer.alloc(info.size);
    const { bytesRead } = await handle.read(bytes, 0, info.size, 0);
    return bytes.subarray(0, bytesRead);
  } catch {
    return failure("not-found", `Het bestand ${name} is niet te lezen: mag het gelezen worden?`);
  } finally {
    await handle.close();
  }
}

/** `source` is a path or the file's bytes; `name` is how messages name it. */
export async function readXlsxBytes(source: string | Buffer): Promise<XlsxBytes> {
  let bytes: Buffer;
  if (Buffer.isBuffer(source)) bytes = source;
  else {
    const read = await regularFileBytes(source, MAX_UNPACKED_BYTES);
    if (!Buffer.isBuffer(read)) return read;
    bytes = read;
  }
  const name = typeof source === "string" ? `"${source}"` : "Het bestand";
  if (bytes.length === 0) return failure("empty", `${name} is leeg (0 bytes): er is geen werkmap om te controleren.`);
  if (startsWith(bytes, CFB_MAGIC)) {
    return failure(
      "encrypted",
      `${name} is versleuteld met een wachtwoord of is een oud .xls-bestand. Sla het in Excel op als .xlsx zonder wachtwoord.`,
    );
  }
  if (!startsWith(bytes, ZIP_MAGIC)) return failure("not-a-workbook", `${name} is geen Excel-werkmap (.xlsx).`);
  const disagreement = zipDisagreement(bytes);
  if (disagreement) return failure("damaged", disagreementMessage(name, disagreement));
  const unpacked = checkUnpackedSize(bytes);
  if (!unpacked.ok) return failure("too-large", tooLargeMessage(name, unpacked));
  return { ok: true, bytes, name };
}
