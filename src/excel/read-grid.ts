/**
 * Reads the open workbook into the validator's grid with Office.js: every sheet's used range (values,
 * formulas, number formats) in two syncs, one for the sheet names and one for all ranges. Read-only.
 * Only cells with values count (valuesOnly), so formatting down to row 1.048.576 costs nothing.
 *
 * Excel limits what one sync may answer (about 5 MB on the web). When the workbook is larger, the
 * second sync fails with that limit; the reader then asks for the used ranges' sizes and reads each
 * sheet in blocks of rows, one block a sync, halving a block that is still too large.
 */
import { emptySheet, parseA1, sheetFromMatrices, type GridSheet, type GridWorkbook } from "../validate/grid";

/** Cells per block when a workbook is read in blocks (Microsoft's guidance: 5 000–20 000 rows). */
export const CELLS_PER_BLOCK = 50_000;

/** The errors with which Excel refuses an answer or a range as too large. */
const TOO_LARGE = new Set(["ResponsePayloadSizeLimitExceeded", "RangeExceedsLimit", "OperationCellsExceedLimit"]);

function isTooLarge(error: unknown): boolean {
  return typeof error === "object" && error !== null && "code" in error && TOO_LARGE.has(String(error.code));
}

/** "'Scenario''s'!B2:F20" → the top-left cell of the range, 1-based. */
export function topLeftOf(address: string): { row: number; col: number } {
  const local = address.slice(address.lastIndexOf("!") + 1);
  return parseA1(local.split(":")[0]) ?? { row: 1, col: 1 };
}

interface Matrices {
  values: unknown[][];
  formulas: unknown[][];
  numberFormat: unknown[][];
}

async function readInOneSync(context: Excel.RequestContext, worksheets: Excel.Worksheet[]): Promise<GridSheet[]> {
  const used = worksheets.map((worksheet) => {
    const range = worksheet.getUsedRangeOrNullObject(true);
    range.load("address,values,formulas,numberFormat");
    return { name: worksheet.name, range };
  });
  await context.sync();
  return used.map(({ name, range }): GridSheet => {
    if (range.isNullObject) return emptySheet(name);
    const { row, col } = topLeftOf(range.address);
    return sheetFromMatrices(name, row, col, range.values, range.formulas, range.numberFormat);
  });
}

/** One sheet's used range, `rows` rows at a time; a block Excel still refuses is read in halves. */
async function readInBlocks(
  context: Excel.RequestContext,
  worksheet: Excel.Worksheet,
  used: Excel.Range,
): Promise<GridSheet> {
  const { row: top, col: left } = topLeftOf(used.address);
  const [height, width] = [used.rowCount, used.columnCount];
  const read: Matrices = { values: [], formulas: [], numberFormat: [] };
  let rows = Math.max(1, Math.floor(CELLS_PER_BLOCK / width));
  for (let start = 0; start < height;) {
    const count = Math.min(rows, height - start);
    const block = worksheet.getRangeByIndexes(top - 1 + start, left - 1, count, width);
    block.load("values,formulas,numberFormat");
    try {
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one block per answer is the point
      await context.sync();
    } catch (error) {
      if (!isTooLarge(error) || count === 1) throw error;
      rows = Math.ceil(count / 2);
      continue;
    }
    const [values, formulas, numberFormat] = [block.values, block.formulas, block.numberFormat];
    for (let r = 0; r < count; r++) {
      read.values.push(values[r]);
      read.formulas.push(formulas[r]);
      read.numberFormat.push(numberFormat[r]);
    }
    start += count;
  }
  return sheetFromMatrices(worksheet.name, top, left, read.values, read.formulas, read.numberFormat);
}

async function readSheetBySheet(context: Excel.RequestContext, worksheets: Excel.Worksheet[]): Promise<GridSheet[]> {
  const used = worksheets.map((worksheet) => {
    const range = worksheet.getUsedRangeOrNullObject(true);
    range.load("address,rowCount,columnCount");
    return { worksheet, range };
  });
  await context.sync();
  const sheets: GridSheet[] = [];
  for (const { worksheet, range } of used) {
    sheets.push(range.isNullObject ? emptySheet(worksheet.name) : await readInBlocks(context, worksheet, range));
  }
  return sheets;
}

export async function readGridFromExcel(context: Excel.RequestContext): Promise<GridWorkbook> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name");
  await context.sync();
  try {
    return { sheets: await readInOneSync(context, worksheets.items) };
  } catch (error) {
    if (!isTooLarge(error)) throw error;
    return { sheets: await readSheetBySheet(context, worksheets.items) };
  }
}
