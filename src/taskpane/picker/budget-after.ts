/**
 * The budget lines a–h after a plan, still totalling what they totalled before (the frame): a cut action
 * leaves its action line (c–g), the new proposals' cost gets a line of its own, and line h holds what
 * is left of the reserve (reserve + freed − cost, the room; negative is a shortfall).
 */
import type { Action, BudgetLine } from "../../model/schema";
import type { PlanYear } from "../../model/functions/queries";
import { yearAmounts, type YearAmounts } from "../../model/horizon/years";
import { isReserveLine } from "../../model/lines/identify";

/** Keyed by plan year. */
export type ScenarioYearAmounts = YearAmounts;

export interface BudgetAfterRow {
  key: string;
  label: string;
  amounts: ScenarioYearAmounts;
}

/**
 * "c. Actielijn 1" for an action line's long title; "a. Programma­kosten" for the rest, with a soft hyphen
 * in a long compound: the label column of a 350 px pane is narrower than "Programmakosten".
 */
function shortLabel(line: BudgetLine): string {
  if (line.actionLine !== null) return `${line.id}. Actielijn ${line.actionLine}`;
  const label = line.description.replace(/\s*\(.*\)$/, "").replace(/^(\p{L}{6,})(kosten)$/u, "$1\u00ad$2");
  return `${line.id}. ${label}`;
}

export function budgetAfterPlan(
  budgetLines: readonly BudgetLine[],
  cutActions: readonly Action[],
  years: readonly Pick<PlanYear, "year" | "cost" | "gap">[],
): BudgetAfterRow[] {
  const byYear = new Map(years.map((entry) => [entry.year, entry]));
  const perYear = (make: (year: number) => number) => yearAmounts([...byYear.keys()], make);
  return budgetLines.flatMap((line): BudgetAfterRow[] => {
    if (isReserveLine(line.description)) {
      return [
        { key: "new", label: "Nieuwe voorstellen", amounts: perYear((year) => byYear.get(year)!.cost) },
        { key: line.id, label: `${line.id}. Reserve na het plan`, amounts: perYear((year) => byYear.get(year)!.gap) },
      ];
    }
    const cut = cutActions.filter((action) => action.actionLine === line.actionLine);
    const amounts = perYear((year) => cut.reduce((rest, action) => rest - action.amounts[year], line.amounts[year]));
    return [{ key: line.id, label: shortLabel(line), amounts }];
  });
}

export function totalOf(rows: readonly BudgetAfterRow[]): ScenarioYearAmounts {
  const years = rows.length === 0 ? [] : Object.keys(rows[0].amounts).map(Number);
  return yearAmounts(years, (year) => rows.reduce((sum, row) => sum + row.amounts[year], 0));
}
