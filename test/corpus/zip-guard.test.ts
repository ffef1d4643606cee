/**
 * The zip-bomb guard (src/xlsx/zip-guard.ts) on hand-made bombs: declared and lying sizes, zip64
 * markers, and a real workbook of 100 000 action rows, which must pass.
 */
import { mkdtempSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import fc from "fast-check";
import { checkUnpackedSize, tooLargeMessage } from "../../src/xlsx/zip-guard";
import { writeActionsWorkbook } from "../../bench/actions-workbook";
import { readZip, repeatedEntry, writeZip, type ZipEntry } from "./zip";

const MiB = 1024 * 1024;
let small: ZipEntry[];

beforeAll(async () => {
  const file = path.join(mkdtempSync(path.join(tmpdir(), "samen-zip-guard-")), "klein.xlsx");
  await writeActionsWorkbook(file, 40);
  small = readZip(await readFile(file));
});

describe("the zip-bomb guard", () => {
  it("passes a workbook and reports what it unpacks to", () => {
    const unpacked = small.reduce((sum, entry) => sum + entry.data.length, 0);
    expect(checkUnpackedSize(writeZip(small))).toEqual({ ok: true, unpackedBytes: unpacked });
  });

  it("refuses a workbook with a 256 MiB entry from its declared sizes, without unpacking", () => {
    const bomb = writeZip([...small, repeatedEntry("xl/media/image1.png", 256)]);
    const check = checkUnpackedSize(bomb);
    expect(check.ok).toBe(false);
    expect(check.unpackedBytes).toBeGreaterThan(256 * MiB);
  });

  // Smaller limits below keep the test fast; the guard works the same at any limit.
  it("refuses an entry that unpacks to more than it declares, stopping at the limit", () => {
    const liar = { ...repeatedEntry("xl/worksheets/sheet1.xml", 16, 32), size: 1_000 };
    expect(checkUnpackedSize(writeZip([...small, liar]), 8 * MiB)).toEqual({ ok: false, unpackedBytes: null });
    expect(checkUnpackedSize(writeZip([...small, liar]), 32 * MiB).ok).toBe(true);
  });

  it("refuses sizes marked as zip64 (4 GiB or more)", () => {
    const marked = { ...repeatedEntry("xl/media/image1.png", 1), size: 0xffffffff };
    expect(checkUnpackedSize(writeZip([...small, marked])).ok).toBe(false);
  });

  it("counts what the whole workbook unpacks to: many entries just under the limit together exceed it", () => {
    const parts = [1, 2, 3, 4, 5].map((i) => repeatedEntry(`xl/media/image${i}.png`, 2));
    expect(checkUnpackedSize(writeZip([...small, ...parts]), 8 * MiB).ok).toBe(false);
    expect(checkUnpackedSize(writeZip([...small, ...parts.slice(0, 3)]), 8 * MiB).ok).toBe(true);
  });

  it("never throws, whatever the bytes: cut off, overwritten or random", () => {
    const zip = writeZip(small);
    const damaged = fc.oneof(
      fc.nat({ max: zip.length }).map((cut) => zip.subarray(0, cut)),
      fc
        .array(fc.tuple(fc.nat({ max: zip.length - 1 }), fc.nat({ max: 255 })), { minLength: 1, maxLength: 20 })
        .map((changes) => {
          const bytes = Buffer.from(zip);
          for (const [at, byte] of changes) bytes[at] = byte;
          return bytes;
        }),
      fc.uint8Array({ maxLength: 200 }).map((bytes) => Buffer.from(bytes)),
    );
    fc.assert(
      fc.property(damaged, (bytes) => {
        expect(typeof checkUnpackedSize(bytes, 8 * MiB).ok).toBe("boolean");
      }),
      { numRuns: 300 },
    );
  });

  it("leaves a file it cannot read as a zip to the reader, which calls it damaged", () => {
    expect(checkUnpackedSize(Buffer.from("PK\u0003\u0004 niet meer")).ok).toBe(true);
  });

  it("says in Dutch what it refused and where the limit lies", () => {
    expect(tooLargeMessage('"bom.xlsx"', { ok: false, unpackedBytes: 1025 * MiB })).toBe(
      '"bom.xlsx" pakt uit tot 1.025 MB, meer dan de grens van 100 MB en wordt niet gelezen: het kan een zip-bom zijn. ' +
        "Bewaar alleen de bladen van het actieplan in een nieuwe werkmap en controleer die.",
    );
  });
});
