/**
 * What Dekking zoeken decides over, taken from a resolved plan: the room each year starts with, the
 * proposals with their costs at the chosen estimate, and the action rows it may cut. Everything is
 * whole euros, and every answer is scored here with integer arithmetic, apart from the solver.
 */
import { normalizePlanName } from "../plans/plan-text";
import type { Priority } from "../schema";
import type { YearAmounts } from "../horizon/years";

/** Keyed by plan year. */
export type FitYearAmounts = YearAmounts;

export const FIT_MODES = ["schrappen", "uitstellen", "kiezen"] as const;
export type FitMode = (typeof FIT_MODES)[number];

export interface FitProposal {
  number: number;
  startYear: number;
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
  /** The plan years, ascending: every one must fit; a proposal may start up to the last. */
  years: readonly number[];
  /** Reserve plus what the plan's own cuts already free, per plan year. */
  room: FitYearAmounts;
  proposals: readonly FitProposal[];
  /** The rows that may be cut, none of them cut by the plan already. */
  actions: readonly FitAction[];
}

/** A decision: which rows are cut, each proposal's start year (null: left out). */
export interface FitChoice {
  cut: readonly boolean[];
  startYears: readonly (number | null)[];
}

export function proposalCostIn(proposal: FitProposal, startYear: number | null, year: number): number {
  if (startYear === null || year < startYear) return 0;
  return year === startYear ? proposal.incidental + proposal.structural : proposal.structural;
}

export function roomAfter(instance: FitInstance, choice: FitChoice): FitYearAmounts {
  const room = { ...instance.room };
  for (const year of instance.years) {
    instance.actions.forEach((action, i) => {
      if (choice.cut[i]) room[year] += action.amounts[year];
    });
    instance.proposals.forEach((proposal, i) => {
      room[year] -= proposalCostIn(proposal, choice.startYears[i], year);
    });
  }
  return room;
}

export function lastStartYear(instance: FitInstance): number {
  return instance.years[instance.years.length - 1];
}

export function fits(instance: FitInstance, room: FitYearAmounts): boolean {
  return instance.years.every((year) => room[year] >= 0);
}

/** Euros a cut frees over the plan years: money in realised years is spent and counts for nothing. */
export function actionEuros(instance: FitInstance, action: FitAction): number {
  return instance.years.reduce((sum, year) => sum + action.amounts[year], 0);
}

export function proposalEuros(instance: FitInstance, proposal: FitProposal, startYear: number | null): number {
  return instance.years.reduce((sum, year) => sum + proposalCostIn(proposal, startYear, year), 0);
}

/** The letter's two priorities, read from the workbook's text in any case; null for any other text. */
export function priorityRank(priority: Priority): 0 | 1 | null {
  const key = normalizePlanName(priority);
  return key === "meest kansrijk" ? 0 : key === "kansrijk" ? 1 : null;
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
  const cutEuros = instance.actions.reduce(
    (sum, action, i) => sum + (choice.cut[i] ? actionEuros(instance, action) : 0),
    0,
  );
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
      const kept = (rank: 0 | 1) =>
        instance.proposals.filter(
          (proposal, i) => priorityRank(proposal.priority) === rank && choice.startYears[i] !== null,
        ).length;
      const used = instance.proposals.reduce(
        (sum, proposal, i) => sum + proposalEuros(instance, proposal, choice.startYears[i]),
        0,
      );
      return [-kept(0), -kept(1), -used];
    }
  }
}
