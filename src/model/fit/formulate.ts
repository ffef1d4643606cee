/**
 * Dekking zoeken as integer programs: the room of every plan year as a linear expression over yes/no
 * decisions (cut row i; start proposal j in year t, or not at all), the requirements as rows over the
 * same decisions, and the mode's goals in order. One builder per decision family. Room rows are divided
 * by the greatest common divisor of their amounts (the letter's are multiples of € 10.000 and € 1.000),
 * which keeps the solver's numbers small; the meaning is unchanged.
 */
import {
  actionEuros,
  isFixed,
  lastYear,
  priorityRank,
  proposalCostIn,
  proposalEuros,
  type FitChoice,
  type FitInstance,
  type FitMode,
  type FitYear,
} from "./instance";
import type { LinearProgram, Row, Term } from "./program";
import type { RequirementRule } from "../requirements/resolve";

interface YearRoom {
  year: FitYear;
  /** Room without any decision: reserve, freed by the plan's cuts, cost of what cannot change. */
  constant: number;
  terms: Term[];
}

export interface Formulation {
  years: readonly FitYear[];
  rooms: YearRoom[];
  binaries: string[];
  /** Rows every program of the mode keeps: each proposal starts at most once, and the requirements. */
  rows: Row[];
  goals: Term[][];
  decode(values: Readonly<Record<string, number>>): FitChoice;
}

/** A linear expression: constant + Σ terms (whether a proposal stays; whether it starts on time). */
interface Expression {
  constant: number;
  terms: Term[];
}

const cutVar = (i: number) => `x${i}`;
const startVar = (j: number, year: FitYear) => `z${j}_${year}`;
const shortVar = (year: FitYear) => `s${year}`;

interface CutDecisions {
  binaries: string[];
  /** Euros cut over the plan years, and rows cut. */
  euros: Term[];
  count: Term[];
}

function cutDecisions(instance: FitInstance, mode: FitMode, rooms: YearRoom[]): CutDecisions {
  const decisions: CutDecisions = { binaries: [], euros: [], count: [] };
  if (mode === "kiezen") return decisions;
  instance.actions.forEach((action, i) => {
    decisions.binaries.push(cutVar(i));
    decisions.count.push({ variable: cutVar(i), coefficient: 1 });
    decisions.euros.push({ variable: cutVar(i), coefficient: actionEuros(instance, action) });
    for (const room of rooms) room.terms.push({ variable: cutVar(i), coefficient: action.amounts[room.year] });
  });
  return decisions;
}

interface ProposalDecisions {
  binaries: string[];
  rows: Row[];
  kept: Expression[];
  onTime: Expression[];
  /** Proposal-years of delay; kept proposals by priority (negated, to be minimized); euros spent (negated). */
  delay: Term[];
  keptMost: Term[];
  keptLikely: Term[];
  spent: Term[];
  /** Start years each proposal may take (empty: it stays as the plan has it). */
  starts: FitYear[][];
}

/** Years a proposal may start in: its own only when `kiezen`, up to the last plan year otherwise. */
function startYearsOf(instance: FitInstance, mode: FitMode, startYear: FitYear): FitYear[] {
  if (mode === "kiezen") return [startYear];
  return instance.years.filter((year) => year >= startYear && year <= lastYear(instance));
}

