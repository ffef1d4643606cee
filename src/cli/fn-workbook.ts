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
import { readGridFromXlsx } from "../xlsx/read-grid";
import { UsageError } from "./io";

export async function readWorkbookFile(file: string): Promise<GridWorkbook> {
  const read = await readGridFromXlsx(file);
  if (!read.ok) throw new UsageError(read.message);
  return read.workbook;
}

/** Each model table stands alone on its own sheet from the top left, as the loader writes it. */
function modelTablesOf(workbook: GridWorkbook): ModelTables {
  const tables: ModelTables = {};
  for (const key of Object.keys(TABLES) as (keyof typeof TABLES)[]) {
    const sheet = workbook.sheets.find((candidate) => candidate.name === SHEETS[key]);
    if (sheet) tables[TABLES[key]] = sheet.rows.map((row) => row.map((cell) => cell?.error ?? cell?.value ?? ""));
  }
  return tables;
}

export function planStateOfWorkbook(workbook: GridWorkbook): PlanState {
  return planStateFrom(modelTablesOf(workbook));
}

export function errorCountOf(workbook: GridWorkbook): number {
  return validateGrid(workbook).filter((finding) => finding.severity === "error").length;
}
