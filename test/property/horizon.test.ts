/**
 * Random horizons (2–15 consecutive years anywhere in 2000–2114, random phases) with random tables and
 * random plans. GAP, COST and FREED are checked against an oracle written here from the tables and
 * docs/contracts/horizon.md (plan years run from the first year not `realisatie` to the end; a proposal
 * pays its incidental cost in its start year and its structural cost from then on; a cut frees its row's
 * amounts). FIT's answers are checked to fit every plan year and to be as good as the brute force of
 * test/model/fit/brute-force.ts over an instance built here from the same tables.
 */
import fc from "fast-check";
import type { FitEngine } from "../../src/model/fit/engine";
import type { FitInstance, FitMode } from "../../src/model/fit/instance";
import { loadFitEngine } from "../../src/model/fit/load-engine";
import { callModelFunction } from "../../src/model/functions/table";
import { PlanQueries } from "../../src/model/functions/queries";
import { PHASES, type KaderRow, type Phase } from "../../src/model/horizon/horizon";
import { LETTER_PLAN } from "../../src/model/letter/dataset";
import { printPlan } from "../../src/model/plans/resolver";
import { PlanSchema, type Plan } from "../../src/model/schema";
import { bruteForce, goals, room, type Tagged } from "../model/fit/brute-force";

let fitEngine: FitEngine;
beforeAll(async () => {
  fitEngine = await loadFitEngine();
  // Compiling HiGHS's WebAssembly takes seconds on a busy machine.
}, 60_000);

/** Cost texts as Bijlage 1 prints them, with what docs/contracts/model.md's table makes of them: [low, high, structural]. */
const COSTS: [string, [number, number, number] | null][] = [
  ["Geen.", [0, 0, 0]],
  ["N.v.t.", [0, 0, 0]],
  ["€ 175.000 incidenteel", [175_000, 175_000, 0]],
  ["€ 100.000 incidenteel € 50.000 structureel", [100_000, 100_000, 50_000]],
  ["€ 125.000 opgevoerd maar naar verwachting circa 1 miljoen incidenteel", [125_000, 1_000_000, 0]],
  ["Nog onbekend.", null],
];

interface Tables {
  years: number[];
  phases: Phase[];
  reserve: number[];
  programme: number[];
  /** Action rows: their numbers (the first may carry two, as "3 en 4") and an amount per year. */
  actions: { numbers: number[]; amounts: number[] }[];
  proposals: { cost: number; priority: "Meest kansrijk" | "Kansrijk" }[];
}

const euros = (steps: number) => fc.integer({ min: 0, max: steps }).map((n) => n * 25_000);

/** `reserveSteps` small makes most plans short somewhere, so FIT has something to decide. */
function tables(maxYears: number, maxActions: number, maxProposals: number, reserveSteps = 40): fc.Arbitrary<Tables> {
  return fc
    .record({ first: fc.integer({ min: 2000, max: 2100 }), length: fc.integer({ min: 2, max: maxYears }) })
    .chain(({ first, length }) => {
      const perYear = fc.array(euros(40), { minLength: length, maxLength: length });
      return fc.record({
        years: fc.constant(Array.from({ length }, (_, i) => first + i)),
        phases: fc
          .array(fc.constantFrom(...PHASES), { minLength: length, maxLength: length })
          .filter((phases) => phases.some((phase) => phase !== "realisatie")),
        reserve: fc.array(euros(reserveSteps), { minLength: length, maxLength: length }),
        programme: perYear,
        actions: fc
          .tuple(
            fc.boolean(),
            fc.array(fc.array(euros(8), { minLength: length, maxLength: length }), {
              minLength: 1,
              maxLength: maxActions,
            }),
          )
          .map(([shared, rows]) =>
            rows.map((amounts, i) => ({
              numbers: shared ? (i === 0 ? [1, 2] : [i + 2]) : [i + 1],
              amounts,
            })),
          ),
        proposals: fc.array(
          fc.record({
            cost: fc.integer({ min: 0, max: COSTS.length - 1 }),
            priority: fc.constantFrom("Meest kansrijk" as const, "Kansrijk" as const),
          }),
          { minLength: 1, maxLength: maxProposals },
        ),
      });
    });
}

const byYear = (years: number[], amounts: number[]) => Object.fromEntries(years.map((year, i) => [year, amounts[i]]));

