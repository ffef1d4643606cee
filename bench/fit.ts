/**
 * fit.*: the median time of one Dekking zoeken (every goal of the mode, the best try first, each answer
 * re-scored in whole euros) with HiGHS, on the letter's "meest kansrijk" with every action allowed and
 * on a generated plan ten times the letter's size. Each optimum is checked against a second solver
 * (YALPS, pure JavaScript): the same goals, scored with integer arithmetic, must come out equal.
 */
import { createFitEngine } from "../src/model/fit/engine";
import { instanceOf, readFitRequest } from "../src/model/fit/fit-plan";
import { FIT_MODES, scoreOf, type FitInstance, type FitMode } from "../src/model/fit/instance";
import { optimize, type FitOutcome } from "../src/model/fit/optimize";
import type { MipSolver } from "../src/model/fit/program";
import { LETTER_PLAN } from "../src/model/letter/dataset";
import { PlanQueries } from "../src/model/functions/queries";
import { median, round, timeMs } from "./stats";
import { yalpsSolver } from "./yalps-solver";

const RUNS = 5;
const SCALE = 10;
/** YALPS gets far longer than the product's bound: it only checks. */
const CHECK_SECONDS = 60;

type ModeFigures = Record<FitMode, number>;

export interface FitBench {
  /** Median milliseconds of one FIT per mode, letter's meest kansrijk, every action allowed. */
  letter_ms: ModeFigures;
  /** The same on the generated plan: 330 proposals, 310 action rows. */
  ten_times_ms: ModeFigures;
  /** Per mode: the optimum equal to YALPS's, goal by goal (null: YALPS gave no answer within 60 s). */
  optimal_checked: { letter: Record<FitMode, boolean | null>; ten_times: Record<FitMode, boolean | null> };
}

/** Every action row with money in 2024–2026: by default FIT leaves those a proposal builds on. */
const LETTER_PLAN_YEARS = [2024, 2025, 2026];
const EVERY_ACTION = LETTER_PLAN.actions
  .filter((row) => LETTER_PLAN_YEARS.some((year) => row.amounts[year] !== 0))
  .map((row) => row.numbers[0])
  .join(", ");

function letterInstance(queries: PlanQueries, mode: FitMode): FitInstance {
  const request = readFitRequest(queries, ["meest kansrijk", mode, EVERY_ACTION]);
  if (!request.ok) throw new Error(request.message);
  return instanceOf(queries, request.value);
}

/**
 * Every proposal and action row of the letter ten times ("alle", each copy numbered on), the reserve ten
 * times; 2024's reserve raised by ten times the letter's shortfall with every action cut (€ 634.000), so
 * that schrappen has an answer too.
 */
function tenTimesInstance(queries: PlanQueries, mode: FitMode): FitInstance {
  const request = readFitRequest(queries, ["alle", mode, EVERY_ACTION]);
  if (!request.ok) throw new Error(request.message);
  const one = instanceOf(queries, request.value);
  const copies = Array.from({ length: SCALE }, (_, copy) => copy);
  const room = { ...one.room };
  for (const year of one.years) room[year] *= SCALE;
  room[2024] += SCALE * 634_000;
  return {
    years: one.years,
    room,
    proposals: copies.flatMap((copy) => one.proposals.map((p) => ({ ...p, number: p.number + 100 * copy }))),
    actions: copies.flatMap((copy) =>
      one.actions.map((a) => ({ ...a, numbers: a.numbers.map((n) => n + 100 * copy) })),
    ),
  };
}

function scored(instance: FitInstance, mode: FitMode, outcome: FitOutcome): number[] | null {
  return outcome.kind === "fits" ? scoreOf(instance, mode, outcome.choice) : null;
}

function measure(
  make: (mode: FitMode) => FitInstance,
  solver: MipSolver,
  runs: number,
): { ms: ModeFigures; checked: Record<FitMode, boolean | null> } {
  const ms = {} as ModeFigures;
  const checked = {} as Record<FitMode, boolean | null>;
  for (const mode of FIT_MODES) {
    const instance = make(mode);
    let outcome: FitOutcome | undefined;
    ms[mode] = round(
      median(Array.from({ length: runs }, () => timeMs(() => (outcome = optimize(instance, mode, solver))))),
      1,
    );
    process.stderr.write(`bench: fit ${mode} ${ms[mode]} ms, checking with YALPS…\n`);
    const ours = scored(instance, mode, outcome!);
    if (ours === null) throw new Error(`HiGHS vond geen plan voor ${mode}`);
    const second = optimize(instance, mode, yalpsSolver, CHECK_SECONDS);
    checked[mode] =
      second.kind === "unsolved" ? null : JSON.stringify(scored(instance, mode, second)) === JSON.stringify(ours);
  }
  return { ms, checked };
}

export async function benchFit(): Promise<FitBench> {
  const { solver } = await createFitEngine();
  const queries = new PlanQueries(LETTER_PLAN);
  const letter = measure((mode) => letterInstance(queries, mode), solver, RUNS);
  const tenTimes = measure((mode) => tenTimesInstance(queries, mode), solver, 3);
  return {
    letter_ms: letter.ms,
    ten_times_ms: tenTimes.ms,
    optimal_checked: { letter: letter.checked, ten_times: tenTimes.checked },
  };
}

if (require.main === module) {
  void benchFit().then((figures) => process.stdout.write(`${JSON.stringify(figures, null, 2)}\n`));
}
