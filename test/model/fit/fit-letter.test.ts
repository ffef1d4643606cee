/**
 * FIT on the letter's figures. Cases worked out by hand from Bijlage 1 and 2 (the reasoning is written
 * beside each), and a brute force through the formula library itself: every plan text the mode allows is
 * built and scored with GAP, FREED, COST and PROPOSAL, so the oracle shares no code with the optimizer.
 */
import { callModelFunction, type FunctionValue } from "../../../src/model/functions/table";
import type { FitEngine } from "../../../src/model/fit/engine";
import { loadFitEngine } from "../../../src/model/fit/load-engine";
import { LETTER_PLAN } from "../../../src/model/letter/dataset";
import { PlanQueries } from "../../../src/model/functions/queries";
import type { Result } from "../../../src/model/result";

const queries = new PlanQueries(LETTER_PLAN);
const YEARS = [2024, 2025, 2026] as const;
let fitEngine: FitEngine;
beforeAll(async () => {
  fitEngine = await loadFitEngine();
  // Compiling HiGHS's WebAssembly takes seconds on a busy machine.
}, 60_000);

const call = (name: "FIT" | "GAP" | "FREED" | "COST" | "PROPOSAL", ...args: unknown[]): Result<FunctionValue> =>
  callModelFunction(queries, name, args, { fitEngine });
const value = (result: Result<FunctionValue>): FunctionValue => {
  if (!result.ok) throw new Error(`unexpected failure: ${result.message}`);
  return result.value;
};
const num = (name: "GAP" | "FREED" | "COST" | "PROPOSAL", ...args: unknown[]) => value(call(name, ...args)) as number;
const fit = (...args: unknown[]) => value(call("FIT", ...args)) as string;

function expectFitsThroughGap(text: string, estimate = "laag"): void {
  for (const year of YEARS) expect([year, num("GAP", text, year, estimate)]).toEqual([year, expect.any(Number)]);
  for (const year of YEARS) expect(num("GAP", text, year, estimate)).toBeGreaterThanOrEqual(0);
}

/** Cut action rows of a plan text ("…; schrap 3, 4, 9; schrap 31"): the shared row "3, 4" is one row. */
const cutRows = (text: string) => {
  const numbers = text
    .split(";")
    .map((part) => part.trim())
    .filter((part) => part.startsWith("schrap "))
    .flatMap((part) => part.slice("schrap ".length).split(", ").map(Number));
  return numbers.filter((n) => n !== 4 || !numbers.includes(3)).length;
};
const startOf = (text: string, proposal: number) => {
  const part = text
    .split(";")[0]
    .split(", ")
    .find((p) => p.split(" ")[0] === String(proposal));
  return part === undefined ? null : Number(/vanaf (\d{4})/.exec(part)?.[1] ?? 2024);
};
const proposalsOf = (text: string) =>
  text.split(";")[0].trim() === "" || text.startsWith("schrap")
    ? []
    : text
        .split(";")[0]
        .split(", ")
        .map((part) => Number(part.split(" ")[0]));

/** Every action row with money in 2024–2026, as a FIT argument: nothing left out by default. */
const EVERY_ACTION = LETTER_PLAN.actions
  .filter((row) => YEARS.some((year) => row.amounts[year] !== 0))
  .map((row) => row.numbers[0])
  .join(", ");

