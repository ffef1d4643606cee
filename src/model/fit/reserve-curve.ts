/**
 * The reserve curve ("Waarom dit plan", docs/explanation.md): FIT's optimum as every plan year's
 * reserve moves from −50 % to +100 %, and the answer to "wat levert € 100.000 extra op?" (every plan
 * year's reserve € 100.000 higher). One exact search per point, each on the request's instance with
 * its room moved by the change in reserve. The points come one at a time (a generator), so the pane
 * can paint between them; all of them share FIT's time limit, counted in the time spent searching,
 * not waiting.
 */
import { formatEuros } from "../money/format";
import { printPlan, type ResolvedPlan } from "../plans/resolver";
import type { PlanQueries } from "../functions/queries";
import { notAvailable, ok, type Result } from "../result";
import { instanceOf, noFitMessage, NOT_WHOLE_EUROS, planOf, type FitRequest } from "./fit-plan";
import {
  actionEuros,
  priorityRank,
  proposalEuros,
  roomAfter,
  type FitChoice,
  type FitInstance,
  type FitMode,
  type FitYear,
  type FitYearAmounts,
} from "./instance";
import { FIT_TIME_LIMIT_SECONDS, optimize, type FitOutcome } from "./optimize";
import type { MipSolver } from "./program";

/** The curve's steps, in percent of each plan year's reserve. */
export const CURVE_PERCENTS: readonly number[] = [-50, -25, 0, 25, 50, 75, 100];
/** The question the pane answers beside the curve: what € 100.000 more reserve in every plan year gives. */
export const EXTRA_RESERVE = 100_000;

export type CurveStep = { kind: "percent"; percent: number } | { kind: "extra"; euros: number };

export const CURVE_STEPS: readonly CurveStep[] = [
  ...CURVE_PERCENTS.map((percent): CurveStep => ({ kind: "percent", percent })),
  { kind: "extra", euros: EXTRA_RESERVE },
];

/** `percent` % of `amount`, rounded half away from zero to whole euros, in integers throughout. */
export function percentOf(amount: number, percent: number): number {
  const hundredths = amount * percent;
  const remainder = hundredths % 100;
  const whole = (hundredths - remainder) / 100;
  return Math.abs(remainder) * 2 >= 100 ? whole + Math.sign(remainder) : whole;
}

/** What a step adds to each plan year's reserve. */
export function changeOf(step: CurveStep, reserve: FitYearAmounts, years: readonly FitYear[]): FitYearAmounts {
  const change = {} as FitYearAmounts;
  for (const year of years) change[year] = step.kind === "extra" ? step.euros : percentOf(reserve[year], step.percent);
  return change;
}

/** The instance with its room moved by the change in reserve (room is reserve plus what is already freed). */
export function withChange(instance: FitInstance, change: FitYearAmounts): FitInstance {
  const room = { ...instance.room };
  for (const year of instance.years) room[year] += change[year];
  return { ...instance, room };
}

export function stepLabel(step: CurveStep): string {
  if (step.kind === "extra") return `+ ${formatEuros(step.euros)} per jaar`;
  return step.percent > 0 ? `+${step.percent} %` : step.percent < 0 ? `−${-step.percent} %` : "0 % (nu)";
}

/** What an optimum achieves, in the terms of every mode's goals (docs/contracts/functions.md). */
export interface CurveGoals {
  /** Proposals kept, of priority "Meest kansrijk" and "Kansrijk". */
  keptMostLikely: number;
  keptLikely: number;
  /** Proposal numbers the plan leaves out. */
  dropped: number[];
  /** Years of delay, summed over the proposals. */
  delay: number;
  /** Euros the new cuts free over the plan years, and the number of rows cut. */
  cutEuros: number;
  cutRows: number;
  /** Euros the kept proposals cost over the plan years. */
  usedEuros: number;
}

