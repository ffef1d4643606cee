/**
 * `samen share` on files from three writers: ExcelJS, LibreOffice and openpyxl (with the cached values
 * Excel would have written put in, spelt as Excel spells custom functions). The copy is checked part
 * by part against the source, read back with ExcelJS, and recalculated by LibreOffice.
 */
import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { main } from "../../src/cli/main";
import { captureIO } from "../support/capture-io";

const run = promisify(execFile);
const dir = mkdtempSync(path.join(tmpdir(), "samen-share-"));
const SAMEN = /(^|[^\w.])(SAMEN\.|_xldudf_SAMEN_)\w+\(/i;

const sha256 = (file: string) => createHash("sha256").update(readFileSync(file)).digest("hex");

async function share(...args: string[]) {
  const io = captureIO();
  const code = await main(["share", ...args], io);
  return { code, out: io.stdout.join("\n"), err: io.stderr.join("\n") };
}

async function entries(file: string): Promise<Map<string, Buffer>> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const files = Object.values(zip.files).filter((entry) => !entry.dir);
  return new Map(await Promise.all(files.map(async (entry) => [entry.name, await entry.async("nodebuffer")] as const)));
}

/** Every cell of every sheet as ExcelJS reads it: formula (if any), shown value, number format. */
async function cells(file: string) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const all = new Map<string, { formula?: string; value: unknown; numFmt?: string }>();
  for (const sheet of workbook.worksheets) {
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        const formula = cell.type === ExcelJS.ValueType.Formula ? cell.formula : undefined;
        const value = formula !== undefined ? cell.result : cell.value;
        all.set(`${sheet.name}!${cell.address}`, { formula, value, numFmt: cell.numFmt });
      }),
    );
  }
  return all;
}

const READ_WITH_OPENPYXL = `
import json, sys
from openpyxl import load_workbook
formulas = load_workbook(sys.argv[1])
values = load_workbook(sys.argv[1], data_only=True)
cells = {}
for sheet in formulas.worksheets:
    for row in sheet.iter_rows():
        for cell in row:
            if cell.value is None:
                continue
            shown = values[sheet.title][cell.coordinate].value
            formula = cell.value[1:] if cell.data_type == "f" else None
            cells[f"{sheet.title}!{cell.coordinate}"] = {"formula": formula, "value": shown, "numFmt": cell.number_format}
print(json.dumps(cells))
`;

/** The same as \`cells\`, read by openpyxl (ExcelJS 4.4 cannot load openpyxl's charts). */
async function cellsByOpenpyxl(file: string) {
  const script = path.join(dir, "read.py");
  writeFileSync(script, READ_WITH_OPENPYXL);
  const { stdout } = await run("/usr/bin/python3", [script, file]);
  const read = JSON.parse(stdout) as Record<string, { formula: string | null; value: unknown; numFmt: string }>;
  return new Map(
    Object.entries(read).map(([address, cell]) => [address, { ...cell, formula: cell.formula ?? undefined }]),
  );
}

/** The copy holds no SAMEN formula; each source SAMEN cell shows its cached value and format; the rest is equal. */
async function expectValuesInPlace(source: string, copy: string, read = cells): Promise<string[]> {
  const before = await read(source);
  const after = await read(copy);
  const samenCells = [...before].filter(([, cell]) => cell.formula !== undefined && SAMEN.test(cell.formula));
  expect(samenCells.length).toBeGreaterThan(0);
  for (const [address, cell] of before) {
    const copied = after.get(address);
    if (samenCells.some(([samen]) => samen === address)) {
      expect({ address, ...copied, formula: copied?.formula ?? null }).toEqual({ address, ...cell, formula: null });
    } else {
      expect({ address, ...copied }).toEqual({ address, ...cell });
    }
  }
  expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
  return samenCells.map(([address]) => address);
}

async function expectOtherPartsIdentical(source: string, copy: string, changed: string[]) {
  const before = await entries(source);
  const after = await entries(copy);
  for (const [name, bytes] of before) {
    if (changed.includes(name)) continue;
    expect({ name, same: after.get(name)?.equals(bytes) }).toEqual({ name, same: true });
  }
}

/** LibreOffice with a profile that recalculates every formula on load, each sheet to CSV. */
async function recalculatedCsv(file: string): Promise<string> {
  const work = mkdtempSync(path.join(dir, "lo-"));
  await mkdir(path.join(work, "profile", "user"), { recursive: true });
  await writeFile(
    path.join(work, "profile", "user", "registrymodifications.xcu"),
    `<?xml version="1.0" encoding="UTF-8"?><oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item></oor:items>`,
  );
  await run(
    "soffice",
    [
      `-env:UserInstallation=file://${path.join(work, "profile")}`,
      "--headless",
      "--convert-to",
      "csv",
      "--outdir",
      work,
      file,
    ],
    { timeout: 120_000 },
  );
  return readFile(path.join(work, `${path.basename(file, ".xlsx")}.csv`), "utf8");
}

