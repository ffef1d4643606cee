/**
 * The picker's figures, all from the core: a selection is costed as a scenario (costScenario) and each
 * year by costInYear, exactly as SAMEN.COST and SAMEN.GAP do, so pane and formulas cannot disagree.
 */
import { costInYear, type EstimateEnd, type PlanQueries } from "../../model/queries";
import { costScenario, type ScenarioCost } from "../../model/scenarios";
import { SCENARIO_YEARS, type Year } from "../../model/years";

export interface YearTotals {
  year: Year;
  incidental: number;
  structural: number;
  cost: number;
  reserve: number;
  /** Reserve minus cost: negative is a shortfall. */
  gap: number;
}

export interface SelectionTotals {
  scenario: ScenarioCost;
  years: YearTotals[];
}

export function selectionTotals(
  queries: PlanQueries,
  numbers: Iterable<number>,
  startYear: Year,
  estimate: EstimateEnd,
): SelectionTotals {
  const proposals = new Map(queries.costedProposals().map((entry) => [entry.proposal.number, entry]));
  const scenario = costScenario("keuze", [...numbers], startYear, proposals);
  const years = SCENARIO_YEARS.map((year): YearTotals => {
    const cost = costInYear(scenario, year, "totaal", estimate);
    const reserve = queries.plan.budgetLines.find((line) => line.id === "h")!.amounts[year];
    return {
      year,
      incidental: costInYear(scenario, year, "incidenteel", estimate),
      structural: costInYear(scenario, year, "structureel", estimate),
      cost,
      reserve,
      gap: reserve - cost,
    };
  });
  return { scenario, years };
}
