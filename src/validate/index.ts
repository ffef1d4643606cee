/**
 * The validator: detect the tables of the action plan anywhere in a grid, then run every rule over them.
 * Pure: no host, no file, no clock; the readers in src/xlsx and src/excel produce the grid.
 */
import { readAmount, type Amount } from "./amount";
import { detectTables } from "./detect";
import type { DetectedTables } from "./detect/tables";
import { FormulaEvaluator, type Area, type StructuredResolver } from "./formula";
import { normalized } from "./detect/headers";
import { forEachCellIn, parseA1, rightOf, textAt, type GridSheet, type GridWorkbook } from "./grid";
import type { Finding, RuleContext } from "./rule";
import { RULES } from "./rules";

export type { Finding, RuleContext, Severity } from "./rule";
export type { GridWorkbook, GridSheet, GridCell } from "./grid";
export { RULES } from "./rules";

export interface ValidateOptions {
  /** Called as each sheet is searched, for progress on large workbooks. */
  onSheet?: (name: string, index: number, count: number) => void;
}

export interface FindingSummary {
  errors: number;
  warnings: number;
  infos: number;
}

/** `Begroting[2024]`, or `[2024]` inside the table → the data cells of that column of a detected table. */
function structuredResolver(tables: DetectedTables): StructuredResolver {
  const all = [...tables.amountTables, ...tables.proposalTables];
  const lastRowOf = (table: (typeof all)[number]): number =>
    "lastBodyRow" in table ? (table.totalRow ?? table.lastBodyRow) : (table.rows[table.rows.length - 1]?.row ?? 0);
  return (name, column, home) => {
    const candidates = all.filter((table) =>
      name === null
        ? table.sheet === home.sheet && home.row > table.headerRow && home.row <= lastRowOf(table)
        : normalized(table.title) === normalized(name),
    );
    for (const table of candidates) {
      const { sheet, headerRow } = table;
      const lastBodyRow = "lastBodyRow" in table ? table.lastBodyRow : lastRowOf(table);
      let found: number | null = null;
      forEachCellIn(sheet, headerRow, sheet.left, headerRow, rightOf(sheet), (_cell, _row, col) => {
        if (found === null && normalized(textAt(sheet, headerRow, col)) === normalized(column)) found = col;
      });
      if (found === null) continue;
      const area: Area = { sheet: sheet.name, top: headerRow + 1, left: found, bottom: lastBodyRow, right: found };
      return area;
    }
    return null;
  };
}

type AmountRows = Array<Array<Amount | undefined> | undefined>;

/**
 * Several rules read the same amount cells; each is read once. Stored like the grid, a row array per
 * sheet row: a text key per cell cost more than reading the cell on a sheet of 100 000 rows.
 */
class AmountCache {
  private readonly bySheet = new Map<GridSheet, Map<number, AmountRows>>();
  /** Rules walk one table at a time: the rows of the last sheet and unit are kept at hand. */
  private last: { sheet: GridSheet; unitEuros: number; rows: AmountRows } | null = null;

  constructor(private readonly evaluator: FormulaEvaluator) {}

  amountAt(sheet: GridSheet, unitEuros: number, row: number, col: number): Amount {
    const last = this.last;
    const rows = last?.sheet === sheet && last.unitEuros === unitEuros ? last.rows : this.rowsOf(sheet, unitEuros);
    const cells = (rows[row - sheet.top] ??= []);
    return (cells[col - sheet.left] ??= readAmount(this.evaluator, sheet, row, col, unitEuros));
  }

  private rowsOf(sheet: GridSheet, unitEuros: number): AmountRows {
    let byUnit = this.bySheet.get(sheet);
    if (!byUnit) this.bySheet.set(sheet, (byUnit = new Map()));
    let rows = byUnit.get(unitEuros);
    if (!rows) byUnit.set(unitEuros, (rows = []));
    this.last = { sheet, unitEuros, rows };
    return rows;
  }
}

function byPosition(a: Finding, b: Finding, sheetOrder: Map<string, number>): number {
  const [cellA, cellB] = [parseA1(a.cell), parseA1(b.cell)];
  return (
    (sheetOrder.get(a.sheet) ?? 0) - (sheetOrder.get(b.sheet) ?? 0) ||
    (cellA?.row ?? 0) - (cellB?.row ?? 0) ||
    (cellA?.col ?? 0) - (cellB?.col ?? 0)
  );
}

/** The findings, and the tables and cell readings they were judged on (src/load builds a model from them). */
export interface Inspection {
  findings: Finding[];
  context: RuleContext;
}

export function validateGrid(workbook: GridWorkbook, options: ValidateOptions = {}): Finding[] {
  return inspectGrid(workbook, options).findings;
}

export function inspectGrid(workbook: GridWorkbook, options: ValidateOptions = {}): Inspection {
  const tables = detectTables(workbook, (name, index) => options.onSheet?.(name, index, workbook.sheets.length));
  const resolveStructured = structuredResolver(tables);
  const evaluator = new FormulaEvaluator(workbook, resolveStructured);
  const amounts = new AmountCache(evaluator);
  const context: RuleContext = {
    workbook,
    tables,
    evaluator,
    resolveStructured,
    amountAt: (table, row, col) => amounts.amountAt(table.sheet, table.unitEuros, row, col),
  };
  const sheetOrder = new Map(workbook.sheets.map((sheet, index) => [sheet.name, index]));
  const findings = RULES.flatMap((rule) =>
    rule.check(context).map((found): Finding => ({ rule: rule.meta.id, severity: rule.meta.severity, ...found })),
  );
  // Stable sort: findings of one cell keep the order of RULES.
  return { findings: findings.sort((a, b) => byPosition(a, b, sheetOrder)), context };
}

export function summarize(findings: readonly Finding[]): FindingSummary {
  return {
    errors: findings.filter((finding) => finding.severity === "error").length,
    warnings: findings.filter((finding) => finding.severity === "warning").length,
    infos: findings.filter((finding) => finding.severity === "info").length,
  };
}