function proposalDecisions(instance: FitInstance, mode: FitMode, rooms: YearRoom[]): ProposalDecisions {
  const decisions: ProposalDecisions = {
    binaries: [],
    rows: [],
    kept: [],
    onTime: [],
    delay: [],
    keptMost: [],
    keptLikely: [],
    spent: [],
    starts: [],
  };
  instance.proposals.forEach((proposal, j) => {
    if (isFixed(proposal, mode)) {
      for (const room of rooms) room.constant -= proposalCostIn(proposal, proposal.startYear, room.year);
      decisions.kept.push({ constant: 1, terms: [] });
      decisions.onTime.push({ constant: 1, terms: [] });
      decisions.starts.push([]);
      return;
    }
    const starts = startYearsOf(instance, mode, proposal.startYear);
    const once: Term[] = starts.map((year) => ({ variable: startVar(j, year), coefficient: 1 }));
    decisions.starts.push(starts);
    decisions.binaries.push(...once.map((term) => term.variable));
    // uitstellen moves a proposal but keeps it; kiezen and afwegen may leave it out.
    decisions.rows.push(mode === "uitstellen" ? { terms: once, min: 1, max: 1 } : { terms: once, max: 1 });
    decisions.kept.push({ constant: 0, terms: once });
    decisions.onTime.push({ constant: 0, terms: [once[0]] });
    // Other priority texts than the letter's two count in neither goal.
    const rank = priorityRank(proposal.priority);
    if (rank !== null) {
      (rank === 0 ? decisions.keptMost : decisions.keptLikely).push(
        ...once.map((term) => ({ ...term, coefficient: -1 })),
      );
    }
    for (const year of starts) {
      const variable = startVar(j, year);
      if (year > proposal.startYear) decisions.delay.push({ variable, coefficient: year - proposal.startYear });
      decisions.spent.push({ variable, coefficient: -proposalEuros(instance, proposal, year) });
      for (const room of rooms) room.terms.push({ variable, coefficient: -proposalCostIn(proposal, year, room.year) });
    }
  });
  return decisions;
}

/** Each requirement's rules as rows over whether proposals stay and start on time. */
function requirementRows(instance: FitInstance, decisions: ProposalDecisions): Row[] {
  const index = new Map(instance.proposals.map((proposal, j) => [proposal.number, j]));
  const sum = (expressions: Expression[], sign = 1): Expression => ({
    constant: expressions.reduce((total, e) => total + sign * e.constant, 0),
    terms: expressions.flatMap((e) => e.terms.map((term) => ({ ...term, coefficient: sign * term.coefficient }))),
  });
  const kept = (numbers: readonly number[]) => sum(numbers.map((number) => decisions.kept[index.get(number)!]));
  const row = (expression: Expression, bound: { min?: number; max?: number }): Row => ({
    terms: expression.terms,
    ...(bound.min !== undefined ? { min: bound.min - expression.constant } : {}),
    ...(bound.max !== undefined ? { max: bound.max - expression.constant } : {}),
  });
  const rowOf = (rule: RequirementRule): Row => {
    switch (rule.kind) {
      case "at-least":
        return row(kept(rule.proposals), { min: rule.count });
      case "at-most":
        return row(kept(rule.proposals), { max: rule.count });
      case "requires":
        return row(sum([kept([rule.proposal]), sum([kept([rule.partner])], -1)]), { max: 0 });
      case "on-time":
        return row(decisions.onTime[index.get(rule.proposal)!], { min: 1 });
    }
  };
  return instance.requirements.flatMap((requirement) => requirement.rules.map(rowOf));
}

export function formulate(instance: FitInstance, mode: FitMode): Formulation {
  const rooms: YearRoom[] = instance.years.map((year) => ({ year, constant: instance.room[year], terms: [] }));
  const cuts = cutDecisions(instance, mode, rooms);
  const proposals = proposalDecisions(instance, mode, rooms);
  for (const room of rooms) room.terms = room.terms.filter((term) => term.coefficient !== 0);

  const scale = commonDivisor(rooms.flatMap((room) => [room.constant, ...room.terms.map((term) => term.coefficient)]));
  for (const room of rooms) {
    room.constant /= scale;
    room.terms = room.terms.map((term) => ({ ...term, coefficient: term.coefficient / scale }));
  }
  const euros = divide(cuts.euros);
  const kept = thenBy(proposals.keptMost, proposals.keptLikely);
  const goals: Record<FitMode, Term[][]> = {
    schrappen: [euros, cuts.count],
    uitstellen: [euros, thenBy(proposals.delay, cuts.count)],
    kiezen: [kept, divide(proposals.spent)],
    afwegen: [kept, euros, thenBy(proposals.delay, cuts.count)],
  };

  const decode = (values: Readonly<Record<string, number>>): FitChoice => {
    const on = (variable: string) => Math.round(values[variable] ?? 0) === 1;
    const startYears = instance.proposals.map((proposal, j): FitYear | null => {
      const starts = proposals.starts[j];
      if (starts.length === 0) return proposal.startYear;
      return starts.find((year) => on(startVar(j, year))) ?? null;
    });
    return { cut: instance.actions.map((_, i) => mode !== "kiezen" && on(cutVar(i))), startYears };
  };

  return {
    years: instance.years,
    rooms,
    binaries: [...cuts.binaries, ...proposals.binaries],
    rows: [...proposals.rows, ...requirementRows(instance, proposals)],
    goals: goals[mode],
    decode,
  };
}

