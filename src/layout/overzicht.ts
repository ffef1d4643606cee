/**
 * The Overzicht sheet: the budget per line per year, the frame, the reserve and the gap of the
 * built-in scenarios, all as SAMEN formulas (each with its result for the model, so the file reads
 * correctly before the add-in recalculates), and a column chart of the budget per line per year.
 */
import { PlanQueries } from "../model/queries";
import type { Result } from "../model/result";
import type { Plan, SavedPlan } from "../model/schema";
import { SCENARIO_YEARS, YEARS } from "../model/years";
import { EURO_FORMAT, TEXT_FORMAT } from "./formats";
import { SHEETS, TOTAL_LABEL } from "./tables";
import type { ChartLayout, FreeCell, SheetLayout } from "./types";

const YEAR_COLUMNS = ["B", "C", "D", "E"] as const;
const HEADER_ROW = 4;
const GAP_SCENARIOS = ["meest kansrijk", "kansrijk", "alle"] as const;

function computed(result: Result<number>): number | string {
  return result.ok ? result.value : result.kind === "value" ? "#VALUE!" : "#N/A";
}

export function overzichtSheet(plan: Plan, saved: readonly SavedPlan[]): SheetLayout {
  const queries = new PlanQueries(plan, saved);
  const cells: FreeCell[] = [];
  const label = (row: number, text: string, bold = false) => cells.push({ address: `A${row}`, value: text, bold });
  const formulaRow = (row: number, years: readonly number[], make: (year: number) => [string, Result<number>]) =>
    YEARS.forEach((year, i) => {
      if (!years.includes(year)) return;
      const [formula, result] = make(year);
      cells.push({
        address: `${YEAR_COLUMNS[i]}${row}`,
        value: { formula, result: computed(result) },
        numberFormat: EURO_FORMAT,
      });
    });

  label(1, "Samen tegen mensenhandel: overzicht", true);
  label(2, "Bedragen in euro's, berekend met de SAMEN-functies uit de tabellen van deze werkmap.");
  label(HEADER_ROW, "Begrotingsregel", true);
  // Text, so the chart names its series 2023…2026 rather than plotting the years as numbers.
  YEARS.forEach((year, i) =>
    cells.push({
      address: `${YEAR_COLUMNS[i]}${HEADER_ROW}`,
      value: String(year),
      numberFormat: TEXT_FORMAT,
      bold: true,
    }),
  );
  plan.budgetLines.forEach((line, index) => {
    const row = HEADER_ROW + 1 + index;
    label(row, `${line.id}. ${line.description}`);
    formulaRow(row, YEARS, (year) => [`SAMEN.TOTAL(${year},"${line.id}")`, queries.total(year, line.id)]);
  });
  const totalRow = HEADER_ROW + 1 + plan.budgetLines.length;
  label(totalRow, TOTAL_LABEL, true);
  formulaRow(totalRow, YEARS, (year) => [`SAMEN.TOTAL(${year})`, queries.total(year)]);
  label(totalRow + 1, "Kader");
  formulaRow(totalRow + 1, YEARS, (year) => [`SAMEN.BUDGET(${year})`, queries.budget(year)]);
  label(totalRow + 2, "Reserve (regel h)");
  formulaRow(totalRow + 2, YEARS, (year) => [`SAMEN.RESERVE(${year})`, queries.reserve(year)]);
  GAP_SCENARIOS.forEach((scenario, i) => {
    const row = totalRow + 3 + i;
    label(row, `Ruimte in de reserve: ${scenario} (vanaf 2024)`);
    formulaRow(row, SCENARIO_YEARS, (year) => [`SAMEN.GAP("${scenario}",${year})`, queries.gap(scenario, year)]);
  });
  const checkRow = totalRow + 3 + GAP_SCENARIOS.length + 1;
  label(checkRow, "Voorstellen zonder raming (alle)");
  cells.push({
    address: `B${checkRow}`,
    value: { formula: 'SAMEN.UNKNOWN("alle")', result: computed(queries.unknown("alle")) },
  });
  label(checkRow + 1, "Fouten in de werkmap (0 = klopt)");
  cells.push({ address: `B${checkRow + 1}`, value: { formula: "SAMEN.CHECK()", result: 0 } });

  const chart: ChartLayout = {
    name: "Begroting per regel",
    title: "Begroting per regel per jaar (€)",
    source: `A${HEADER_ROW}:E${HEADER_ROW + plan.budgetLines.length}`,
    seriesBy: "Columns",
    topLeft: "G4",
    bottomRight: "P24",
  };
  return { name: SHEETS.overzicht, table: null, cells, columnWidths: [44, 14, 14, 14, 14], frozenRows: 0, chart };
}
