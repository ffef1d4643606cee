/**
 * The single layout definition of the workbook the add-in writes (docs/contracts/layout.md):
 * `renderLayout` describes it without any host, the Office.js writer (src/excel) and the ExcelJS
 * writer (src/xlsx) render that description, and `readPlanFromTables` reads the plan back from it.
 */
import type { Plan, SavedPlan } from "../model/schema";
import { overzichtSheet } from "./overzicht";
import { printLayout } from "./print";
import { modelTables } from "./tables";
import type { SheetLayout, WorkbookLayout } from "./types";

export * from "./types";
export { GENERAL_FORMAT, TEXT_FORMAT, numberFormatOf } from "./formats";
export { EURO_FORMAT, LETTER_EURO_FORMAT } from "../model/money/format";
export { COLUMNS, SHEETS, TABLES, TOTAL_LABEL, type TableName } from "./tables";
export { PAGE_NUMBERS, PRINT_SOURCE } from "./print";
export { isYearHeader, readPlanFromTables, type ModelTables } from "./read-plan";
export { notitieSheet, NOTITIE_SHEET, type NotitieInput } from "./notitie";

/**
 * `savedPlanFormulas: false` when the saved plans come from a Scenarios table of the older
 * three-column form: a formula naming its Schrap column would not be accepted, so their room is written
 * as amounts until the next save adds the columns.
 */
export function renderLayout(
  plan: Plan,
  scenarios: readonly SavedPlan[] = [],
  { savedPlanFormulas = true }: { savedPlanFormulas?: boolean } = {},
): WorkbookLayout {
  const tableSheets = modelTables(plan, scenarios).map((table): SheetLayout => ({
    name: table.sheet,
    table,
    cells: [],
    columnWidths: [],
    frozenRows: 1,
    chart: null,
    print: printLayout(1),
  }));
  return { sheets: [...tableSheets, overzichtSheet(plan, scenarios, savedPlanFormulas)] };
}
