/**
 * A corpus of broken and hostile files, generated here (no binaries in the repository), each run
 * through `samen validate` in-process: every one is answered with a Dutch message and the right exit
 * code (2: cannot be read, 1: read, with errors), never a stack trace, and the file is left as it was.
 */
import { createHash } from "node:crypto";
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import fc from "fast-check";
import { main } from "../../src/cli/main";
import { buildBijlage2, cellOf, ONE_SHEET, xlsxBytes, type Bijlage2Map } from "../fixtures/bijlage2";
import { captureIO } from "../support/capture-io";
import { readZip, repeatedEntry, writeZip } from "./zip";

const dir = mkdtempSync(path.join(tmpdir(), "samen-corpus-"));
let counter = 0;

function fileWith(bytes: Buffer, name = `bestand-${++counter}.xlsx`): string {
  const file = path.join(dir, name);
  writeFileSync(file, bytes);
  return file;
}

interface Answer {
  exit: number;
  stdout: string;
  stderr: string;
}

const sha256 = (file: string): string => createHash("sha256").update(readFileSync(file)).digest("hex");

/** Runs `samen validate` and checks what every answer owes the officer, whatever the file. */
async function validate(file: string, ...options: string[]): Promise<Answer> {
  const before = { hash: sha256(file), mtime: statSync(file).mtimeMs, files: readdirSync(dir).sort() };
  const io = captureIO();
  const exit = await main(["validate", file, ...options], io);
  const answer = { exit, stdout: io.stdout.join("\n"), stderr: io.stderr.join("\n") };
  expect({ hash: sha256(file), mtime: statSync(file).mtimeMs, files: readdirSync(dir).sort() }).toEqual(before);
  expect(`${answer.stdout}\n${answer.stderr}`).not.toMatch(/\n\s+at |Error:|undefined|\[object /);
  return answer;
}

function expectUnreadable(answer: Answer, message: RegExp): void {
  expect(answer.exit).toBe(2);
  expect(answer.stdout).toBe("");
  expect(answer.stderr).toMatch(message);
}

let clean: Buffer;
let map: Bijlage2Map;

beforeAll(async () => {
  const workbook = new ExcelJS.Workbook();
  map = buildBijlage2(ONE_SHEET, workbook);
  clean = await xlsxBytes(workbook);
});

describe("files that are no workbook", () => {
  it("an empty file: exit 2, says it is empty", async () => {
    expectUnreadable(await validate(fileWith(Buffer.alloc(0))), /is leeg \(0 bytes\)/);
  });

  it("a CSV saved as .xlsx: exit 2, says it is no Excel workbook", async () => {
    const csv = Buffer.from("Regel;Omschrijving;2023;2024\na;Programmakosten;0,15;0,2\n", "utf8");
    expectUnreadable(await validate(fileWith(csv)), /is geen Excel-werkmap \(\.xlsx\)/);
  });

  it("an encrypted-looking file (Compound File Binary, as Office wraps a password): exit 2, says so", async () => {
    const cfb = Buffer.alloc(4096);
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(cfb);
    expectUnreadable(await validate(fileWith(cfb)), /versleuteld met een wachtwoord .* zonder wachtwoord/);
  });

  it("a zip that holds a Word document: exit 2, no worksheets", async () => {
    const docx = writeZip([
      {
        name: "[Content_Types].xml",
        data: Buffer.from(
          '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
            '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
        ),
      },
      { name: "word/document.xml", data: Buffer.from("<w:document/>") },
    ]);
    expectUnreadable(await validate(fileWith(docx)), /zip-bestand maar geen Excel-werkmap/);
  });

  it("a file that does not exist: exit 2, asks whether it exists", async () => {
    const io = captureIO();
    expect(await main(["validate", path.join(dir, "bestaat-niet.xlsx")], io)).toBe(2);
    expect(io.stderr.join("\n")).toMatch(/is niet te openen: bestaat het/);
  });
});

describe("the same files given to samen fn --workbook", () => {
  it.each([
    ["empty", () => Buffer.alloc(0), /is leeg/],
    ["CSV", () => Buffer.from("Regel;2023\na;0,15\n"), /geen Excel-werkmap/],
    ["cut off", () => clean.subarray(0, clean.length >> 1), /beschadigd of onvolledig/],
  ])("%s: exit 2 with the reader's Dutch message, file untouched", async (_kind, bytes, message) => {
    const file = fileWith(bytes());
    const before = sha256(file);
    for (const fn of [["TOTAL", "2024"], ["CHECK"]]) {
      const io = captureIO();
      expect(await main(["fn", ...fn, "--workbook", file], io)).toBe(2);
      expect(io.stderr.join("\n")).toMatch(message);
    }
    expect(sha256(file)).toBe(before);
  });
});

describe("damaged workbooks", () => {
  it("a workbook cut off anywhere: exit 2, damaged or incomplete", async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 4, max: clean.length - 1 }), async (cut) => {
        expectUnreadable(await validate(fileWith(clean.subarray(0, cut))), /beschadigd of onvolledig/);
      }),
      { numRuns: 15 },
    );
  });

  it("a workbook with bytes overwritten anywhere: a Dutch answer and an exit code, never a crash", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.nat({ max: clean.length - 1 }), fc.nat({ max: 255 })), { minLength: 1, maxLength: 8 }),
        async (changes) => {
          const bytes = Buffer.from(clean);
          for (const [at, byte] of changes) bytes[at] = byte;
          const answer = await validate(fileWith(bytes));
          expect([0, 1, 2]).toContain(answer.exit);
          if (answer.exit === 2) expect(answer.stderr).toMatch(/werkmap|bestand/);
          else expect(answer.stdout).toMatch(/Controle van .*\n[\s\S]*(Geen bevindingen|fout)/);
        },
      ),
      { numRuns: 15 },
    );
  });

  it("wrong content types ([Content_Types].xml emptied or missing): read or refused, in Dutch", async () => {
    const entries = readZip(clean);
    const emptied = entries.map((entry) =>
      entry.name === "[Content_Types].xml" ? { name: entry.name, data: Buffer.from("<Types/>") } : entry,
    );
    const missing = entries.filter((entry) => entry.name !== "[Content_Types].xml");
    for (const bytes of [writeZip(emptied), writeZip(missing)]) {
      const answer = await validate(fileWith(bytes));
      // The data is intact, so reading it anyway is fine; what matters is a clear answer.
      if (answer.exit === 2) expect(answer.stderr).toMatch(/werkmap/);
      else expect(answer.stdout).toMatch(/Geen bevindingen: de werkmap klopt\./);
    }
  });
});