export function goalsOf(instance: FitInstance, choice: FitChoice): CurveGoals {
  const kept = (rank: 0 | 1) =>
    instance.proposals.filter((p, j) => priorityRank(p.priority) === rank && choice.startYears[j] !== null).length;
  return {
    keptMostLikely: kept(0),
    keptLikely: kept(1),
    dropped: instance.proposals.filter((_, j) => choice.startYears[j] === null).map((p) => p.number),
    delay: instance.proposals.reduce((sum, p, j) => sum + (choice.startYears[j] ?? p.startYear) - p.startYear, 0),
    cutEuros: instance.actions.reduce((sum, a, i) => sum + (choice.cut[i] ? actionEuros(instance, a) : 0), 0),
    cutRows: choice.cut.filter(Boolean).length,
    usedEuros: instance.proposals.reduce((sum, p, j) => sum + proposalEuros(instance, p, choice.startYears[j]), 0),
  };
}

export type GoalKey = "kept" | "dropped" | "delay" | "cutEuros" | "usedEuros";

/** The columns the pane shows for a mode: its goals, in their order. */
export function goalColumns(mode: FitMode): readonly { key: GoalKey; label: string }[] {
  const kept = { key: "kept" as const, label: "Voorstellen (meest kansrijk / kansrijk)" };
  const dropped = { key: "dropped" as const, label: "Vallen af" };
  const delay = { key: "delay" as const, label: "Jaren uitstel" };
  const cut = { key: "cutEuros" as const, label: "Geschrapt" };
  switch (mode) {
    case "schrappen":
      return [cut];
    case "uitstellen":
      return [cut, delay];
    case "kiezen":
      return [kept, dropped, { key: "usedEuros", label: "Besteed" }];
    case "afwegen":
      return [kept, dropped, cut, delay];
  }
}

export function goalText(goals: CurveGoals, key: GoalKey): string {
  switch (key) {
    case "kept":
      return `${goals.keptMostLikely} / ${goals.keptLikely}`;
    case "dropped":
      return goals.dropped.length === 0 ? "geen" : goals.dropped.join(", ");
    case "delay":
      return String(goals.delay);
    case "cutEuros":
      return formatEuros(goals.cutEuros);
    case "usedEuros":
      return formatEuros(goals.usedEuros);
  }
}

/** One step of the curve on an instance: the shifted instance and its exact optimum. */
export interface InstancePoint {
  step: CurveStep;
  instance: FitInstance;
  outcome: FitOutcome;
}

/**
 * The curve on an instance, a point a step; it returns whether every step was searched. `reserve` is
 * each plan year's reserve (the part of the instance's room that moves). A step begun with time left
 * gets what is left; past the limit, or a step the solver stops for time, ends the curve.
 */
export function* instanceCurve(
  instance: FitInstance,
  reserve: FitYearAmounts,
  mode: FitMode,
  solver: MipSolver,
  steps: readonly CurveStep[] = CURVE_STEPS,
  limitSeconds: number = FIT_TIME_LIMIT_SECONDS,
  now: () => number = Date.now,
): Generator<InstancePoint, boolean> {
  let spentMs = 0;
  for (const step of steps) {
    const secondsLeft = limitSeconds - spentMs / 1000;
    if (secondsLeft <= 0) return false;
    const shifted = withChange(instance, changeOf(step, reserve, instance.years));
    const started = now();
    const outcome = optimize(shifted, mode, solver, secondsLeft, now);
    spentMs += now() - started;
    if (outcome.kind === "unsolved" && outcome.reason === "time-limit") return false;
    yield { step, instance: shifted, outcome };
  }
  return true;
}

export interface CurveOptimum {
  plan: ResolvedPlan;
  text: string;
  /** Each plan year's room after the plan, with the point's reserve. */
  room: FitYearAmounts;
  goals: CurveGoals;
}

export interface CurvePoint {
  step: CurveStep;
  label: string;
  /** Each plan year's reserve at this point. */
  reserve: FitYearAmounts;
  optimum: Result<CurveOptimum>;
}

/** How the curve ended: every step, or stopped at the time limit (a Dutch message). */
export type CurveEnd = { complete: true } | { complete: false; message: string };

export const curveTimeMessage = (done: number, steps: number) =>
  `De reservecurve is na ${FIT_TIME_LIMIT_SECONDS} seconden rekenen gestopt: ${done} van de ${steps} punten berekend; kies minder acties.`;