/**
 * Two goals in order as one goal, exactly: over yes/no decisions the second goal's values lie within a
 * width of Σ|coefficient|, so one unit of the first goal weighs more than any difference in the second.
 * Every solve with an earlier goal fixed is a hard program of its own (afwegen on ten times the letter
 * spent most of its time in its fourth and fifth solve, docs/measured.md); the goals paired here stay
 * small (proposals kept, rows cut), so the weights do too.
 */
function thenBy(first: readonly Term[], second: readonly Term[]): Term[] {
  const weight = second.reduce((width, term) => width + Math.abs(term.coefficient), 0) + 1;
  const merged = new Map<string, number>();
  for (const term of first) merged.set(term.variable, (merged.get(term.variable) ?? 0) + term.coefficient * weight);
  for (const term of second) merged.set(term.variable, (merged.get(term.variable) ?? 0) + term.coefficient);
  return [...merged].map(([variable, coefficient]) => ({ variable, coefficient }));
}

function divide(terms: Term[]): Term[] {
  const divisor = commonDivisor(terms.map((term) => term.coefficient));
  return terms.map((term) => ({ ...term, coefficient: term.coefficient / divisor }));
}

/** Every year's room ≥ 0: the programs that look for the best plan. */
export function fittingProgram(
  formulation: Formulation,
  objective: readonly Term[],
  fixed: readonly Row[],
): LinearProgram {
  return {
    objective,
    rows: [...roomRows(formulation, false), ...formulation.rows, ...fixed],
    binaries: formulation.binaries,
    naturals: [],
  };
}

/**
 * Each year's room + its shortfall ≥ 0: the best try when no plan fits. Least total shortfall first,
 * then the least in each plan year but the last, in order, so the years named in the message do not
 * depend on the solver.
 */
export function shortfallProgram(
  formulation: Formulation,
  objective: readonly Term[],
  fixed: readonly Row[],
): LinearProgram {
  return {
    objective,
    rows: [...roomRows(formulation, true), ...formulation.rows, ...fixed],
    binaries: formulation.binaries,
    naturals: formulation.years.map(shortVar),
  };
}

export function shortfallGoals(formulation: Formulation): Term[][] {
  return [
    formulation.years.map((year) => ({ variable: shortVar(year), coefficient: 1 })),
    ...formulation.years.slice(0, -1).map((year) => [{ variable: shortVar(year), coefficient: 1 }]),
  ];
}

function roomRows(formulation: Formulation, withShortfall: boolean): Row[] {
  return formulation.rooms.map((room) => ({
    terms: withShortfall ? [...room.terms, { variable: shortVar(room.year), coefficient: 1 }] : room.terms,
    min: -room.constant,
  }));
}

function gcd(a: number, b: number): number {
  let x = Math.abs(a);
  let y = Math.abs(b);
  while (y !== 0) [x, y] = [y, x % y];
  return x;
}

function commonDivisor(numbers: readonly number[]): number {
  return numbers.reduce(gcd, 0) || 1;
}
