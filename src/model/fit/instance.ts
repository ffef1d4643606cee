/**
 * What Dekking zoeken decides over, taken from a resolved plan: the room each year starts with, the
 * proposals with their costs at the chosen estimate, and the action rows it may cut. Everything is
 * whole euros, and every answer is scored here with integer arithmetic, apart from the solver.
 */
import type { Priority } from "../schema";
import { SCENARIO_YEARS, type ScenarioYear } from "../horizon/years";

export type FitYear = ScenarioYear;
export const FIT_YEARS: readonly FitYear[] = SCENARIO_YEARS;
export const LAST_START_YEAR: FitYear = 2026;

export type FitYearAmounts = Record<FitYear, number>;

export const FIT_MODES = ["schrappen", "uitstellen", "kiezen"] as const;
export type FitMode = (typeof FIT_MODES)[number];

export interface FitProposal {
  number: number;
  startYear: FitYear;
  priority: Priority;
  /** At the chosen estimate; 0 for a proposal without an estimate, which always stays in. */
  incidental: number;
  structural: number;
  estimated: boolean;
}

export interface FitAction {
  /** The action numbers of the row: [3, 4] for the shared row, cut once. */
  numbers: readonly number[];
  amounts: FitYearAmounts;
}

export interface FitInstance {
  /** Reserve plus what the plan's own cuts already free, per year. */
  room: FitYearAmounts;
  proposals: readonly FitProposal[];
  /** The rows that may be cut, none of them cut by the plan already. */
  actions: readonly FitAction[];
}

/** A decision: which rows are cut, each proposal's start year (null: left out). */
export interface FitChoice {
  cut: readonly boolean[];
  startYears: readonly (FitYear | null)[];
}

export function proposalCostIn(proposal: FitProposal, startYear: FitYear | null, year: FitYear): number {
  if (startYear === null || year < startYear) return 0;
  return year === startYear ? proposal.incidental + proposal.structural : proposal.structural;
}

export function roomAfter(instance: FitInstance, choice: FitChoice): FitYearAmounts {
  const room = { ...instance.room };
  for (const year of FIT_YEARS) {
    instance.actions.forEach((action, i) => {
      if (choice.cut[i]) room[year] += action.amounts[year];
    });
    instance.proposals.forEach((proposal, i) => {
      room[year] -= proposalCostIn(proposal, choice.startYears[i], year);
    });
  }
  return room;
}

export function fits(room: FitYearAmounts): boolean {
  return FIT_YEARS.every((year) => room[year] >= 0);
}

export function actionEuros(action: FitAction): number {
  return FIT_YEARS.reduce((sum, year) => sum + action.amounts[year], 0);
}

export function proposalEuros(proposal: FitProposal, startYear: FitYear | null): number {
  return FIT_YEARS.reduce((sum, year) => sum + proposalCostIn(proposal, startYear, year), 0);
}

/** A proposal whose leaving out or delay can change no year's room: it stays as it is. */
export function isFixed(proposal: FitProposal): boolean {
  return !proposal.estimated || (proposal.incidental === 0 && proposal.structural === 0);
}

/**
 * The mode's order of goals as numbers, each to be minimized, first one first (docs/contracts/functions.md, "Dekking
 * zoeken"); the tests' brute force and the optimizer's re-check both score with this.
 */
export function scoreOf(instance: FitInstance, mode: FitMode, choice: FitChoice): number[] {
  const cutEuros = instance.actions.reduce((sum, action, i) => sum + (choice.cut[i] ? actionEuros(action) : 0), 0);
  const cutCount = choice.cut.filter(Boolean).length;
  switch (mode) {
    case "schrappen":
      return [cutEuros, cutCount];
    case "uitstellen": {
      const delay = instance.proposals.reduce(
        (sum, proposal, i) => sum + (choice.startYears[i] ?? proposal.startYear) - proposal.startYear,
        0,
      );
      return [cutEuros, delay, cutCount];
    }
    case "kiezen": {
      const kept = (priority: Priority) =>
        instance.proposals.filter((proposal, i) => proposal.priority === priority && choice.startYears[i] !== null)
          .length;
      const used = instance.proposals.reduce(
        (sum, proposal, i) => sum + proposalEuros(proposal, choice.startYears[i]),
        0,
      );
      return [-kept("Meest kansrijk"), -kept("Kansrijk"), -used];
    }
  }
}