describe("workbooks that read but are wrong", () => {
  async function plant(change: (workbook: ExcelJS.Workbook) => void): Promise<string> {
    const workbook = new ExcelJS.Workbook();
    buildBijlage2(ONE_SHEET, workbook);
    change(workbook);
    return fileWith(await xlsxBytes(workbook));
  }

  it("merged year headers (2024 and 2025 merged into one cell): exit 1, the year 2025 is missed", async () => {
    const file = await plant((workbook) => {
      const [from, to] = [map.yearHeader("summary", 2024), map.yearHeader("summary", 2025)];
      workbook.getWorksheet(from.sheet)!.mergeCells(`${from.cell}:${to.cell}`);
    });
    const answer = await validate(file, "--json");
    expect(answer.exit).toBe(1);
    const { findings } = JSON.parse(answer.stdout) as { findings: Array<{ rule: string; message: string }> };
    expect(findings).toContainEqual(
      expect.objectContaining({ rule: "year-columns", message: expect.stringMatching(/2025/) }),
    );
  });

  it("formulas showing errors (#DIV/0!, #REF!): exit 1, each found at its cell", async () => {
    const divided = map.action("9", 2024);
    const broken = map.summaryTotal(2025);
    const file = await plant((workbook) => {
      cellOf(workbook, divided).value = { formula: "1/0", result: { error: "#DIV/0!" } };
      cellOf(workbook, broken).value = { formula: "SUM(#REF!)", result: { error: "#REF!" } };
    });
    const answer = await validate(file, "--json");
    expect(answer.exit).toBe(1);
    const { findings } = JSON.parse(answer.stdout) as { findings: Array<{ rule: string; cell: string }> };
    const errorCells = findings.filter((finding) => finding.rule === "formula-error").map((finding) => finding.cell);
    expect(errorCells).toEqual(expect.arrayContaining([divided.cell, broken.cell]));
  });

  it("a zip bomb (a workbook with 1 GiB of zeros packed into a few MB): exit 2, refused before unpacking", async () => {
    const bomb = writeZip([...readZip(clean), repeatedEntry("xl/media/image1.png", 1024)]);
    expectUnreadable(await validate(fileWith(bomb)), /pakt uit tot .*de grens van 100 MB.*zip-bom/);
  });

  it("two cells far apart (A1 and XFD1048576) are two cells: validated as any sheet, exit 1, no table", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Blad1");
    sheet.getCell("A1").value = "Begroting";
    sheet.getCell("XFD1048576").value = 1;
    const answer = await validate(fileWith(await xlsxBytes(workbook)));
    expect(answer.exit).toBe(1);
    expect(answer.stdout).toMatch(/missing-table\s+Geen tabel van het actieplan gevonden/);
  });

  it("a sheet spanning 1 000 000 cells (A1 to J100000) with almost nothing in it: exit 1, no table", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Blad1");
    sheet.getCell("A1").value = "Begroting";
    sheet.getCell("J100000").value = 1;
    const answer = await validate(fileWith(await xlsxBytes(workbook)));
    expect(answer.exit).toBe(1);
    expect(answer.stdout).toMatch(/missing-table\s+Geen tabel van het actieplan gevonden/);
  });
});
