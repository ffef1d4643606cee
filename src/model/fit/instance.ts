/**
 * What Dekking zoeken decides over, taken from a resolved plan: the room each year starts with, the
 * proposals with their costs at the chosen estimate, and the action rows it may cut. Everything is
 * whole euros, and every answer is scored here with integer arithmetic, apart from the solver.
 */
import { normalizePlanName } from "../plans/plan-text";
import type { Priority } from "../schema";
import type { YearAmounts } from "../horizon/years";
import type { RequirementRule, ResolvedRequirement } from "../requirements/resolve";

/** A plan year (docs/contracts/horizon.md): taken from the instance, never written in the code. */
export type FitYear = number;

/** Keyed by plan year. */
export type FitYearAmounts = YearAmounts;

export const FIT_MODES = ["schrappen", "uitstellen", "kiezen", "afwegen"] as const;
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
  /** The plan years, ascending, from the workbook's horizon: GAP ≥ 0 in each; the last is the latest start. */
  years: readonly FitYear[];
  /** Reserve plus what the plan's own cuts already free, per year. */
  room: FitYearAmounts;
  proposals: readonly FitProposal[];
  /** The rows that may be cut, none of them cut by the plan already. */
  actions: readonly FitAction[];
  /** They hold in every mode (docs/contracts/requirements.md). */
  requirements: readonly ResolvedRequirement[];
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

/**
 * Every amount the search reads is whole euros in every plan year. A missing year or a NaN would make the
 * program's bounds meaningless (the solver then never ends), so the search refuses such an instance.
 */
export function inWholeEuros(instance: FitInstance): boolean {
  const whole = (amounts: FitYearAmounts) => instance.years.every((year) => Number.isSafeInteger(amounts[year]));
  return (
    whole(instance.room) &&
    instance.actions.every((action) => whole(action.amounts)) &&
    instance.proposals.every(
      (proposal) => Number.isSafeInteger(proposal.incidental) && Number.isSafeInteger(proposal.structural),
    )
  );
}

export function lastYear(instance: FitInstance): FitYear {
  return instance.years[instance.years.length - 1];
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

export function fits(instance: FitInstance, room: FitYearAmounts): boolean {
  return instance.years.every((year) => room[year] >= 0);
}

export function actionEuros(instance: FitInstance, action: FitAction): number {
  return instance.years.reduce((sum, year) => sum + action.amounts[year], 0);
}

export function proposalEuros(instance: FitInstance, proposal: FitProposal, startYear: FitYear | null): number {
  return instance.years.reduce((sum, year) => sum + proposalCostIn(proposal, startYear, year), 0);
}

/** The letter's two priorities, read from the workbook's text in any case; null for any other text. */
export function priorityRank(priority: Priority): 0 | 1 | null {
  const key = normalizePlanName(priority);
  return key === "meest kansrijk" ? 0 : key === "kansrijk" ? 1 : null;
}

/**
 * A proposal the mode does not decide over: every one in `schrappen`; in `uitstellen` one whose delay
 * can change no year's room. In `kiezen` and `afwegen` every proposal is a choice (one that costs
 * nothing stays by the goals, unless a requirement makes it go).
 */
export function isFixed(proposal: FitProposal, mode: FitMode): boolean {
  if (mode === "schrappen") return true;
  if (mode === "uitstellen") return !proposal.estimated || (proposal.incidental === 0 && proposal.structural === 0);
  return false;
}

/** Whether a rule holds for a choice, checked with the choice's own numbers, apart from any solver. */
export function ruleHolds(instance: FitInstance, choice: FitChoice, rule: RequirementRule): boolean {
  const index = (number: number) => instance.proposals.findIndex((proposal) => proposal.number === number);
  const kept = (number: number) => choice.startYears[index(number)] !== null;
  switch (rule.kind) {
    case "at-least":
      return rule.proposals.filter(kept).length >= rule.count;
    case "at-most":
      return rule.proposals.filter(kept).length <= rule.count;
    case "requires":
      return !kept(rule.proposal) || kept(rule.partner);
    case "on-time":
      return choice.startYears[index(rule.proposal)] === instance.proposals[index(rule.proposal)].startYear;
  }
}

export function meetsRequirements(instance: FitInstance, choice: FitChoice): boolean {
  return instance.requirements.every((requirement) =>
    requirement.rules.every((rule) => ruleHolds(instance, choice, rule)),
  );
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
  const delay = instance.proposals.reduce(
    (sum, proposal, i) => sum + (choice.startYears[i] ?? proposal.startYear) - proposal.startYear,
    0,
  );
  const kept = (rank: 0 | 1) =>
    -instance.proposals.filter(
      (proposal, i) => priorityRank(proposal.priority) === rank && choice.startYears[i] !== null,
    ).length;
  switch (mode) {
    case "schrappen":
      return [cutEuros, cutCount];
    case "uitstellen":
      return [cutEuros, delay, cutCount];
    case "kiezen": {
      const used = instance.proposals.reduce(
        (sum, proposal, i) => sum + proposalEuros(instance, proposal, choice.startYears[i]),
        0,
      );
      return [kept(0), kept(1), -used];
    }
    case "afwegen":
      return [kept(0), kept(1), cutEuros, delay, cutCount];
  }
}