/** LibreOffice saving a file as .xlsx, with its own default profile settings. */
async function savedByLibreOffice(file: string): Promise<string> {
  const work = mkdtempSync(path.join(dir, "lo-save-"));
  await run(
    "soffice",
    [
      `-env:UserInstallation=file://${path.join(work, "profile")}`,
      "--headless",
      "--convert-to",
      "xlsx:Calc MS Excel 2007 XML",
      "--outdir",
      work,
      file,
    ],
    { timeout: 120_000 },
  );
  return path.join(work, path.basename(file));
}

async function exceljsWorkbook(file: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Overzicht");
  sheet.getCell("A1").value = "Tekort 2024 (meest kansrijk)";
  sheet.getCell("B1").value = { formula: 'SAMEN.GAP("meest kansrijk",2024)', result: -675000 };
  sheet.getCell("B1").numFmt = '"€" #,##0';
  sheet.getCell("B2").value = { formula: "ROUND(SAMEN.TOTAL(2024)/1000,0)", result: 2000 };
  sheet.getCell("B3").value = { formula: "B1+B2", result: -673000 };
  sheet.getCell("C1").value = { formula: "SAMEN.RESERVE(2026)", result: 1050000 };
  sheet.fillFormula("C2:C4", "SAMEN.TOTAL(2024)", [2000000, 2000000, 2000000]);
  sheet.getCell("D1").value = { formula: 'SAMEN.PROPOSALS("3,13")', result: 3 };
  const other = workbook.addWorksheet("Notities");
  other.getCell("A1").value = { formula: "Overzicht!B1*2", result: -1350000 };
  await workbook.xlsx.writeFile(file);
}

const OPENPYXL = `
import sys
from openpyxl import Workbook
from openpyxl.chart import BarChart, Reference
from openpyxl.styles import Font
wb = Workbook()
ws = wb.active
ws.title = "Overzicht"
ws["A1"] = "Jaar"
ws["B1"] = "Totaal"
ws["A1"].font = Font(bold=True)
for row, year in enumerate([2024, 2025, 2026], start=2):
    ws.cell(row=row, column=1, value=year)
    ws.cell(row=row, column=2, value=f"=SAMEN.TOTAL(A{row})")
ws["C2"] = "=B2*2"
chart = BarChart()
chart.add_data(Reference(ws, min_col=2, min_row=1, max_row=4), titles_from_data=True)
ws.add_chart(chart, "E2")
wb.save(sys.argv[1])
`;

async function openpyxlWorkbook(file: string): Promise<void> {
  const script = path.join(dir, "write.py");
  writeFileSync(script, OPENPYXL);
  await run("/usr/bin/python3", [script, file]);
}

/** openpyxl's file as Excel would save it after Samen computed it: `_xldudf_` names and cached values. */
async function computedAsExcelSaves(file: string, out: string): Promise<void> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const sheetPath = "xl/worksheets/sheet1.xml";
  const xml = (await zip.file(sheetPath)!.async("string"))
    .replace(/<f>SAMEN\.TOTAL\((A\d)\)<\/f><v><\/v>/g, "<f>_xldudf_SAMEN_TOTAL($1)</f><v>2000000</v>")
    .replace("<f>B2*2</f><v></v>", "<f>B2*2</f><v>4000000</v>");
  zip.file(sheetPath, xml);
  writeFileSync(out, await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
}