function planOf(t: Tables): Plan {
  const source = { bijlage: 2 as const, table: "Eigen tabel", row: "1" };
  const kader: KaderRow[] = t.years.map((year, i) => ({ year, frame: 2_000_000, phase: t.phases[i], source: "eigen" }));
  const lineTotal = t.years.map((_, y) => t.actions.reduce((sum, row) => sum + row.amounts[y], 0));
  return PlanSchema.parse({
    kader,
    budgetLines: [
      { id: "a", description: "Programmakosten", actionLine: null, amounts: byYear(t.years, t.programme), source },
      { id: "c", description: "Actielijn 1. Eigen", actionLine: 1, amounts: byYear(t.years, lineTotal), source },
      {
        id: "h",
        description: "Reservering voor vervolgacties",
        actionLine: null,
        amounts: byYear(t.years, t.reserve),
        source,
      },
    ],
    actions: t.actions.map((row) => ({
      numbers: row.numbers,
      actionLine: 1,
      description: `Actie ${row.numbers.join(" en ")}.`,
      amounts: byYear(t.years, row.amounts),
      source,
    })),
    proposals: t.proposals.map((p, j) => ({
      ...LETTER_PLAN.proposals[0],
      number: j + 1,
      priority: p.priority,
      text: `Voorstel ${j + 1}.`,
      appraisal: "Geen.",
      costText: COSTS[p.cost][0],
      forms: [],
    })),
  });
}

/** From the first year not `realisatie` to the last (docs/contracts/horizon.md). */
const planYearsOf = (t: Tables) => t.years.slice(t.phases.findIndex((phase) => phase !== "realisatie"));

interface RandomPlan {
  /** Proposal number → start year (null: no `vanaf` of its own). */
  starts: Map<number, number | null>;
  cuts: number[];
}

function randomPlan(t: Tables): fc.Arbitrary<RandomPlan> {
  const planYears = planYearsOf(t);
  const numbers = t.actions.flatMap((row) => row.numbers);
  return fc
    .record({
      proposals: fc.uniqueArray(
        fc.tuple(fc.integer({ min: 1, max: t.proposals.length }), fc.option(fc.constantFrom(...planYears))),
        { selector: ([number]) => number, maxLength: t.proposals.length },
      ),
      cuts: fc.uniqueArray(fc.constantFrom(...numbers), { maxLength: numbers.length }),
    })
    .filter((plan) => plan.proposals.length + plan.cuts.length > 0)
    .map((plan) => ({ starts: new Map(plan.proposals), cuts: plan.cuts }));
}

function typed(plan: RandomPlan): string {
  const list = [...plan.starts].map(([n, year]) => (year === null ? `${n}` : `${n} vanaf ${year}`)).join(", ");
  return [list, plan.cuts.length > 0 ? `schrap ${plan.cuts.join(" en ")}` : ""].filter((p) => p !== "").join("; ");
}

function oracle(t: Tables, plan: RandomPlan, high: boolean) {
  const first = planYearsOf(t)[0];
  const index = (year: number) => t.years.indexOf(year);
  const freed = (year: number) =>
    t.actions
      .filter((row) => row.numbers.some((n) => plan.cuts.includes(n)))
      .reduce((sum, row) => sum + row.amounts[index(year)], 0);
  const cost = (year: number) => {
    let total = 0;
    for (const [number, own] of plan.starts) {
      const entry = COSTS[t.proposals[number - 1].cost][1];
      const start = own ?? first;
      if (entry === null || year < start) continue;
      total += (year === start ? (high ? entry[1] : entry[0]) : 0) + entry[2];
    }
    return total;
  };
  return { freed, cost, gap: (year: number) => t.reserve[index(year)] + freed(year) - cost(year) };
}

describe("random horizons and random plans", () => {
  test("the plan years are those of the contract, and every year is answered for or #N/A", () => {
    fc.assert(
      fc.property(tables(15, 3, 3), (t) => {
        const queries = new PlanQueries(planOf(t));
        expect(queries.horizon.planYears).toEqual(planYearsOf(t));
        const first = planYearsOf(t)[0];
        for (const [i, year] of t.years.entries()) {
          expect(queries.reserve(year)).toEqual({ ok: true, value: t.reserve[i] });
          const lines = t.programme[i] + t.reserve[i] + t.actions.reduce((sum, row) => sum + row.amounts[i], 0);
          expect(queries.total(year)).toEqual({ ok: true, value: lines });
          expect(queries.gap("1", year).ok).toBe(year >= first);
        }
        expect(queries.total(t.years[0] - 1)).toMatchObject({ ok: false, kind: "not-available" });
        expect(queries.gap("1", t.years[t.years.length - 1] + 1)).toMatchObject({ ok: false, kind: "not-available" });
      }),
      { numRuns: 200 },
    );
  });

  test("GAP = reserve + freed − cost in each plan year, cumulative from the first, and over all plan years", () => {
    const withPlan = tables(15, 5, 6).chain((t) => fc.tuple(fc.constant(t), randomPlan(t), fc.boolean()));
    fc.assert(
      fc.property(withPlan, ([t, plan, high]) => {
        const queries = new PlanQueries(planOf(t));
        const text = typed(plan);
        const estimate = high ? "hoog" : "laag";
        const o = oracle(t, plan, high);
        let running = 0;
        for (const year of planYearsOf(t)) {
          running += o.gap(year);
          expect([year, queries.gap(text, year, estimate)]).toEqual([year, { ok: true, value: o.gap(year) }]);
          expect(queries.gap(text, year, estimate, true)).toEqual({ ok: true, value: running });
          expect(queries.freed(text, year)).toEqual({ ok: true, value: o.freed(year) });
          expect(queries.cost(text, year, "totaal", estimate)).toEqual({ ok: true, value: o.cost(year) });
        }
        expect(queries.gap(text, null, estimate)).toEqual({ ok: true, value: running });
      }),
      { numRuns: 300 },
    );
  });

  test("the canonical text writes vanaf only off the first plan year, and reads back as the same plan", () => {
    const withPlan = tables(15, 4, 5).chain((t) => fc.tuple(fc.constant(t), randomPlan(t)));
    fc.assert(
      fc.property(withPlan, ([t, plan]) => {
        const queries = new PlanQueries(planOf(t));
        const resolved = queries.resolvePlan(typed(plan));
        if (!resolved.ok) throw new Error(resolved.message);
        const text = printPlan(resolved.value);
        const first = planYearsOf(t)[0];
        expect(text).not.toContain(`vanaf ${first}`);
        expect(queries.resolvePlan(text)).toEqual(resolved);
      }),
      { numRuns: 200 },
    );
  });
});

