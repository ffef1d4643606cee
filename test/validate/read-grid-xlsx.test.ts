import ExcelJS from "exceljs";
import { cellAt } from "../../src/validate/grid";
import { readGridFromXlsx } from "../../src/xlsx/read-grid";
import { xlsxBytes } from "../fixtures/bijlage2";
import { unitInHeader } from "../../src/validate/detect/headers";

describe("readGridFromXlsx", () => {
  it("keeps values, formulas, cached results, errors and number formats where they stand", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Bijlage 2");
    sheet.getCell("C3").value = 0.15;
    sheet.getCell("C3").numFmt = "0.00";
    sheet.getCell("D3").value = { richText: [{ text: "0," }, { text: "4" }] };
    sheet.getCell("E3").value = { formula: "SUM(C3:D3)", result: 0.15 };
    sheet.getCell("F3").value = { formula: "E3*2" };
    sheet.getCell("C4").value = { sharedFormula: "E3" } as unknown as ExcelJS.CellValue;
    sheet.getCell("D4").value = { formula: "C3/0", result: { error: "#DIV/0!" } };
    sheet.getCell("E4").value = { text: "brief", hyperlink: "https://www.rijksoverheid.nl" };
    sheet.mergeCells("C6:E6");
    sheet.getCell("C6").value = "Totaal";
    const read = await readGridFromXlsx(await xlsxBytes(workbook));
    if (!read.ok) throw new Error(read.message);
    const [grid] = read.workbook.sheets;
    expect([grid.name, grid.top, grid.left]).toEqual(["Bijlage 2", 3, 3]);
    expect(cellAt(grid, 3, 3)).toEqual({ value: 0.15, numberFormat: "0.00" });
    expect(cellAt(grid, 3, 4)).toEqual({ value: "0,4" });
    expect(cellAt(grid, 3, 5)).toEqual({ value: 0.15, formula: "SUM(C3:D3)" });
    expect(cellAt(grid, 3, 6)).toEqual({ value: null, formula: "E3*2" });
    expect(cellAt(grid, 4, 4)).toEqual({ value: null, error: "#DIV/0!", formula: "C3/0" });
    expect(cellAt(grid, 4, 5)).toEqual({ value: "brief" });
    expect(cellAt(grid, 6, 3)).toEqual({ value: "Totaal" });
    expect(cellAt(grid, 6, 4)).toBeNull();
  });

  it("reads an empty sheet as an empty grid, not as a failure", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Leeg");
    const read = await readGridFromXlsx(await xlsxBytes(workbook));
    expect(read).toEqual({ ok: true, workbook: { sheets: [{ name: "Leeg", top: 1, left: 1, rows: [] }] } });
  });
});

describe("units named in headers", () => {
  it.each([
    ["Programma Samen tegen mensenhandel (€ 2 mln.)", 1_000_000],
    ["Actielijn 2. Vergroten van de meldingsbereidheid (€ x10.000)", 10_000],
    ["Actielijn 2 (x € 10.000)", 10_000],
    ["Kosten (x € 1.000)", 1_000],
    ["Begroting (€)", 1],
    ["Actielijn 3", null],
  ])("%s → %s", (header, unit) => {
    expect(unitInHeader(header)).toBe(unit);
  });
});
