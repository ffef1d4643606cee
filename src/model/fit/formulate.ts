/**
 * Dekking zoeken as integer programs: the room of every year as a linear expression over yes/no
 * decisions (cut row i; keep proposal j; start proposal j in year t), and the mode's goals in order.
 * Rows are divided by the greatest common divisor of their amounts (the letter's are multiples of
 * € 10.000 and € 1.000), which keeps the solver's numbers small; the meaning is unchanged.
 */
import {
  actionEuros,
  isFixed,
  lastStartYear,
  priorityRank,
  proposalCostIn,
  proposalEuros,
  type FitChoice,
  type FitInstance,
  type FitMode,
} from "./instance";
import type { LinearProgram, Row, Term } from "./program";

interface YearRoom {
  year: number;
  /** Room without any decision: reserve, freed by the plan's cuts, cost of what cannot change. */
  constant: number;
  terms: Term[];
}

export interface Formulation {
  years: readonly number[];
  rooms: YearRoom[];
  binaries: string[];
  /** Extra rows that every program of the mode keeps (each proposal starts in exactly one year). */
  rows: Row[];
  goals: Term[][];
  decode(values: Readonly<Record<string, number>>): FitChoice;
}

const cutVar = (i: number) => `x${i}`;
const keepVar = (j: number) => `k${j}`;
const startVar = (j: number, year: number) => `z${j}_${year}`;
const shortVar = (year: number) => `s${year}`;

function startYearsFrom(instance: FitInstance): (number | null)[] {
  return instance.proposals.map((proposal) => proposal.startYear);
}

export function formulate(instance: FitInstance, mode: FitMode): Formulation {
  const rooms: YearRoom[] = instance.years.map((year) => ({ year, constant: instance.room[year], terms: [] }));
  const lastStart = lastStartYear(instance);
  const binaries: string[] = [];
  const rows: Row[] = [];
  const cutTerms: Term[] = [];
  const euroTerms: Term[] = [];
  if (mode !== "kiezen") {
    instance.actions.forEach((action, i) => {
      binaries.push(cutVar(i));
      cutTerms.push({ variable: cutVar(i), coefficient: 1 });
      euroTerms.push({ variable: cutVar(i), coefficient: actionEuros(instance, action) });
      for (const room of rooms) room.terms.push({ variable: cutVar(i), coefficient: action.amounts[room.year] });
    });
  }
  const delayTerms: Term[] = [];
  /** Kept proposals of priority "Meest kansrijk" (0) and "Kansrijk" (1); other priority texts count in neither. */
  const priorityTerms: [Term[], Term[]] = [[], []];
  const usedTerms: Term[] = [];
  instance.proposals.forEach((proposal, j) => {
    const free = !isFixed(proposal) && mode !== "schrappen";
    if (!free) {
      for (const room of rooms) room.constant -= proposalCostIn(proposal, proposal.startYear, room.year);
      return;
    }
    if (mode === "kiezen") {
      binaries.push(keepVar(j));
      const rank = priorityRank(proposal.priority);
      if (rank !== null) priorityTerms[rank].push({ variable: keepVar(j), coefficient: -1 });
      usedTerms.push({ variable: keepVar(j), coefficient: -proposalEuros(instance, proposal, proposal.startYear) });
      for (const room of rooms) {
        room.terms.push({
          variable: keepVar(j),
          coefficient: -proposalCostIn(proposal, proposal.startYear, room.year),
        });
      }
      return;
    }
    const once: Term[] = [];
    for (let start = proposal.startYear; start <= lastStart; start++) {
      binaries.push(startVar(j, start));
      once.push({ variable: startVar(j, start), coefficient: 1 });
      if (start > proposal.startYear) {
        delayTerms.push({ variable: startVar(j, start), coefficient: start - proposal.startYear });
      }
      for (const room of rooms) {
        room.terms.push({ variable: startVar(j, start), coefficient: -proposalCostIn(proposal, start, room.year) });
      }
    }
    rows.push({ terms: once, min: 1, max: 1 });
  });
  for (const room of rooms) room.terms = room.terms.filter((term) => term.coefficient !== 0);

  const scale = commonDivisor([
    ...rooms.flatMap((room) => [room.constant, ...room.terms.map((term) => term.coefficient)]),
  ]);
  for (const room of rooms) {
    room.constant /= scale;
    room.terms = room.terms.map((term) => ({ ...term, coefficient: term.coefficient / scale }));
  }
  const goals: Record<FitMode, Term[][]> = {
    schrappen: [divide(euroTerms), cutTerms],
    uitstellen: [divide(euroTerms), delayTerms, cutTerms],
    kiezen: [priorityTerms[0], priorityTerms[1], divide(usedTerms)],
  };

  const decode = (values: Readonly<Record<string, number>>): FitChoice => {
    const on = (variable: string) => Math.round(values[variable] ?? 0) === 1;
    const startYears = startYearsFrom(instance);
    instance.proposals.forEach((proposal, j) => {
      if (isFixed(proposal) || mode === "schrappen") return;
      if (mode === "kiezen") {
        if (!on(keepVar(j))) startYears[j] = null;
        return;
      }
      for (let year = proposal.startYear; year <= lastStart; year++) {
        if (on(startVar(j, year))) startYears[j] = year;
      }
    });
    return { cut: instance.actions.map((_, i) => mode !== "kiezen" && on(cutVar(i))), startYears };
  };

  return { years: instance.years, rooms, binaries, rows, goals: goals[mode], decode };

  function divide(terms: Term[]): Term[] {
    const divisor = commonDivisor(terms.map((term) => term.coefficient));
    return terms.map((term) => ({ ...term, coefficient: term.coefficient / divisor }));
  }
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
 * then the least in each plan year but the last, in order, so the years named in the message do not depend on the solver.
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

/** Least total shortfall, then the least in each plan year but the last, in order. */
export function shortfallGoals(formulation: Formulation): Term[][] {
  const { years } = formulation;
  return [
    years.map((year) => ({ variable: shortVar(year), coefficient: 1 })),
    ...years.slice(0, -1).map((year) => [{ variable: shortVar(year), coefficient: 1 }]),
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