/** The decision a FIT text makes over the instance's rows and proposals, read from the text alone. */
function decisionOf(text: string, t: Tables, planProposals: number[], first: number) {
  const [list, ...rest] = text.split("; ");
  const cutNumbers = rest.flatMap((part) =>
    part
      .replace(/^schrap /, "")
      .split(", ")
      .map(Number),
  );
  const starts = new Map(
    (list.startsWith("schrap") ? "" : list)
      .split(", ")
      .filter((part) => part !== "")
      .map((part) => {
        const [number, , year] = part.split(" ");
        return [Number(number), year === undefined ? first : Number(year)] as const;
      }),
  );
  return {
    cut: t.actions.map((row) => row.numbers.some((n) => cutNumbers.includes(n))),
    start: planProposals.map((number) => starts.get(number) ?? null),
  };
}

describe("FIT on random horizons, against the brute force", () => {
  test.each<FitMode>(["schrappen", "uitstellen"])(
    "%s: the answer fits every plan year and is as good as the best the brute force finds",
    (mode) => {
      const small = tables(6, 4, 3, 6).chain((t) =>
        fc.tuple(
          fc.constant(t),
          fc.uniqueArray(
            fc.tuple(fc.integer({ min: 1, max: t.proposals.length }), fc.constantFrom(...planYearsOf(t))),
            { selector: ([number]) => number, minLength: 1, maxLength: t.proposals.length },
          ),
        ),
      );
      fc.assert(
        fc.property(small, ([t, chosen]) => {
          const queries = new PlanQueries(planOf(t));
          const planYears = planYearsOf(t);
          const plan: RandomPlan = { starts: new Map(chosen), cuts: [] };
          const text = typed(plan);
          const every = t.actions.map((row) => row.numbers[0]).join(", ");
          const o = oracle(t, plan, false);
          const instance: FitInstance = {
            years: planYears,
            room: Object.fromEntries(planYears.map((year) => [year, o.gap(year) + o.cost(year)])),
            proposals: chosen.map(([number, start]) => {
              const entry = COSTS[t.proposals[number - 1].cost][1];
              return {
                number,
                startYear: start,
                priority: t.proposals[number - 1].priority,
                incidental: entry?.[0] ?? 0,
                structural: entry?.[2] ?? 0,
                estimated: entry !== null,
              };
            }),
            actions: t.actions.map((row) => ({ numbers: row.numbers, amounts: byYear(t.years, row.amounts) })),
            requirements: [],
          };
          const tagged = instance.proposals.map((p) => ({ ...p, theme: "", forms: [] })) as Tagged[];
          const expected = bruteForce(instance, tagged, [], mode);
          const answer = callModelFunction(queries, "FIT", [text, mode, every], { fitEngine });
          if (!("best" in expected)) {
            expect(answer.ok).toBe(false);
            return;
          }
          if (!answer.ok) throw new Error(answer.message);
          const decision = decisionOf(
            answer.value as string,
            t,
            chosen.map(([n]) => n),
            planYears[0],
          );
          expect(room(instance, decision).every((left) => left >= 0)).toBe(true);
          for (const year of planYears) {
            const gap = queries.gap(answer.value as string, year);
            expect([year, gap.ok && gap.value >= 0]).toEqual([year, true]);
          }
          expect(goals(instance, mode, decision)).toEqual(expected.best);
        }),
        { numRuns: 40 },
      );
    },
    120_000,
  );
});
