/**
 * Plans under fast-check: the canonical text parses back to the same plan; for random plans GAP, FREED
 * and COST agree with an oracle written here straight from the letter's tables (not through the code
 * under test); random text never throws.
 */
import fc from "fast-check";
import { LETTER_PLAN } from "../../src/model/letter/dataset";
import { printPlan, type ResolvedPlan } from "../../src/model/plans/resolver";
import { PlanQueries } from "../../src/model/functions/queries";

const queries = new PlanQueries(LETTER_PLAN);
const YEARS = [2024, 2025, 2026] as const;
type Year = (typeof YEARS)[number];

/** Bijlage 2, line h "Reservering voor vervolgacties" (€ mln 0,5 / 0,2 / 1,05). */
const RESERVE: Record<Year, number> = { 2024: 500_000, 2025: 200_000, 2026: 1_050_000 };

/** Bijlage 2, the detail tables (€ x10.000): per row its numbers and 2024, 2025, 2026. */
const ACTION_ROWS: [number[], number, number, number][] = [
  [[1], 5, 0, 0],
  [[2], 5, 0, 0],
  [[3, 4], 10, 10, 0],
  [[5], 0, 20, 0],
  [[6], 0, 0, 0],
  [[7], 0, 0, 0],
  [[8], 5, 0, 0],
  [[9], 0, 30, 0],
  [[10], 0, 0, 30],
  [[11], 0, 5, 0],
  [[12], 5, 0, 0],
  [[13], 5, 5, 5],
  [[14], 5, 0, 0],
  [[15], 10, 0, 0],
  [[16], 10, 0, 0],
  [[17], 10, 0, 0],
  [[18], 0, 20, 0],
  [[19], 5, 0, 0],
  [[20], 5, 5, 5],
  [[21], 0, 0, 0],
  [[22], 10, 0, 0],
  [[23], 0, 5, 5],
  [[24], 5, 0, 0],
  [[25], 10, 0, 0],
  [[26], 0, 0, 10],
  [[27], 5, 0, 0],
  [[28], 0, 10, 0],
  [[29], 0, 10, 0],
  [[30], 10, 0, 0],
  [[31], 0, 30, 0],
  [[32], 0, 0, 10],
];

/**
 * Bijlage 1, "Geschatte kosten" per proposal: [incidental low, incidental high, structural], or null for
 * "Nog onbekend" / "Nog niet bekend". "Geen" and "N.v.t." are 0; 31's "€ 9.000" counts as incidental;
 * 5 is "€ 125.000 opgevoerd maar naar verwachting circa 1 miljoen incidenteel".
 */
const COSTS: Record<number, [number, number, number] | null> = {
  1: [0, 0, 0],
  2: [0, 0, 0],
  3: [175_000, 175_000, 0],
  4: null,
  5: [125_000, 1_000_000, 0],
  6: null,
  7: [0, 0, 200_000],
  8: [0, 0, 0],
  9: [100_000, 100_000, 0],
  10: [0, 0, 300_000],
  11: [150_000, 150_000, 0],
  12: [0, 0, 0],
  13: [100_000, 100_000, 50_000],
  14: [0, 0, 100_000],
  15: [0, 0, 100_000],
  16: [200_000, 200_000, 450_000],
  17: [0, 0, 15_000],
  18: [55_000, 55_000, 0],
  19: [0, 0, 30_000],
  20: [0, 0, 0],
  21: [100_000, 100_000, 0],
  22: [0, 0, 0],
  23: [0, 0, 0],
  24: [0, 0, 0],
  25: null,
  26: null,
  27: [0, 0, 0],
  28: null,
  29: null,
  30: [0, 0, 0],
  31: [9_000, 9_000, 0],
  32: [75_000, 75_000, 0],
  33: null,
};

interface OraclePlan {
  proposals: Map<number, Year>;
  /** Action numbers as typed; a row is freed once however many of its numbers are named. */
  cuts: number[];
}

function oracleFreed(plan: OraclePlan, year: Year): number {
  const index = YEARS.indexOf(year) + 1;
  return ACTION_ROWS.filter(([numbers]) => numbers.some((n) => plan.cuts.includes(n))).reduce(
    (sum, row) => sum + (row[index] as number) * 10_000,
    0,
  );
}

