/**
 * `samen fn … --workbook <file.xlsx>`: the functions answer from the model tables of a workbook, as the
 * SAMEN cells in Excel do, and CHECK counts its validation errors. The file is read once, by the
 * validator's reader, and never written. `samen fn` loads this module (and with it ExcelJS) only when
 * --workbook is given.
 */
import { SHEETS, TABLES, type ModelTables } from "../layout";
import type { PlanState } from "../runtime/live-plan";
import { planStateFrom } from "../runtime/plan-from-tables";
import { validateGrid, type GridWorkbook } from "../validate";
import { bottomOf, cellAt, forEachCellIn, type GridSheet } from "../validate/grid";
import { readGridFromXlsx } from "../xlsx/read-grid";
import { UsageError } from "./io";

export async function readWorkbookFile(file: string): Promise<GridWorkbook> {
  const read = await readGridFromXlsx(file);
  if (!read.ok) throw new UsageError(read.message);
  return read.workbook;
}

/**
 * A model table stands alone on its own sheet from the top left, as the loader writes it: its columns
 * are its header's (the run of cells from the top left). Only the cells present in those columns are
 * read: a row without any is left a hole, which the plan reader passes over as it passes a blank row,
 * so a stray cell far off (XFD1048576) adds nothing to fill.
 */
function modelTableOf(sheet: GridSheet): unknown[][] {
  let width = 0;
  while (cellAt(sheet, sheet.top, sheet.left + width)) width++;
  const table: unknown[][] = [];
  forEachCellIn(sheet, sheet.top, sheet.left, bottomOf(sheet), sheet.left + width - 1, (_cell, row) => {
    table[row - sheet.top] ??= Array.from({ length: width }, (__, c) => {
      const cell = cellAt(sheet, row, sheet.left + c);
      return cell?.error ?? cell?.value ?? "";
    });
  });
  return table;
}

function modelTablesOf(workbook: GridWorkbook): ModelTables {
  const tables: ModelTables = {};
  for (const key of Object.keys(TABLES) as (keyof typeof TABLES)[]) {
    const sheet = workbook.sheets.find((candidate) => candidate.name === SHEETS[key]);
    if (sheet) tables[TABLES[key]] = modelTableOf(sheet);
  }
  return tables;
}

export function planStateOfWorkbook(workbook: GridWorkbook): PlanState {
  return planStateFrom(modelTablesOf(workbook));
}

export function errorCountOf(workbook: GridWorkbook): number {
  return validateGrid(workbook).filter((finding) => finding.severity === "error").length;
}