describe("worked by hand from the letter", () => {
  it("schrappen, every action allowed: meest kansrijk needs € 1.050.000 cut, in 9 rows", () => {
    // GAP 2024 = −675.000 and 2025 = −350.000 (docs/contracts/plans.md). Every 2024 amount is a multiple of € 50.000,
    // so at least 700.000 goes in 2024 and 350.000 in 2025: € 1.050.000 at the least, reached by rows
    // whose money falls only in those years. Fewest rows: 2025 needs 3 rows at best (3 en 4 = 100.000 in
    // both years, 18 = 200.000, 11 = 50.000; 9 = 300.000 overshoots), 2024 the other 600.000 in six rows
    // of 100.000 (15, 16, 17, 22, 25, 30): 9 rows.
    const text = fit("meest kansrijk", "schrappen", EVERY_ACTION);
    expectFitsThroughGap(text);
    expect(num("FREED", text)).toBe(1_050_000);
    expect(cutRows(text)).toBe(9);
    expect(proposalsOf(text)).toEqual(value(call("PROPOSALS" as "FIT", "meest kansrijk")));
  });

  it("schrappen by default leaves the actions the plan's proposals build on: € 1.050.000 in 11 rows", () => {
    // Bijlage 1: proposals 6 and 13 build on actions 22, 24–29, 12 on action 13 (its quote), 8 on action 14.
    // Without 22 and 25 the 2024 rows of 100.000 are 15, 16, 17 and 30; with 3 en 4 (100.000 in 2024 and
    // 2025), 2024 still needs 700.000 − 100.000 − 400.000 = 200.000 from four rows of 50.000 (1, 2, 8, 12,
    // 19; 14 and 24 are built on, 20 and 27 carry money into 2026 or are built on), and 2025 the 250.000
    // left in two rows (18 + 11, or 5 + 11): still € 1.050.000, in 1 + 4 + 4 + 2 = 11 rows.
    const text = fit("meest kansrijk");
    expectFitsThroughGap(text);
    expect(num("FREED", text)).toBe(1_050_000);
    expect(cutRows(text)).toBe(11);
    const cut = text.split("; schrap ")[1].split(", ").map(Number);
    for (const builtOn of [13, 14, 22, 24, 25, 26, 27, 28, 29]) expect(cut).not.toContain(builtOn);
  });

  it("uitstellen: meest kansrijk fits without a cut by starting 3, 7 and 10 in 2026 (6 proposal-years)", () => {
    // 2024 then costs 9 + 11 + 13 + 21 = 100.000 + 150.000 + 150.000 + 100.000 = 500.000 (the reserve);
    // 2025 costs 13's structural 50.000 of 200.000; 2026 costs 175.000 + 200.000 + 300.000 + 50.000 =
    // 725.000 of 1.050.000. 7 or 10 in 2025 would cost ≥ 200.000 there besides 13's 50.000.
    const text = fit("meest kansrijk", "uitstellen");
    expectFitsThroughGap(text);
    expect(num("FREED", text)).toBe(0);
    expect(text).toBe(
      "1, 2, 3 vanaf 2026, 6, 7 vanaf 2026, 8, 9, 10 vanaf 2026, 11, 12, 13, 20, 21, 22, 23, 24, 25, 26, 27",
    );
  });

  it("kiezen: meest kansrijk keeps 13, 9, 11 and 21 and drops 3, 7 and 10", () => {
    // 2025 has 200.000: of the structural 7 (200.000), 10 (300.000) and 13 (50.000) at most 7 or 13 stays.
    // With 13: 2024 has 500.000 − 150.000 = 350.000 for the one-off 3 (175.000), 9, 21 (100.000 each) and
    // 11 (150.000): 9, 21 and 11 exactly. With 7 only two more fit. Four kept, one way.
    const text = fit("meest kansrijk", "kiezen");
    expectFitsThroughGap(text);
    expect(text).toBe("1, 2, 6, 8, 9, 11, 12, 13, 20, 21, 22, 23, 24, 25, 26, 27");
  });

  it("cuts the shared row once and prints it as 3, 4", () => {
    // 3, 13 costs 175.000 + 150.000 of 2024's 500.000 and 50.000 of 2025's 200.000: nothing to cut.
    expect(fit("3, 13", "schrappen", "3, 9")).toBe("3, 13");
    // With 9 and 11 (100.000 + 150.000 one-off) 2024 is 75.000 short; 9 frees only 2025, 3 en 4 frees
    // 100.000 in 2024: that row, asked for as 4.
    expect(fit("3, 9, 11, 13", "schrappen", "4, 9")).toBe("3, 9, 11, 13; schrap 3, 4");
    // Already cut (as 4), the row is not cut again (as 3).
    expect(fit("3, 9, 11, 13; schrap 4", "schrappen", "3")).toBe("3, 9, 11, 13; schrap 3, 4");
  });

  it("names each year still short, and by how much, when nothing fits", () => {
    // Only 9 (300.000 in 2025) and 26 (100.000 in 2026) may go: 2024 stays −675.000, 2025 −350.000 +
    // 300.000 = −50.000.
    expect(call("FIT", "meest kansrijk", "schrappen", "9, 26")).toEqual({
      ok: false,
      kind: "not-available",
      message:
        "Geen plan past (schrappen): ook het plan met het kleinste tekort heeft in 2024 € 675.000 en in 2025 € 50.000 tekort.",
    });
    // 16 alone: 200.000 one-off and 450.000 structural, 2024 −150.000 and 2025 −250.000; 26 frees only
    // 2026. Left out (kiezen), nothing remains: the empty plan.
    expect(call("FIT", "16", "schrappen", "26")).toEqual({
      ok: false,
      kind: "not-available",
      message:
        "Geen plan past (schrappen): ook het plan met het kleinste tekort heeft in 2024 € 150.000 en in 2025 € 250.000 tekort.",
    });
    expect(call("FIT", "16", "kiezen")).toEqual({ ok: true, value: "" });
  });

  it("answers bad arguments with Dutch messages", () => {
    expect(call("FIT", "meest kansrijk", "schrappen", "33")).toMatchObject({
      kind: "not-available",
      message: 'Onbekende actie 33 in "33": er zijn acties 1 tot en met 32.',
    });
    expect(call("FIT", "meest kansrijk", "weggooien")).toMatchObject({ kind: "value" });
    expect(call("FIT", "meest kansrijk", "schrappen", "9; x")).toMatchObject({
      kind: "value",
      message: 'De acties moeten een lijst van actienummers zijn, zoals "9, 26", niet "9; x".',
    });
    expect(call("FIT", "x")).toMatchObject({ kind: "not-available" });
    expect(callModelFunction(queries, "FIT", ["meest kansrijk"])).toMatchObject({ kind: "not-available" });
  });
});