function oracleCost(plan: OraclePlan, year: Year, high: boolean): number {
  let cost = 0;
  for (const [number, start] of plan.proposals) {
    const entry = COSTS[number];
    if (!entry || year < start) continue;
    if (year === start) cost += high ? entry[1] : entry[0];
    cost += entry[2];
  }
  return cost;
}

const oracleGap = (plan: OraclePlan, year: Year, high: boolean) =>
  RESERVE[year] + oracleFreed(plan, year) - oracleCost(plan, year, high);

const plans = fc.record({
  proposals: fc.uniqueArray(fc.tuple(fc.integer({ min: 1, max: 33 }), fc.constantFrom(...YEARS)), {
    selector: ([number]) => number,
    maxLength: 33,
  }),
  cuts: fc.uniqueArray(fc.integer({ min: 1, max: 32 }), { maxLength: 12 }),
});

/** The plan as a user might type it: in any order, with `vanaf` only where the year is not 2024. */
function typed({ proposals, cuts }: { proposals: [number, Year][]; cuts: number[] }): string {
  const list = proposals.map(([number, year]) => (year === 2024 ? `${number}` : `${number} vanaf ${year}`)).join(", ");
  return [list, cuts.length > 0 ? `schrap ${cuts.join(" en ")}` : ""].filter((part) => part !== "").join("; ");
}

const nonEmpty = plans.filter((plan) => plan.proposals.length + plan.cuts.length > 0);

describe("plans, for random plans", () => {
  test("the canonical text parses back to the same plan", () => {
    fc.assert(
      fc.property(nonEmpty, (plan) => {
        const resolved = queries.resolvePlan(typed(plan));
        if (!resolved.ok) throw new Error(resolved.message);
        const again = queries.resolvePlan(printPlan(resolved.value));
        expect(again).toEqual(resolved);
        expect(printPlan((again as { value: ResolvedPlan }).value)).toBe(printPlan(resolved.value));
      }),
      { numRuns: 300 },
    );
  });

  test("GAP = reserve + Σ cut amounts − cost, per year, cumulative and over all years", () => {
    fc.assert(
      fc.property(nonEmpty, fc.boolean(), (plan, high) => {
        const oracle: OraclePlan = { proposals: new Map(plan.proposals), cuts: plan.cuts };
        const text = typed(plan);
        const estimate = high ? "hoog" : "laag";
        let running = 0;
        for (const year of YEARS) {
          const gap = oracleGap(oracle, year, high);
          running += gap;
          expect(queries.gap(text, year, estimate)).toEqual({ ok: true, value: gap });
          expect(queries.gap(text, year, estimate, true)).toEqual({ ok: true, value: running });
          expect(queries.freed(text, year)).toEqual({ ok: true, value: oracleFreed(oracle, year) });
          expect(queries.cost(text, year, "totaal", estimate)).toEqual({
            ok: true,
            value: oracleCost(oracle, year, high),
          });
        }
        expect(queries.gap(text, null, estimate)).toEqual({ ok: true, value: running });
        const unknown = plan.proposals.filter(([number]) => COSTS[number] === null).length;
        expect(queries.unknown(text)).toEqual({ ok: true, value: unknown });
      }),
      { numRuns: 300 },
    );
  });

  test("random text and random pieces of the grammar never throw and fail with a Dutch message", () => {
    const piece = fc.oneof(
      fc.constantFrom("meest kansrijk", "kansrijk", "alle", "zonder", "schrap", "vanaf", "en", ",", ";", "  "),
      fc.integer({ min: -5, max: 3000 }).map(String),
      fc.string({ maxLength: 8 }),
    );
    const text = fc.oneof(
      fc.string({ maxLength: 200 }),
      fc.array(piece, { maxLength: 30 }).map((p) => p.join(" ")),
    );
    fc.assert(
      fc.property(text, (input) => {
        const result = queries.gap(input, 2024);
        if (result.ok) expect(Number.isSafeInteger(result.value)).toBe(true);
        else {
          expect(["value", "not-available"]).toContain(result.kind);
          expect(result.message).toMatch(/\b(?:moet|onbekend|onbekende|geef|kies|kan|hoogstens)\b/i);
        }
      }),
      { numRuns: 1_000 },
    );
  });
});