/** The curve of a FIT request, point by point, each point's plan checked with integer arithmetic. */
export function* reserveCurve(
  queries: PlanQueries,
  request: FitRequest,
  solver: MipSolver,
  limitSeconds: number = FIT_TIME_LIMIT_SECONDS,
  now: () => number = Date.now,
): Generator<CurvePoint, CurveEnd> {
  const instance = instanceOf(queries, request);
  const reserve = {} as FitYearAmounts;
  for (const { year, reserve: amount } of queries.figures(request.plan, request.estimate).years) {
    reserve[year] = amount;
  }
  const points = instanceCurve(instance, reserve, request.mode, solver, CURVE_STEPS, limitSeconds, now);
  let done = 0;
  for (;;) {
    const next = points.next();
    if (next.done)
      return next.value ? { complete: true } : { complete: false, message: curveTimeMessage(done, CURVE_STEPS.length) };
    done += 1;
    const { step, instance: shifted, outcome } = next.value;
    const change = changeOf(step, reserve, instance.years);
    const atPoint = {} as FitYearAmounts;
    for (const year of instance.years) atPoint[year] = reserve[year] + change[year];
    yield {
      step,
      label: stepLabel(step),
      reserve: atPoint,
      optimum: optimumAt(queries, request, shifted, change, outcome),
    };
  }
}

function optimumAt(
  queries: PlanQueries,
  request: FitRequest,
  shifted: FitInstance,
  change: FitYearAmounts,
  outcome: FitOutcome,
): Result<CurveOptimum> {
  if (outcome.kind === "short" || outcome.kind === "conflict") {
    return notAvailable(noFitMessage(shifted.years, request.mode, outcome));
  }
  if (outcome.kind === "unsolved") return notAvailable(NOT_WHOLE_EUROS);
  const plan = planOf(queries, request, shifted, outcome.choice);
  if (!plan.ok) return plan;
  // The plan's own figures (as GAP has them) plus the change in reserve must agree with the search's room.
  const expected = roomAfter(shifted, outcome.choice);
  const room = {} as FitYearAmounts;
  for (const { year, gap } of queries.figures(plan.value, request.estimate).years) {
    if (!shifted.years.includes(year)) continue;
    room[year] = gap + change[year];
    if (room[year] < 0 || room[year] !== expected[year]) return notAvailable(NOT_WHOLE_EUROS);
  }
  return ok({ plan: plan.value, text: printPlan(plan.value), room, goals: goalsOf(shifted, outcome.choice) });
}

const listed = (items: readonly (string | number)[]) =>
  items.length === 1 ? String(items[0]) : `${items.slice(0, -1).join(", ")} en ${items[items.length - 1]}`;

/** "Wat levert € 100.000 extra op?": the optimum with the extra reserve against the optimum now. */
export function gainText(now: CurvePoint, extra: CurvePoint): string {
  const more = `Met ${formatEuros(EXTRA_RESERVE)} meer reserve per jaar`;
  if (!extra.optimum.ok) return `${more} past nog steeds geen plan.`;
  if (!now.optimum.ok) return `${more} past wel een plan: ${extra.optimum.value.text || "(leeg plan)"}.`;
  const before = now.optimum.value.goals;
  const after = extra.optimum.value.goals;
  const parts: string[] = [];
  const back = before.dropped.filter((number) => !after.dropped.includes(number));
  if (back.length > 0) parts.push(`${back.length === 1 ? "blijft voorstel" : "blijven voorstellen"} ${listed(back)}`);
  const lost = after.dropped.filter((number) => !before.dropped.includes(number));
  if (lost.length > 0) parts.push(`${lost.length === 1 ? "valt voorstel" : "vallen voorstellen"} ${listed(lost)} af`);
  if (after.cutEuros < before.cutEuros) parts.push(`${formatEuros(before.cutEuros - after.cutEuros)} minder schrappen`);
  if (after.cutEuros > before.cutEuros) parts.push(`${formatEuros(after.cutEuros - before.cutEuros)} meer schrappen`);
  if (after.delay < before.delay) parts.push(`${before.delay - after.delay} jaar minder uitstel`);
  if (after.delay > before.delay) parts.push(`${after.delay - before.delay} jaar meer uitstel`);
  if (after.usedEuros > before.usedEuros) parts.push(`${formatEuros(after.usedEuros - before.usedEuros)} meer besteed`);
  return parts.length === 0 ? `${more} verandert het beste plan niet.` : `${more}: ${parts.join("; ")}.`;
}
