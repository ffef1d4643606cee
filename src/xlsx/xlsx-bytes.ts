/**
 * The bytes of an .xlsx, refused before any zip library unpacks them when they cannot be a workbook:
 * missing, empty, encrypted (or an old .xls), not a zip, or unpacking past the zip-bomb limit. Both
 * the validator's reader and `samen share` start here; every refusal is a Dutch message.
 */
import { readFile } from "node:fs/promises";
import { checkUnpackedSize, tooLargeMessage } from "./zip-guard";

export type XlsxBytesFailure = "not-found" | "empty" | "encrypted" | "not-a-workbook" | "too-large";

export type XlsxBytes =
  { ok: true; bytes: Buffer; name: string } | { ok: false; reason: XlsxBytesFailure; message: string };

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
/** Compound File Binary: an encrypted .xlsx (Office wraps it in CFB) or an old .xls. */
const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Buffer, magic: number[]): boolean {
  return magic.every((byte, i) => bytes[i] === byte);
}

const failure = (reason: XlsxBytesFailure, message: string): XlsxBytes => ({ ok: false, reason, message });

/** `source` is a path or the file's bytes; `name` is how messages name it. */
export async function readXlsxBytes(source: string | Buffer): Promise<XlsxBytes> {
  let bytes: Buffer;
  if (Buffer.isBuffer(source)) bytes = source;
  else {
    try {
      bytes = await readFile(source);
    } catch {
      return failure("not-found", `Het bestand "${source}" is niet te openen: bestaat het en mag het gelezen worden?`);
    }
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
  const unpacked = checkUnpackedSize(bytes);
  if (!unpacked.ok) return failure("too-large", tooLargeMessage(name, unpacked));
  return { ok: true, bytes, name };
}
