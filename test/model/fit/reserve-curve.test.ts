/**
 * The reserve curve against the brute force of brute-force.ts: on random small plans, at every step the
 * optimum the curve finds has the goals of the brute force's best plan on the room moved by the step
 * (the step's euros worked out here, rounded half away from zero), or neither finds a plan; and with
 * more reserve the optimum is never worse. On the letter: the steps' reserves from Bijlage 2's line h,
 * and the optimum at each step against a brute force over the allowed rows.
 */
import fc from "fast-check";
import type { FitEngine } from "../../../src/model/fit/engine";
import { instanceOf, readFitRequest } from "../../../src/model/fit/fit-plan";
import type { FitInstance, FitMode } from "../../../src/model/fit/instance";
import { loadFitEngine } from "../../../src/model/fit/load-engine";
import type { MipSolver } from "../../../src/model/fit/program";
import { instanceCurve, reserveCurve, type CurvePoint, type CurveStep } from "../../../src/model/fit/reserve-curve";
import { PlanQueries } from "../../../src/model/functions/queries";
import { LETTER_PLAN } from "../../../src/model/letter/dataset";
import { allOptima, goals, lexLess, plans, room, sized, withRequirements, type Plan } from "./brute-force";

let engine: FitEngine;
beforeAll(async () => {
  engine = await loadFitEngine();
}, 60_000);

const PERCENTS = [-50, -25, 0, 25, 50, 75, 100];

/** The step's change of one year's reserve, written out: a percentage rounded half away from zero, or euros. */
function change(step: CurveStep, reserve: number): number {
  if (step.kind === "extra") return step.euros;
  const exact = Math.abs(reserve * step.percent) / 100;
  return Math.sign(reserve * step.percent) * Math.floor(exact + 0.5);
}

function moved(instance: FitInstance, reserve: Record<number, number>, step: CurveStep): FitInstance {
  const roomNow = { ...instance.room };
  for (const year of instance.years) roomNow[year] += change(step, reserve[year]);
  return { ...instance, room: roomNow };
}

const SIZES: Record<FitMode, [number, number]> = {
  schrappen: [5, 3],
  uitstellen: [3, 3],
  kiezen: [0, 5],
  afwegen: [3, 3],
};

/** A drawn plan with a reserve for each of its own plan years (drawn anywhere from 2024 to 2043). */
const withReserve = (actions: number, proposals: number) =>
  sized(actions, proposals, 1).chain((random) =>
    fc.tuple(...random.years.map(() => fc.integer({ min: 0, max: 400_000 }))).map((amounts) => ({
      random,
      reserve: Object.fromEntries(random.years.map((year, i) => [year, amounts[i]])) as Record<number, number>,
    })),
  );

describe.each<FitMode>(["schrappen", "uitstellen", "kiezen", "afwegen"])(
  "%s: the curve on random small plans",
  (mode) => {
    const [actions, proposals] = SIZES[mode];

    it("every point is the brute force's optimum, and more reserve is never worse", () => {
      fc.assert(
        fc.property(withReserve(actions, proposals), ({ random, reserve }) => {
          const { instance, tagged, specs } = withRequirements(random);
          const points = instanceCurve(instance, reserve, mode, engine.solver);
          // Each point's goals as the curve found them (null: no plan), scored on the moved room.
          const found: (number[] | null)[] = [];
          const percents: number[] = [];
          for (let next = points.next(); !next.done; next = points.next()) {
            const { step, instance: shifted, outcome } = next.value;
            const expectedInstance = moved(instance, reserve, step);
            expect(shifted.room).toEqual(expectedInstance.room);
            const optima = allOptima(expectedInstance, tagged, specs, mode);
            expect(outcome.kind === "fits").toBe(optima.length > 0);
            if (outcome.kind !== "fits") {
              found.push(null);
            } else {
              const plan: Plan = { cut: [...outcome.choice.cut], start: [...outcome.choice.startYears] };
              expect(room(expectedInstance, plan).every((v) => v >= 0)).toBe(true);
              found.push(goals(expectedInstance, mode, plan));
              expect(found[found.length - 1]).toEqual(goals(expectedInstance, mode, optima[0]));
            }
            if (step.kind === "percent") percents.push(step.percent);
          }
          expect(percents).toEqual(PERCENTS);
          expect(found).toHaveLength(PERCENTS.length + 1);
          // More reserve is never worse: along the rising percentages, and + € 100.000 against 0 %.
          const notWorse = (less: number[] | null, more: number[] | null) => {
            if (less === null) return;
            expect(more).not.toBeNull();
            expect(lexLess(less, more!)).toBe(false);
          };
          for (let i = 1; i < PERCENTS.length; i++) notWorse(found[i - 1], found[i]);
          notWorse(found[PERCENTS.indexOf(0)], found[PERCENTS.length]);
        }),
        { numRuns: 15 },
      );
    });
  },
);

