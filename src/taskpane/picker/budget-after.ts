/**
 * The budget lines a–h after a plan, still totalling what they totalled before (the frame): a cut action
 * leaves its action line (c–g), the new proposals' cost gets a line of its own, and line h holds what
 * is left of the reserve (reserve + freed − cost, the room; negative is a shortfall).
 */
import type { Action, BudgetLine } from "../../model/schema";
import type { PlanYear } from "../../model/functions/queries";
import { isReserveLine } from "../../model/lines/identify";
import type { PaneYear } from "./plan-years";

/** An amount per plan year, keyed by the year. */
export type PlanYearAmounts = ReadonlyMap<PaneYear, number>;

export interface BudgetAfterRow {
  key: string;
  label: string;
  amounts: PlanYearAmounts;
  /** The reserve after the plan: negative is a shortfall. */
  reserve?: true;
}

function perYear(years: readonly PaneYear[], make: (year: PaneYear) => number): PlanYearAmounts {
  return new Map(years.map((year) => [year, make(year)]));
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
  figures: readonly Pick<PlanYear, "year" | "cost" | "gap">[],
  years: readonly PaneYear[],
): BudgetAfterRow[] {
  const byYear = new Map(figures.map((entry) => [entry.year, entry]));
  return budgetLines.flatMap((line): BudgetAfterRow[] => {
    if (isReserveLine(line.description)) {
      return [
        { key: "new", label: "Nieuwe voorstellen", amounts: perYear(years, (year) => byYear.get(year)!.cost) },
        {
          key: line.id,
          label: `${line.id}. Reserve na het plan`,
          reserve: true,
          amounts: perYear(years, (year) => byYear.get(year)!.gap),
        },
      ];
    }
    const cut = cutActions.filter((action) => action.actionLine === line.actionLine);
    const amounts = perYear(years, (year) =>
      cut.reduce((rest, action) => rest - action.amounts[year], line.amounts[year]),
    );
    return [{ key: line.id, label: shortLabel(line), amounts }];
  });
}

export function totalOf(rows: readonly BudgetAfterRow[], years: readonly PaneYear[]): PlanYearAmounts {
  return perYear(years, (year) => rows.reduce((sum, row) => sum + row.amounts.get(year)!, 0));
}
