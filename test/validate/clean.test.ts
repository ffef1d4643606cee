import ExcelJS from "exceljs";
import { buildBijlage1 } from "../fixtures/bijlage1";
import { buildBijlage2, cellOf, ONE_SHEET, SPREAD, type Bijlage2Layout } from "../fixtures/bijlage2";
import { besidesLetterSlip, findingsOf } from "../fixtures/validate-workbook";

describe("a clean Bijlage 2 validates without findings", () => {
  const layouts: Array<[string, Bijlage2Layout]> = [
    ["on one sheet with typed totals", ONE_SHEET],
    ["on one sheet with SUM totals", { ...ONE_SHEET, totals: "formulas" }],
    ["spread over three sheets at other offsets, split labels, SUM totals", SPREAD],
    ["spread over three sheets with typed totals", { ...SPREAD, totals: "typed" }],
  ];

  it.each(layouts)("%s", async (_name, layout) => {
    const workbook = new ExcelJS.Workbook();
    buildBijlage2(layout, workbook);
    expect(await findingsOf(workbook)).toEqual([]);
  });

  it("with Bijlage 1 beside it: every printed cost text of the 33 proposals reads", async () => {
    const workbook = new ExcelJS.Workbook();
    buildBijlage2(ONE_SHEET, workbook);
    buildBijlage1(workbook, { sheet: "Bijlage 1", row: 3, col: 2 });
    expect(besidesLetterSlip(await findingsOf(workbook))).toEqual([]);
  });
});

describe("labels in their own column left of the title", () => {
  it("reads 'a.' and '12' left of the header's column as the rows' labels", async () => {
    const workbook = new ExcelJS.Workbook();
    const map = buildBijlage2({ ...SPREAD, totals: "typed" }, workbook);
    // Move every title one column right, over the descriptions: the labels now stand left of it.
    for (const header of [map.summaryHeader, ...[1, 2, 3, 4, 5].map((line) => map.detailHeader(line))]) {
      const sheet = workbook.getWorksheet(header.sheet)!;
      const cell = sheet.getCell(header.cell);
      sheet.getCell(Number(cell.row), Number(cell.col) + 1).value = cell.value;
      cell.value = null;
    }
    expect(await findingsOf(workbook)).toEqual([]);
    cellOf(workbook, map.action("9", 2025)).value = 40;
    const findings = await findingsOf(workbook);
    expect(findings.map((f) => `${f.rule}@${f.sheet}!${f.cell}`)).toEqual(
      expect.arrayContaining([`year-total@${map.detailTotal(2, 2025).sheet}!${map.detailTotal(2, 2025).cell}`]),
    );
  });
});
