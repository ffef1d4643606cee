/** Sums and cell walks over detected tables that several rules share. */
import { intendedEuros } from "./amount";
import type { AmountTable, DetectedTables, TableFamily, YearColumn } from "./detect/tables";
import { a1, type GridSheet } from "./grid";
import type { RuleContext } from "./rule";

export const FAMILIES: readonly TableFamily[] = ["brief", "invoegtoepassing"];

export function where(sheet: GridSheet, row: number, col: number): string {
  return `${sheet.name}!${a1(row, col)}`;
}

/** The intended sum of a table's rows in one column; null when a cell cannot be known. */
export function bodySum(context: RuleContext, table: AmountTable, col: number, onlyLine?: number): number | null {
  let total = 0;
  for (const row of table.rows) {
    if (onlyLine !== undefined && row.actionLine !== onlyLine) continue;
    const euros = intendedEuros(context.amountAt(table, row.row, col));
    if (euros === null) return null;
    total += euros;
  }
  return total;
}

export function summaryOf(tables: DetectedTables, family: TableFamily): AmountTable | undefined {
  return tables.amountTables.find((table) => table.kind === "summary" && table.family === family);
}

/** Detail tables of a family in the order of their action lines, then as they stand in the workbook. */
export function detailsOf(tables: DetectedTables, family: TableFamily): AmountTable[] {
  return tables.amountTables
    .filter((table) => table.kind === "detail" && table.family === family)
    .map((table, index) => ({ table, index }))
    .sort((a, b) => (a.table.actionLine ?? 0) - (b.table.actionLine ?? 0) || a.index - b.index)
    .map(({ table }) => table);
}

export function yearColumn(table: AmountTable, year: number): YearColumn | undefined {
  return table.years.find((column) => column.year === year);
}

/** Where an amount is read: the sheet, and the euros per unit of its table. */
export type AmountPlace = Pick<AmountTable, "sheet" | "unitEuros">;

/**
 * Visits every cell that should hold money: table bodies, totals, and the euro columns of proposal
 * tables. A callback rather than a generator: several rules walk these cells, hundreds of thousands of
 * them on a large sheet.
 */
export function eachAmountCell(
  tables: DetectedTables,
  visit: (table: AmountPlace, row: number, col: number) => void,
): void {
  for (const table of tables.amountTables) {
    for (const { row } of table.rows) for (const { col } of table.years) visit(table, row, col);
    if (table.totalRow !== null) for (const { col } of table.years) visit(table, table.totalRow, col);
  }
  for (const table of tables.proposalTables) {
    const money: AmountPlace = { sheet: table.sheet, unitEuros: 1 };
    for (const { row } of table.rows) for (const col of table.amountCols) visit(money, row, col);
  }
}
