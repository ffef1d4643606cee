/** The Office.js reader on the shared fake host (test/fake-excel): what Excel shows, in two syncs, read-only. */
import ExcelJS from "exceljs";
import { readGridFromExcel, topLeftOf } from "../../src/excel/read-grid";
import { validateGrid, type GridSheet } from "../../src/validate";
import { a1, cellAt, rightOf } from "../../src/validate/grid";
import { readGridFromXlsx } from "../../src/xlsx/read-grid";
import { createFakeExcel, type FakeExcel } from "../fake-excel";
import { buildBijlage2, SPREAD, xlsxBytes, type Bijlage2Map } from "../fixtures/bijlage2";

/** Types a sheet of the grid into the fake host as a user would: "=…" for formulas, Excel computes them. */
function typeInto(fake: FakeExcel, sheet: GridSheet): void {
  if (sheet.rows.length === 0) return fake.addSheet(sheet.name);
  const width = rightOf(sheet) - sheet.left + 1;
  const rows = Array.from(sheet.rows, (_, r) =>
    Array.from({ length: width }, (__, c) => {
      const cell = cellAt(sheet, sheet.top + r, sheet.left + c);
      return cell?.formula !== undefined ? `=${cell.formula}` : (cell?.value ?? "");
    }),
  );
  fake.setCells(sheet.name, a1(sheet.top, sheet.left), rows);
}

async function spreadBijlage2InExcel(): Promise<{ fake: FakeExcel; map: Bijlage2Map; sheets: GridSheet[] }> {
  const workbook = new ExcelJS.Workbook();
  const map = buildBijlage2(SPREAD, workbook);
  workbook.addWorksheet("Leeg");
  const read = await readGridFromXlsx(await xlsxBytes(workbook));
  if (!read.ok) throw new Error(read.message);
  const fake = createFakeExcel();
  read.workbook.sheets.forEach((sheet) => typeInto(fake, sheet));
  return { fake, map, sheets: read.workbook.sheets };
}

function snapshot(fake: FakeExcel): unknown {
  return fake.sheetNames().map((name) => [name, fake.values(name), fake.formulas(name), fake.numberFormats(name)]);
}

describe("readGridFromExcel on the fake host", () => {
  it("reads every sheet's used range in two syncs, at its offset: the clean Bijlage 2 has no finding", async () => {
    const { fake, sheets } = await spreadBijlage2InExcel();
    fake.resetSyncCount();
    const grid = await readGridFromExcel(fake.context());
    expect(fake.syncCount()).toBe(2);
    expect(grid.sheets.map((sheet) => [sheet.name, sheet.top, sheet.left])).toEqual(
      sheets.map((sheet) => [sheet.name, sheet.top, sheet.left]),
    );
    expect(grid.sheets.find((sheet) => sheet.name === "Leeg")?.rows).toEqual([]);
    expect(validateGrid(grid)).toEqual([]);
  });

  it("sees what Excel computes: a #REF! and a year over the frame, at their cells", async () => {
    const { fake, map } = await spreadBijlage2InExcel();
    const ref = map.action("9", 2025);
    const line = map.summaryLine("a", 2024);
    fake.setCells(ref.sheet, ref.cell, [["='Verwijderd blad'!A1"]]);
    fake.setCells(line.sheet, line.cell, [[0.35]]);
    const findings = validateGrid(await readGridFromExcel(fake.context()));
    expect(findings).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ rule: "formula-error", ...ref }),
        expect.objectContaining({ rule: "budget-frame", ...map.summaryTotal(2024) }),
      ]),
    );
    expect(findings.filter((f) => f.rule === "year-total")).toEqual([]);
  });

  it("past Excel's response limit, reads each sheet in blocks of rows: the same grid, the same findings", async () => {
    const { fake, map } = await spreadBijlage2InExcel();
    const line = map.summaryLine("a", 2024);
    fake.setCells(line.sheet, line.cell, [[0.35]]);
    const whole = await readGridFromExcel(fake.context());
    // Smaller than any sheet's used range in one answer, large enough for a few of its rows.
    fake.limitResponse(1_500);
    fake.resetSyncCount();
    const inBlocks = await readGridFromExcel(fake.context());
    expect(inBlocks).toEqual(whole);
    expect(fake.syncCount()).toBeGreaterThan(4);
    expect(validateGrid(inBlocks)).toEqual(
      expect.arrayContaining([expect.objectContaining({ rule: "budget-frame", ...map.summaryTotal(2024) })]),
    );
  });

  it("gives up with Excel's own error when not even one row fits in an answer", async () => {
    const { fake } = await spreadBijlage2InExcel();
    // Room for the sheet names and the used ranges' sizes, not for one row of values, formulas and formats.
    fake.limitResponse(120);
    fake.resetSyncCount();
    await expect(readGridFromExcel(fake.context())).rejects.toMatchObject({
      code: "ResponsePayloadSizeLimitExceeded",
    });
    // Names, all ranges at once, their sizes, then blocks halved down to a single row.
    expect(fake.syncCount()).toBeGreaterThan(4);
  });

  it("changes nothing in the workbook", async () => {
    const { fake } = await spreadBijlage2InExcel();
    const before = snapshot(fake);
    await readGridFromExcel(fake.context());
    expect(snapshot(fake)).toEqual(before);
  });

  it("takes the top-left cell from addresses with quoted sheet names", () => {
    expect(topLeftOf("'Scenario''s'!B2:D4")).toEqual({ row: 2, col: 2 });
    expect(topLeftOf("Blad1!AA10")).toEqual({ row: 10, col: 27 });
  });
});
