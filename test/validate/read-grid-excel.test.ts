import ExcelJS from "exceljs";
import { readGridFromExcel, topLeftOf } from "../../src/excel/read-grid";
import { validateGrid, type GridSheet } from "../../src/validate";
import { a1, cellAt, parseA1 } from "../../src/validate/grid";
import { readGridFromXlsx } from "../../src/xlsx/read-grid";
import { buildBijlage2, SPREAD, xlsxBytes } from "../fixtures/bijlage2";
import { stubContext, type StubSheet } from "./office-stub";

/** What Office.js hands out for a sheet: "" for blanks, "=…" in formulas, computed values, "General". */
function asOffice(sheet: GridSheet, computed: (row: number, col: number) => unknown): StubSheet {
  if (sheet.rows.length === 0) return { name: sheet.name };
  const width = Math.max(...sheet.rows.map((row) => row.length));
  const cells = sheet.rows.map((_, r) =>
    Array.from({ length: width }, (__, c) => cellAt(sheet, sheet.top + r, sheet.left + c)),
  );
  const bottomRight = a1(sheet.top + sheet.rows.length - 1, sheet.left + width - 1);
  return {
    name: sheet.name,
    address: `'${sheet.name.replace(/'/g, "''")}'!${a1(sheet.top, sheet.left)}:${bottomRight}`,
    values: cells.map((row, r) =>
      row.map((cell, c) =>
        cell?.formula ? computed(sheet.top + r, sheet.left + c) : (cell?.error ?? cell?.value ?? ""),
      ),
    ),
    formulas: cells.map((row) => row.map((cell) => (cell?.formula ? `=${cell.formula}` : (cell?.value ?? "")))),
    numberFormat: cells.map((row) => row.map((cell) => cell?.numberFormat ?? "General")),
  };
}

async function spreadBijlage2(): Promise<{
  sheets: GridSheet[];
  workbook: ExcelJS.Workbook;
  map: ReturnType<typeof buildBijlage2>;
}> {
  const workbook = new ExcelJS.Workbook();
  const map = buildBijlage2(SPREAD, workbook);
  workbook.addWorksheet("Leeg");
  const read = await readGridFromXlsx(await xlsxBytes(workbook));
  if (!read.ok) throw new Error(read.message);
  return { sheets: read.workbook.sheets, workbook, map };
}

describe("readGridFromExcel", () => {
  it("reads every sheet's used range in two syncs, at its offset, and the clean Bijlage 2 has no finding", async () => {
    const { sheets } = await spreadBijlage2();
    // Formula cells show "" here (no computed value), so the validator computes the SUM totals itself.
    const host = stubContext(sheets.map((sheet) => asOffice(sheet, () => "")));
    const grid = await readGridFromExcel(host.context);
    expect(host.syncCount()).toBe(2);
    expect(grid.sheets.map((sheet) => [sheet.name, sheet.top, sheet.left])).toEqual(
      sheets.map((sheet) => [sheet.name, sheet.top, sheet.left]),
    );
    expect(grid.sheets.find((sheet) => sheet.name === "Leeg")?.rows).toEqual([]);
    expect(validateGrid(grid)).toEqual([]);
  });

  it("finds a #REF! and a stale computed total that Excel shows, at their cells", async () => {
    const { sheets, map } = await spreadBijlage2();
    const stale = map.summaryTotal(2024);
    const ref = map.action("9", 2025);
    const office = sheets.map((sheet) =>
      asOffice(sheet, (row, col) => (sheet.name === stale.sheet && a1(row, col) === stale.cell ? 1.9 : "")),
    );
    const detail = office.find((sheet) => sheet.name === ref.sheet)!;
    const origin = topLeftOf(detail.address!);
    const cell = parseA1(ref.cell)!;
    detail.values![cell.row - origin.row][cell.col - origin.col] = "#REF!";
    detail.formulas![cell.row - origin.row][cell.col - origin.col] = "=#REF!*1";
    const findings = validateGrid(await readGridFromExcel(stubContext(office).context));
    expect(findings).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ rule: "year-total", ...stale }),
        expect.objectContaining({ rule: "formula-error", ...ref }),
      ]),
    );
  });

  it("takes the top-left cell from addresses with quoted sheet names", () => {
    expect(topLeftOf("'Scenario''s'!B2:D4")).toEqual({ row: 2, col: 2 });
    expect(topLeftOf("Blad1!AA10")).toEqual({ row: 10, col: 27 });
  });
});
