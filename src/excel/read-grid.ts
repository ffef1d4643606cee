/**
 * Reads the open workbook into the validator's grid with Office.js: every sheet's used range (values,
 * formulas, number formats) in two syncs, one for the sheet names and one for all ranges. Read-only.
 * Only cells with values count (valuesOnly), so formatting down to row 1.048.576 costs nothing.
 */
import { parseA1, sheetFromMatrices, type GridSheet, type GridWorkbook } from "../validate/grid";

/** "'Scenario''s'!B2:F20" → the top-left cell of the range, 1-based. */
export function topLeftOf(address: string): { row: number; col: number } {
  const local = address.slice(address.lastIndexOf("!") + 1);
  return parseA1(local.split(":")[0]) ?? { row: 1, col: 1 };
}

export async function readGridFromExcel(context: Excel.RequestContext): Promise<GridWorkbook> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name");
  await context.sync();
  const used = worksheets.items.map((worksheet) => {
    const range = worksheet.getUsedRangeOrNullObject(true);
    range.load("address,values,formulas,numberFormat");
    return { name: worksheet.name, range };
  });
  await context.sync();
  return {
    sheets: used.map(({ name, range }): GridSheet => {
      if (range.isNullObject) return { name, top: 1, left: 1, rows: [] };
      const { row, col } = topLeftOf(range.address);
      return sheetFromMatrices(name, row, col, range.values, range.formulas, range.numberFormat);
    }),
  };
}
