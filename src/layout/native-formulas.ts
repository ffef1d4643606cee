/**
 * Native Excel formulas over the workbook's own tables, so the Overzicht stays right in Excel without
 * the add-in and in LibreOffice (no `#NAME?` after a recalculation). Structured references
 * (`Begroting[2024]`) follow rows the officer adds; every formula is the model's semantics
 * (PRODUCT.md, "Scenarios and the gap") in functions both programs know: SUM, SUMIFS, COUNTIFS.
 */
import type { BuiltInScenario } from "../model/scenarios";
import type { Year } from "../model/years";
import { TABLES } from "./tables";

/** A text argument of a formula: quoted, with quotes doubled. */
export const quoted = (text: string) => `"${text.replace(/"/g, '""')}"`;

const column = (table: string, header: string | number) => `${table}[${header}]`;
const B = TABLES.begroting;
const V = TABLES.voorstellen;

/** TOTAL(year, line): the budget line's amount in that year. */
export const budgetLineFormula = (year: Year, line: string) =>
  `SUMIFS(${column(B, year)},${column(B, "Regel")},${quoted(line)})`;

/** TOTAL(year): the year's column of Begroting, as its totals row adds it up. */
export const yearTotalFormula = (year: Year) => `SUM(${column(B, year)})`;

/** RESERVE(year): line h. */
export const reserveFormula = (year: Year) => budgetLineFormula(year, "h");

/** The priority a built-in scenario takes; `alle` takes every proposal. */
const PRIORITY_OF: Record<BuiltInScenario, string | null> = {
  "meest kansrijk": "Meest kansrijk",
  kansrijk: "Kansrijk",
  alle: null,
};

function proposalSum(header: "Incidenteel" | "Structureel", priority: string | null): string {
  return priority === null
    ? `SUM(${column(V, header)})`
    : `SUMIFS(${column(V, header)},${column(V, "Prioriteit")},${quoted(priority)})`;
}

/**
 * GAP(scenario, year) of a built-in scenario from 2024: the reserve (a cell of the sheet) less the
 * low estimates of its proposals, incidental in 2024 and structural every year. Proposals without an
 * estimate have empty Incidenteel and Structureel cells, which SUMIFS leaves out, as GAP does.
 */
export function builtInRoomFormula(scenario: BuiltInScenario, year: Year, reserveCell: string): string {
  const priority = PRIORITY_OF[scenario];
  const incidental = year === 2024 ? `-${proposalSum("Incidenteel", priority)}` : "";
  return `${reserveCell}${incidental}-${proposalSum("Structureel", priority)}`;
}

/** UNKNOWN("alle"): the proposals whose cost text gives no estimate. */
export const unknownFormula = () => `COUNTIFS(${column(V, "Status")},"onbekend")`;