function* subsets<T>(items: readonly T[]): Generator<T[]> {
  for (let mask = 0; mask < 2 ** items.length; mask++) yield items.filter((_, i) => ((mask >> i) & 1) === 1);
}
const lexLess = (a: number[], b: number[]) => {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] < b[i];
  return false;
};
const fitsByGap = (text: string, estimate: string) => YEARS.every((year) => num("GAP", text, year, estimate) >= 0);

function bestOf(texts: Iterable<string>, estimate: string, score: (text: string) => number[]): number[] {
  let best: number[] | undefined;
  for (const text of texts) {
    if (!fitsByGap(text, estimate)) continue;
    const s = score(text);
    if (best === undefined || lexLess(s, best)) best = s;
  }
  if (!best) throw new Error("the brute force found no plan that fits");
  return best;
}

describe("brute force through the formula library, on the letter restricted to what it can enumerate", () => {
  const schrappenScore = (base: string) => (text: string) => [num("FREED", text) - num("FREED", base), cutRows(text)];

  it.each([
    ["meest kansrijk", "3, 9, 11, 13, 15, 16, 17, 18, 20, 22, 25, 30", "laag"],
    ["3, 13, 16, 21", "1, 3, 9, 13, 15, 16, 17, 18, 20, 22, 25", "laag"],
    ["5, 13, 21; schrap 31", "1, 2, 3, 8, 12, 15, 16, 17, 22, 25, 30", "hoog"],
  ])("schrappen on %s with actions %s (%s)", (plan, actions, estimate) => {
    const allowed = actions.split(", ");
    const texts = [...subsets(allowed)].map((cut) => (cut.length > 0 ? `${plan}; schrap ${cut.join(", ")}` : plan));
    const expected = bestOf(texts, estimate, schrappenScore(plan));
    const text = fit(plan, "schrappen", actions, estimate);
    expectFitsThroughGap(text, estimate);
    expect(schrappenScore(plan)(text)).toEqual(expected);
  });

  it.each([
    ["3, 7, 10, 13", "9, 13, 18, 20, 31", "laag"],
    ["5, 11, 16, 21", "3, 9, 18, 23, 28", "laag"],
    ["3, 5, 13, 21", "3, 9, 10, 26, 32", "hoog"],
  ])("uitstellen on %s with actions %s (%s)", (plan, actions, estimate) => {
    const proposals = plan.split(", ").map(Number);
    const allowed = actions.split(", ");
    const starts = (i: number): number[][] =>
      i === proposals.length ? [[]] : YEARS.flatMap((y) => starts(i + 1).map((rest) => [y, ...rest]));
    const texts: string[] = [];
    for (const years of starts(0)) {
      const base = proposals.map((p, i) => (years[i] === 2024 ? `${p}` : `${p} vanaf ${years[i]}`)).join(", ");
      for (const cut of subsets(allowed)) texts.push(cut.length > 0 ? `${base}; schrap ${cut.join(", ")}` : base);
    }
    const score = (text: string) => [
      num("FREED", text),
      proposals.reduce((sum, p) => sum + startOf(text, p)! - 2024, 0),
      cutRows(text),
    ];
    const expected = bestOf(texts, estimate, score);
    const text = fit(plan, "uitstellen", actions, estimate);
    expectFitsThroughGap(text, estimate);
    expect(score(text)).toEqual(expected);
  });

  it.each([
    ["meest kansrijk", "laag"],
    ["kansrijk", "hoog"],
    ["alle; zonder 14, 15, 17, 19, 31", "laag"],
  ])("kiezen on %s (%s)", (plan, estimate) => {
    const all = value(call("PROPOSALS" as "FIT", plan)) as number[];
    const keptAlways = all.filter((p) => !queries.proposal(p, "incidenteel").ok || num("COST", `${p}`) === 0);
    const droppable = all.filter((p) => !keptAlways.includes(p));
    const texts = [...subsets(droppable)].map((kept) => [...keptAlways, ...kept].sort((a, b) => a - b).join(", "));
    const priority = (text: string, name: string) =>
      proposalsOf(text).filter((p) => value(call("PROPOSAL", p, "prioriteit")) === name).length;
    const score = (text: string) => [
      -priority(text, "Meest kansrijk"),
      -priority(text, "Kansrijk"),
      text === "" ? 0 : -num("COST", text, null, null, estimate),
    ];
    const expected = bestOf(texts, estimate, score);
    const text = fit(plan, "kiezen", null, estimate);
    expectFitsThroughGap(text, estimate);
    expect(score(text)).toEqual(expected);
  });
});
