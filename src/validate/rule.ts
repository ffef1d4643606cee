/** The shape every rule shares, after ESLint: a meta block beside a small check. */
import type { Amount } from "./amount";
import type { AmountTable, DetectedTables } from "./detect/tables";
import type { FormulaEvaluator, StructuredResolver } from "./formula";
import { a1, type GridSheet, type GridWorkbook } from "./grid";

export type Severity = "error" | "warning" | "info";

export interface Finding {
  rule: string;
  severity: Severity;
  sheet: string;
  /** A1 address on `sheet`. */
  cell: string;
  /** Dutch, for the officer. */
  message: string;
}

export interface RuleMeta {
  id: string;
  severity: Severity;
  /** Dutch: what the rule checks, for help texts. */
  description: string;
}

export interface RuleContext {
  workbook: GridWorkbook;
  tables: DetectedTables;
  evaluator: FormulaEvaluator;
  resolveStructured: StructuredResolver;
  amountAt(table: Pick<AmountTable, "sheet" | "unitEuros">, row: number, col: number): Amount;
}

export type Report = Omit<Finding, "rule" | "severity">;

export interface Rule {
  meta: RuleMeta;
  check(context: RuleContext): Report[];
}

export function report(sheet: GridSheet, row: number, col: number, message: string): Report {
  return { sheet: sheet.name, cell: a1(row, col), message };
}
