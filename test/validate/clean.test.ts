import ExcelJS from "exceljs";
import { buildBijlage1 } from "../fixtures/bijlage1";
import { buildBijlage2, ONE_SHEET, SPREAD, type Bijlage2Layout } from "../fixtures/bijlage2";
import { findingsOf } from "../fixtures/validate-workbook";

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
    expect(await findingsOf(workbook)).toEqual([]);
  });
});
