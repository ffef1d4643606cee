/**
 * The Overzicht sheet: the budget per line per year, the total, the frame, the reserve, the room of
 * the built-in scenarios and of each saved plan, and the number of proposals without an estimate, each
 * a native Excel formula over the workbook's tables with the model's result cached, so the figures are
 * right before and after any recalculation, with or without the add-in; and a column chart of the
 * budget per line per year.
 * SAMEN functions stay the officer's tool on sheets of their own. CHECK() has no native equivalent
 * (it is the validator): the sheet points at the pane's Controleren and `samen validate` instead.
 */
import { EURO_FORMAT, LETTER_EURO_FORMAT } from "../model/money/format";
import { PlanQueries } from "../model/functions/queries";
import type { Result } from "../model/result";
import { BUILT_IN_PLANS } from "../model/plans/resolver";
import { planHorizon, reserveLineOf, type Plan, type SavedPlan } from "../model/schema";
import { frameIn, type Horizon } from "../model/horizon/horizon";
import { columnLetter } from "./column-letter";
import { TEXT_FORMAT } from "./formats";
import { printLayout } from "./print";
import {
  budgetLineFormula,
  builtInRoomFormula,
  savedPlanRoomFormula,
  unknownFormula,
  yearTotalFormula,
} from "./native-formulas";
import { SHEETS, TOTAL_LABEL } from "./tables";
import type { ChartLayout, FreeCell, SheetLayout } from "./types";

const HEADER_ROW = 4;
const YEAR_WIDTH = 14;

/** The 0-based column of a year on the Overzicht: the first year in B, one column per year of the horizon. */
export function overzichtYearColumn(horizon: Horizon, year: number): number {
  return 1 + year - horizon.years[0];
}

function computed(result: Result<number>): number | string {
  return result.ok ? result.value : result.kind === "value" ? "#VALUE!" : "#N/A";
}

/**
 * A saved plan's room in a year. Proposal and cut rows: a native formula over the Scenarios table. A
 * plan that names another plan (a `Plan` row such as "meest kansrijk; zonder 10") can be followed by
 * no native formula, so it is written as the amount it has now; a plan the model cannot resolve
 * (an unknown proposal or action, a cycle) is `#N/A` through NA(), never a number that looks right.
 */
function savedPlanRoom(
  name: string,
  native: boolean,
  [year, firstPlanYear]: [number, number],
  gap: Result<number>,
  reserveCell: string,
) {
  if (!gap.ok) return { formula: "NA()", result: "#N/A" };
  return native
    ? { formula: savedPlanRoomFormula(name, year, firstPlanYear, reserveCell), result: gap.value }
    : gap.value;
}