describe("samen share", () => {
  const source = path.join(dir, "exceljs.xlsx");
  const copy = path.join(dir, "exceljs-deelbaar.xlsx");
  let sourceHash: string;

  beforeAll(async () => {
    await exceljsWorkbook(source);
    sourceHash = sha256(source);
  });

  it("replaces every SAMEN formula of an ExcelJS file by its value and changes nothing else", async () => {
    const result = await share(source, copy);
    expect(result).toMatchObject({ code: 0, err: "" });
    expect(result.out).toMatch(/7 SAMEN-formules vervangen door hun waarden/);
    expect(sha256(source)).toBe(sourceHash);
    const replaced = await expectValuesInPlace(source, copy);
    expect(replaced.sort()).toEqual(
      ["B1", "B2", "C1", "C2", "C3", "C4", "D1"].map((cell) => `Overzicht!${cell}`).sort(),
    );
    await expectOtherPartsIdentical(source, copy, ["xl/worksheets/sheet1.xml"]);
  });

  it("gives a copy LibreOffice recalculates without #NAME?, to the letter's figures", async () => {
    const csv = await recalculatedCsv(copy);
    expect(csv).not.toMatch(/#NAME|Err:/);
    const [first, second, third] = csv
      .trim()
      .split("\n")
      .map((line) => line.split(","));
    expect(first.slice(1, 4)).toEqual(["-675000", "1050000", "3"]);
    expect(second.slice(1, 3)).toEqual(["2000", "2000000"]);
    // B1 + B2, a formula of the officer's own, recalculated over the values.
    expect(third[1]).toBe("-673000");
  }, 150_000);

  it("keeps an existing output unless --force, and never writes over its source", async () => {
    const before = sha256(copy);
    const refused = await share(source, copy);
    expect(refused.code).toBe(2);
    expect(refused.err).toMatch(/bestaat al en wordt niet overschreven.*--force/);
    expect(sha256(copy)).toBe(before);
    writeFileSync(copy, "oud");
    expect((await share(source, copy, "--force")).code).toBe(0);
    await expectValuesInPlace(source, copy);
    const same = await share(source, source, "--force");
    expect(same.code).toBe(2);
    expect(same.err).toMatch(/moet een ander bestand zijn dan het origineel/);
    expect(sha256(source)).toBe(sourceHash);
  });

  it("shares LibreOffice's save of the file: the values LibreOffice shows, its own XML kept", async () => {
    const saved = await savedByLibreOffice(source);
    const savedHash = sha256(saved);
    const out = path.join(dir, "libreoffice-deelbaar.xlsx");
    expect((await share(saved, out)).code).toBe(0);
    expect(sha256(saved)).toBe(savedHash);
    const replaced = await expectValuesInPlace(saved, out);
    expect(replaced).toContain("Overzicht!B1");
    const after = await cells(out);
    expect(after.get("Overzicht!B1")).toMatchObject({ value: -675000 });
    expect(after.get("Notities!A1")).toMatchObject({ formula: "Overzicht!B1*2" });
    await expectOtherPartsIdentical(saved, out, ["xl/worksheets/sheet1.xml"]);
  }, 150_000);

  describe("an openpyxl workbook with a chart", () => {
    const written = path.join(dir, "openpyxl.xlsx");
    const computed = path.join(dir, "openpyxl-berekend.xlsx");

    beforeAll(async () => {
      await openpyxlWorkbook(written);
      await computedAsExcelSaves(written, computed);
    });

    it("is refused while its SAMEN formulas have no value, naming the cells, and nothing is written", async () => {
      const out = path.join(dir, "openpyxl-deelbaar.xlsx");
      const result = await share(written, out);
      expect(result.code).toBe(2);
      expect(result.err).toMatch(/geen berekende waarde: Overzicht!B2, Overzicht!B3, Overzicht!B4\./);
      expect(result.err).toMatch(/Open de werkmap in Excel met Samen/);
      expect(existsSync(out)).toBe(false);
    });

    it("once computed (as Excel saves it), keeps the chart and drawing byte for byte", async () => {
      const out = path.join(dir, "openpyxl-berekend-deelbaar.xlsx");
      const result = await share(computed, out);
      expect(result.code).toBe(0);
      expect(result.out).toMatch(/3 SAMEN-formules/);
      await expectValuesInPlace(computed, out, cellsByOpenpyxl);
      await expectOtherPartsIdentical(computed, out, ["xl/worksheets/sheet1.xml"]);
      const parts = [...(await entries(out)).keys()];
      expect(parts).toEqual(expect.arrayContaining(["xl/charts/chart1.xml", "xl/drawings/drawing1.xml"]));
      const csv = await recalculatedCsv(out);
      expect(csv).not.toMatch(/#NAME|Err:/);
      expect(csv.trim().split("\n")[1].split(",").slice(0, 3)).toEqual(["2024", "2000000", "4000000"]);
    }, 150_000);
  });

  it("answers a file that is no workbook, or a missing one, in Dutch with exit 2", async () => {
    const text = path.join(dir, "tekst.xlsx");
    writeFileSync(text, "geen werkmap");
    const notZip = await share(text, path.join(dir, "uit1.xlsx"));
    expect(notZip).toMatchObject({ code: 2 });
    expect(notZip.err).toMatch(/geen Excel-werkmap/);
    const missing = await share(path.join(dir, "nergens.xlsx"), path.join(dir, "uit2.xlsx"));
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(/is niet te openen/);
    expect((await share(source)).err).toMatch(/^Geef 2 bestanden op\.\nGebruik: samen share/);
  });
});
