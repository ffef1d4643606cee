/**
 * `samen fn … --workbook <file.xlsx>`: the functions answer from the model tables of a workbook, as the
 * SAMEN cells in Excel do, and CHECK counts its validation errors. The file is read once, by the
 * validator's reader, and never written.
 */
import { SHEETS, TABLES, type ModelTables } from "../layout";
import type { PlanState } from "../runtime/live-plan";
import { planStateFrom } from "../runtime/plan-from-tables";
import { validateGrid, type GridWorkbook } from "../validate";
import { readGridFromXlsx } from "../xlsx/read-grid";
import { UsageError } from "./io";

export const WORKBOOK_OPTION = "--workbook";

/** Splits `--workbook <file>` off the arguments; the rest stay in order. */
export function takeWorkbookOption(args: readonly string[]): { file: string | null; rest: string[] } {
  const at = args.indexOf(WORKBOOK_OPTION);
  if (at < 0) return { file: null, rest: [...args] };
  const file = args[at + 1];
  if (file === undefined || file.startsWith("--"))
    throw new UsageError(`Na ${WORKBOOK_OPTION} hoort een .xlsx-bestand.`);
  return { file, rest: [...args.slice(0, at), ...args.slice(at + 2)] };
}

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