describe("the time limit is shared by the whole curve", () => {
  it("stops with a Dutch message once the searches together took 5 s, counting only search time", () => {
    const queries = new PlanQueries(LETTER_PLAN);
    const request = readFitRequest(queries, [
      "meest kansrijk",
      "schrappen",
      "3, 9, 13, 15, 16, 17, 20, 22, 25, 26, 30, 31",
    ]);
    if (!request.ok) throw new Error(request.message);
    let clock = 0;
    // Every solve takes 0.4 s of the clock; waiting between points (the pane painting) takes 10 s and does not count.
    const slow: MipSolver = {
      name: "langzaam",
      solve: (program, seconds) => {
        clock += 400;
        return engine.solver.solve(program, seconds);
      },
    };
    const curve = reserveCurve(queries, request.value, slow, 5, () => clock);
    const points: CurvePoint[] = [];
    let next = curve.next();
    while (!next.done) {
      points.push(next.value);
      clock += 10_000;
      next = curve.next();
    }
    expect(next.value.complete).toBe(false);
    expect(points.length).toBeGreaterThan(0);
    expect(points.length).toBeLessThan(8);
    expect(next.value).toEqual({
      complete: false,
      message: `De reservecurve is na 5 seconden rekenen gestopt: ${points.length} van de 8 punten berekend; kies minder acties.`,
    });
  });
});

describe("the curve on the letter", () => {
  const queries = new PlanQueries(LETTER_PLAN);
  // Bijlage 2, line h "Reservering vervolgacties" (the reserve), per plan year.
  const reserveLine = LETTER_PLAN.budgetLines.find((line) => line.description.startsWith("Reservering"))!;

  // The brute force tries every subset of the twelve rows (4.096 plans a point); with proposals to drop or
  // delay as well it would try billions, so the letter is checked in schrappen, the random plans in every mode.
  it.each<[FitMode, string]>([["schrappen", "3, 9, 13, 15, 16, 17, 20, 22, 25, 26, 30, 31"]])(
    "meest kansrijk, %s over %s: each point the brute force's best, the reserve moved from line h",
    (mode, rows) => {
      const request = readFitRequest(queries, ["meest kansrijk", mode, rows]);
      if (!request.ok) throw new Error(request.message);
      const instance = instanceOf(queries, request.value);
      const YEARS = queries.horizon.planYears;
      const curve = reserveCurve(queries, request.value, engine.solver);
      const points: CurvePoint[] = [];
      let next = curve.next();
      for (; !next.done; next = curve.next()) points.push(next.value);
      expect(next.value).toEqual({ complete: true });
      expect(points.map((p) => p.label)).toEqual([
        "−50 %",
        "−25 %",
        "0 % (nu)",
        "+25 %",
        "+50 %",
        "+75 %",
        "+100 %",
        "+ € 100.000 per jaar",
      ]);
      const reserve: Record<number, number> = {};
      for (const year of YEARS) reserve[year] = reserveLine.amounts[year]!;
      for (const point of points) {
        for (const year of YEARS) expect(point.reserve[year]).toBe(reserve[year] + change(point.step, reserve[year]));
        const shifted = moved(instance, reserve, point.step);
        let best: number[] | undefined;
        for (const plan of plans(shifted, mode)) {
          if (room(shifted, plan).some((v) => v < 0)) continue;
          const g = goals(shifted, mode, plan);
          if (best === undefined || lexLess(g, best)) best = g;
        }
        expect(point.optimum.ok).toBe(best !== undefined);
        if (!point.optimum.ok) {
          expect(point.optimum.message).toMatch(/^Geen plan past/);
          continue;
        }
        const { plan, goals: found } = point.optimum.value;
        const chosen: Plan = {
          cut: instance.actions.map((a) => plan.cuts.includes(a.numbers[0])),
          start: instance.proposals.map((p) => plan.proposals.find((q) => q.number === p.number)?.startYear ?? null),
        };
        expect(goals(shifted, mode, chosen)).toEqual(best);
        const euros = mode === "schrappen" ? best![0] : best![2];
        expect(found.cutEuros).toBe(euros);
        for (const year of YEARS)
          expect(point.optimum.value.room[year]).toBe(room(shifted, chosen)[YEARS.indexOf(year)]);
      }
    },
  );
});