export function overzichtSheet(plan: Plan, saved: readonly SavedPlan[], savedPlanFormulas: boolean): SheetLayout {
  const queries = new PlanQueries(plan, saved);
  const horizon = planHorizon(plan);
  const { years, planYears, firstPlanYear } = horizon;
  const columnOf = (year: number) => columnLetter(overzichtYearColumn(horizon, year));
  const reserveLine = reserveLineOf(plan);
  const cells: FreeCell[] = [];
  const label = (row: number, text: string, bold = false) => cells.push({ address: `A${row}`, value: text, bold });
  const formulaRow = (
    row: number,
    years: readonly number[],
    numberFormat: string,
    make: (year: number) => [string, Result<number>],
  ) =>
    years.forEach((year) => {
      const [formula, result] = make(year);
      cells.push({ address: `${columnOf(year)}${row}`, value: { formula, result: computed(result) }, numberFormat });
    });

  label(1, "Samen tegen mensenhandel: overzicht", true);
  label(2, "Bedragen in euro's, berekend met Excel-formules uit de tabellen van deze werkmap (ook zonder Samen).");
  label(HEADER_ROW, "Begrotingsregel", true);
  // Text, so the chart names its series by year rather than plotting the years as numbers.
  years.forEach((year) =>
    cells.push({
      address: `${columnOf(year)}${HEADER_ROW}`,
      value: String(year),
      numberFormat: TEXT_FORMAT,
      bold: true,
    }),
  );
  plan.budgetLines.forEach((line, index) => {
    const row = HEADER_ROW + 1 + index;
    label(row, `${line.id}. ${line.description}`);
    formulaRow(row, years, LETTER_EURO_FORMAT, (year) => [
      budgetLineFormula(year, line.id),
      queries.total(year, line.id),
    ]);
  });
  const totalRow = HEADER_ROW + 1 + plan.budgetLines.length;
  label(totalRow, TOTAL_LABEL, true);
  formulaRow(totalRow, years, EURO_FORMAT, (year) => [yearTotalFormula(year), queries.total(year)]);
  // The frame as the Kader table gives it when the model is written.
  label(totalRow + 1, "Kader");
  years.forEach((year) =>
    cells.push({
      address: `${columnOf(year)}${totalRow + 1}`,
      value: frameIn(horizon, year),
      numberFormat: EURO_FORMAT,
    }),
  );
  const reserveRow = totalRow + 2;
  label(reserveRow, `Reserve (regel ${reserveLine.id})`);
  formulaRow(reserveRow, years, LETTER_EURO_FORMAT, (year) => [
    budgetLineFormula(year, reserveLine.id),
    queries.reserve(year),
  ]);
  BUILT_IN_PLANS.forEach((scenario, i) => {
    const row = reserveRow + 1 + i;
    label(row, `Ruimte in de reserve: ${scenario} (vanaf ${firstPlanYear})`);
    formulaRow(row, planYears, EURO_FORMAT, (year) => [
      builtInRoomFormula(scenario, year, firstPlanYear, `${columnOf(year)}${reserveRow}`),
      queries.gap(scenario, year),
    ]);
  });
  saved.forEach((savedPlan, i) => {
    const row = reserveRow + 1 + BUILT_IN_PLANS.length + i;
    const native = savedPlanFormulas && savedPlan.parts.every((part) => part.kind !== "reference");
    label(row, `Ruimte in de reserve: ${savedPlan.name} (bewaard plan${native ? "" : ", vast bedrag"})`);
    for (const year of planYears) {
      const gap = queries.gap(savedPlan.name, year);
      cells.push({
        address: `${columnOf(year)}${row}`,
        value: savedPlanRoom(savedPlan.name, native, [year, firstPlanYear], gap, `${columnOf(year)}${reserveRow}`),
        numberFormat: EURO_FORMAT,
      });
    }
  });
  const unknownRow = reserveRow + 1 + BUILT_IN_PLANS.length + saved.length + 1;
  label(unknownRow, "Voorstellen zonder raming (alle)");
  cells.push({
    address: `B${unknownRow}`,
    value: { formula: unknownFormula(), result: computed(queries.unknown("alle")) },
  });
  label(unknownRow + 1, "Controle van de werkmap: Samen-venster > Controleren, of npx samen validate.");

  const lastColumn = columnOf(years[years.length - 1]);
  // One empty column between the figures and the chart, as with the letter's four years (G after E).
  const chartColumn = columnLetter(overzichtYearColumn(horizon, years[years.length - 1]) + 2);
  const chart: ChartLayout = {
    name: "Begroting per regel",
    title: "Begroting per regel per jaar (€)",
    source: `A${HEADER_ROW}:${lastColumn}${HEADER_ROW + plan.budgetLines.length}`,
    seriesBy: "Columns",
    topLeft: `${chartColumn}4`,
    bottomRight: `${columnLetter(overzichtYearColumn(horizon, years[years.length - 1]) + 11)}24`,
  };
  return {
    name: SHEETS.overzicht,
    table: null,
    cells,
    columnWidths: [44, ...years.map(() => YEAR_WIDTH)],
    frozenRows: 0,
    chart,
    print: printLayout(HEADER_ROW),
    followsSavedPlansFrom: reserveRow + 1 + BUILT_IN_PLANS.length,
  };
}
