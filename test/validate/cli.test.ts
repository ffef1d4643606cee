import { createHash, randomBytes } from "node:crypto";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { main } from "../../src/cli/main";
import { buildBijlage2, cellOf, ONE_SHEET, xlsxBytes } from "../fixtures/bijlage2";
import { captureIO } from "../support/capture-io";

const root = path.resolve(__dirname, "../..");
const dir = mkdtempSync(path.join(tmpdir(), "samen-validate-"));

async function writeBijlage2(name: string, plant?: (workbook: ExcelJS.Workbook) => void): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const map = buildBijlage2(ONE_SHEET, workbook);
  if (plant) plant(workbook);
  else cellOf(workbook, map.summaryHeader).note = "schoon";
  const file = path.join(dir, name);
  writeFileSync(file, await xlsxBytes(workbook));
  return file;
}

function sha256(file: string): string {
  return createHash("sha256").update(readFileSync(file)).digest("hex");
}

describe("samen validate", () => {
  let clean: string;
  let faulty: string;

  beforeAll(async () => {
    clean = await writeBijlage2("schoon.xlsx");
    faulty = await writeBijlage2("fout.xlsx", (workbook) => {
      workbook.getWorksheet("Bijlage 2")!.getCell("D3").value = 0.35;
    });
  });

  it("exits 0 on the clean Bijlage 2 and says so in Dutch", async () => {
    const io = captureIO();
    expect(await main(["validate", clean], io)).toBe(0);
    expect(io.stdout.join("\n")).toMatch(/Geen bevindingen: de werkmap klopt\./);
    expect(io.stderr).toEqual([]);
  });

  it("exits 1 on a planted fault, grouped by sheet with the cell, and a summary line", async () => {
    const io = captureIO();
    expect(await main(["validate", faulty], io)).toBe(1);
    const text = io.stdout.join("\n");
    expect(text).toMatch(
      /Blad "Bijlage 2"\n {2}D11 +fout +year-total +Totaal 2024 .* € 2\.000\.000, maar de regels tellen op tot € 2\.050\.000\./,
    );
    expect(text).toMatch(/\n2 fouten, 0 waarschuwingen, 0 meldingen$/);
  });

  it("prints { file, findings, summary } with --json", async () => {
    const io = captureIO();
    expect(await main(["validate", "--json", faulty], io)).toBe(1);
    const json = JSON.parse(io.stdout.join("\n"));
    expect(json.file).toBe(faulty);
    expect(json.summary).toEqual({ errors: 2, warnings: 0, infos: 0 });
    expect(json.findings.map((f: { rule: string; cell: string }) => `${f.rule}@${f.cell}`)).toEqual([
      "year-total@D11",
      "budget-frame@D11",
    ]);
  });

  it("never changes the file it validates", async () => {
    const before = [sha256(clean), sha256(faulty)];
    await main(["validate", clean], captureIO());
    await main(["validate", "--json", faulty], captureIO());
    expect([sha256(clean), sha256(faulty)]).toEqual(before);
  });

  const unreadable: Array<[string, () => string, RegExp]> = [
    ["a text file", () => write("brief.xlsx", "Geachte Voorzitter,"), /is geen Excel-werkmap/],
    ["an empty file", () => write("leeg.xlsx", ""), /is leeg/],
    [
      "an encrypted workbook",
      () => write("geheim.xlsx", Buffer.from("d0cf11e0a1b11ae1" + "00".repeat(504), "hex")),
      /versleuteld/,
    ],
    [
      "a truncated workbook",
      () => write("half.xlsx", readFileSync(clean).subarray(0, 3000)),
      /beschadigd of onvolledig/,
    ],
    ["a missing file", () => path.join(dir, "bestaat-niet.xlsx"), /is niet te openen/],
  ];
  function write(name: string, content: string | Buffer): string {
    const file = path.join(dir, name);
    writeFileSync(file, content);
    return file;
  }

  it.each(unreadable)("answers %s with exit 2 and a Dutch message, no stack trace", async (_name, make, message) => {
    const io = captureIO();
    expect(await main(["validate", make()], io)).toBe(2);
    expect(io.stderr.join("\n")).toMatch(message);
    expect(io.stderr.join("\n")).not.toMatch(/\n\s+at |Error:/);
    expect(io.stdout).toEqual([]);
  });

  it("reports a workbook without tables as missing-table, exit 1", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Blad1").getCell("A1").value = "Agenda";
    const file = write("agenda.xlsx", await xlsxBytes(workbook));
    const io = captureIO();
    expect(await main(["validate", file, "--json"], io)).toBe(1);
    expect(JSON.parse(io.stdout.join("\n")).findings).toEqual([
      expect.objectContaining({ rule: "missing-table", sheet: "Blad1", cell: "A1", severity: "error" }),
    ]);
  });

  it("answers wrong arguments with usage, exit 2", async () => {
    const none = captureIO();
    expect(await main(["validate"], none)).toBe(2);
    expect(none.stderr.join("\n")).toMatch(/Gebruik: samen validate <bestand\.xlsx> \[--json\]/);
    const option = captureIO();
    expect(await main(["validate", clean, "--xml"], option)).toBe(2);
    expect(option.stderr.join("\n")).toMatch(/Onbekende optie "--xml"/);
  });

  it("shows progress on stderr for a large file, and only there", async () => {
    const workbook = new ExcelJS.Workbook();
    buildBijlage2(ONE_SHEET, workbook);
    const notes = workbook.addWorksheet("Notities");
    for (let row = 1; row <= 45; row++) notes.getCell(row, 1).value = randomBytes(24_000).toString("base64");
    const file = write("groot.xlsx", await xlsxBytes(workbook));
    const io = captureIO();
    expect(await main(["validate", file], io)).toBe(0);
    expect(io.stderr[0]).toMatch(/^Lezen van .*groot\.xlsx \(\d+,\d MB\)…$/);
    expect(io.stderr).toContain('Controleren: blad 2 van 2 ("Notities")…');
    expect(io.stdout.join("\n")).toMatch(/Geen bevindingen/);
  });

  it("runs as the package's bin, as `npx samen validate` does", () => {
    const result = spawnSync(process.execPath, [path.join(root, "bin/samen.js"), "validate", faulty], {
      encoding: "utf8",
    });
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/year-total/);
    const text = spawnSync(
      process.execPath,
      [path.join(root, "bin/samen.js"), "validate", path.join(root, "package.json")],
      {
        encoding: "utf8",
      },
    );
    expect(text.status).toBe(2);
    expect(text.stderr).toMatch(/is geen Excel-werkmap/);
  });
});
