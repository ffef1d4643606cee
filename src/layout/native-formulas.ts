/**
 * Native Excel formulas over the workbook's own tables, so the Overzicht stays right in Excel without
 * the add-in and in LibreOffice (no `#NAME?` after a recalculation). Structured references
 * (`Begroting[2024]`) follow rows the officer adds; every formula is the model's semantics
 * (docs/contracts/plans.md, "Cost, freed, gap") in functions both programs know: SUM, SUMIFS, COUNTIFS,
 * SUMPRODUCT and text functions, no IF inside an array (older Excel would want it entered as an array).
 */
import type { BuiltInPlan } from "../model/plans/resolver";
import { TABLES } from "./tables";

/** A text argument of a formula: quoted, with quotes doubled. */
export const quoted = (text: string) => `"${text.replace(/"/g, '""')}"`;

const column = (table: string, header: string | number) => `${table}[${header}]`;
const B = TABLES.begroting;
const V = TABLES.voorstellen;
const A = TABLES.acties;
const S = TABLES.scenarios;

/** TOTAL(year, line): the budget line's amount in that year. */
export const budgetLineFormula = (year: number, line: string) =>
  `SUMIFS(${column(B, year)},${column(B, "Regel")},${quoted(line)})`;

/** TOTAL(year): the year's column of Begroting, as its totals row adds it up. */
export const yearTotalFormula = (year: number) => `SUM(${column(B, year)})`;

/** The priority a built-in scenario takes; `alle` takes every proposal. */
const PRIORITY_OF: Record<BuiltInPlan, string | null> = {
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
 * GAP(scenario, year) of a built-in scenario from the first plan year: the reserve (a cell of the sheet)
 * less the low estimates of its proposals, incidental in the first plan year and structural every plan
 * year. Proposals without an estimate have empty Incidenteel and Structureel cells, which SUMIFS leaves
 * out, as GAP does.
 */
export function builtInRoomFormula(
  scenario: BuiltInPlan,
  year: number,
  firstPlanYear: number,
  reserveCell: string,
): string {
  const priority = PRIORITY_OF[scenario];
  const incidental = year === firstPlanYear ? `-${proposalSum("Incidenteel", priority)}` : "";
  return `${reserveCell}${incidental}-${proposalSum("Structureel", priority)}`;
}

/** UNKNOWN("alle"): the proposals whose cost text gives no estimate. */
export const unknownFormula = () => `COUNTIFS(${column(V, "Status")},"onbekend")`;

/** A COUNTIFS criterion that matches exactly this text: `=` first, so no operator is read from it; wildcards escaped. */
const exactly = (text: string) => quoted(`=${text.replace(/[~*?]/g, "~$&")}`);

/**
 * The cost in `year` of the proposal rows of a saved plan in the Scenarios table: incidental in the
 * row's own start year (an empty Startjaar reads as the first plan year), structural every year from then
 * on, each looked up in Voorstellen by number.
 */
function savedPlanCost(name: string, year: number, firstPlanYear: number): string {
  const start = `(${column(S, "Startjaar")}+(${column(S, "Startjaar")}="")*${firstPlanYear})`;
  const lookup = (header: "Incidenteel" | "Structureel") =>
    `SUMIFS(${column(V, header)},${column(V, "Nr")},${column(S, "Voorstel")})`;
  return (
    `SUMPRODUCT((${column(S, "Scenario")}=${quoted(name)})*(${column(S, "Voorstel")}<>"")*` +
    `((${start}=${year})*${lookup("Incidenteel")}+(${start}<=${year})*${lookup("Structureel")}))`
  );
}

/**
 * What the cut rows of a saved plan free in `year`: each Acties row counts once when the plan cuts
 * the first or the last number of its Nr, so the shared row "3 en 4" is freed once whether 3, 4 or both
 * are cut. A number is read from Nr as text, so a plain 12 and "3 en 4" read alike.
 */
function savedPlanFreed(name: string, year: number): string {
  const nr = `${column(A, "Nr")}&" "`;
  const first = `--LEFT(${nr},FIND(" ",${nr})-1)`;
  const last = `--TRIM(RIGHT(SUBSTITUTE(TRIM(${nr})," ",REPT(" ",20)),20))`;
  const cuts = (number: string) =>
    `COUNTIFS(${column(S, "Scenario")},${exactly(name)},${column(S, "Schrap")},${number})`;
  return `SUMPRODUCT(${column(A, year)}*((${cuts(first)}+${cuts(last)})>0))`;
}

/** GAP(plan, year) of a plan saved as proposal and cut rows: reserve + freed − cost. */
export function savedPlanRoomFormula(name: string, year: number, firstPlanYear: number, reserveCell: string): string {
  return `${reserveCell}+${savedPlanFreed(name, year)}-${savedPlanCost(name, year, firstPlanYear)}`;
}
