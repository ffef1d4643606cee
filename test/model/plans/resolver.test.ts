/**
 * Plans through the queries (issue 11): the worked examples of docs/contracts/plans.md and cases worked out by hand
 * from the letter's tables. The arithmetic is written beside each figure; amounts in whole euros.
 *
 * From the letter: reserve (line h) 2024 500.000, 2025 200.000, 2026 1.050.000. "Meest kansrijk" is
 * proposals 1 2 3 6 7 8 9 10 11 12 13 20 21 22 23 24 25 26 27 (6, 25, 26 without an estimate):
 * incidental 3: 175.000, 9: 100.000, 11: 150.000, 13: 100.000, 21: 100.000 (625.000); structural
 * 7: 200.000, 10: 300.000, 13: 50.000 (550.000).
 */
import { LETTER_PLAN } from "../../../src/model/letter/dataset";
import { printPlan } from "../../../src/model/plans/resolver";
import { PlanQueries } from "../../../src/model/functions/queries";
import type { Result } from "../../../src/model/result";
import type { SavedPlan } from "../../../src/model/schema";
import { planStateFrom } from "../../../src/runtime/plan-from-tables";
import { editCell, letterTables } from "../../runtime/letter-tables";

const queries = new PlanQueries(LETTER_PLAN);

function value<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`${result.kind}: ${result.message}`);
  return result.value;
}
function failure<T>(result: Result<T>) {
  if (result.ok) throw new Error(`expected a failure, got ${JSON.stringify(result.value)}`);
  return result;
}
const canonical = (text: string, q = queries) => printPlan(value(q.resolvePlan(text)));

describe("the worked examples of docs/contracts/plans.md", () => {
  test("meest kansrijk from 2024: −675.000, −350.000, +500.000", () => {
    // 2024: 500.000 − 625.000 − 550.000; 2025: 200.000 − 550.000; 2026: 1.050.000 − 550.000.
    expect([2024, 2025, 2026].map((year) => value(queries.gap("meest kansrijk", year)))).toEqual([
      -675_000, -350_000, 500_000,
    ]);
    expect(value(queries.unknown("meest kansrijk"))).toBe(3);
  });
  test("meest kansrijk; schrap 26: GAP 2026 = 600.000", () => {
    // Action 26 (Training ketenregisseur) is 10 × € 10.000 in 2026: 1.050.000 + 100.000 − 550.000.
    expect(value(queries.gap("meest kansrijk; schrap 26", 2026))).toBe(600_000);
    expect(value(queries.freed("meest kansrijk; schrap 26", 2026))).toBe(100_000);
  });
  test("schrap 9, 31 frees 600.000 in 2025", () => {
    // Actions 9 and 31 are 30 × € 10.000 each in 2025, nothing in the other years.
    expect(value(queries.freed("schrap 9, 31", 2025))).toBe(600_000);
    expect(value(queries.freed("schrap 9, 31"))).toBe(600_000);
    expect(value(queries.gap("schrap 9, 31", 2025))).toBe(800_000);
  });
  test("3 vanaf 2025, 13: GAP 2025 = −25.000", () => {
    // 3 (175.000 incidental) in 2025; 13 from 2024: only its 50.000 structural in 2025. 200.000 − 225.000.
    expect(value(queries.gap("3 vanaf 2025, 13", 2025))).toBe(-25_000);
    // 2024: 500.000 − 100.000 − 50.000; 2026: 1.050.000 − 50.000.
    expect(value(queries.gap("3 vanaf 2025, 13", 2024))).toBe(350_000);
    expect(value(queries.gap("3 vanaf 2025, 13", 2026))).toBe(1_000_000);
  });
});

describe("cases worked out from the letter's tables", () => {
  test("the shared row 3 en 4 is cut once, whichever number names it", () => {
    // Row "3 en 4": 10 × € 10.000 in 2024 and in 2025.
    for (const text of ["schrap 3", "schrap 4", "schrap 3, 4", "schrap 4 en 3; schrap 3"]) {
      expect(value(queries.freed(text, 2024))).toBe(100_000);
      expect(value(queries.freed(text))).toBe(200_000);
      expect(canonical(text)).toBe("schrap 3, 4");
    }
  });

  test("an action the officer edited before cutting it frees the edited amount", () => {
    const tables = letterTables();
    editCell(tables.Acties, 26, "2026", 80_000);
    const edited = planStateFrom(tables);
    if (!edited.ok) throw new Error(edited.message);
    // 1.050.000 + 80.000 − 550.000.
    expect(value(edited.value.gap("meest kansrijk; schrap 26", 2026))).toBe(580_000);
    expect(value(edited.value.freed("schrap 26"))).toBe(80_000);
  });

  test("a proposal moved to 2026", () => {
    // 10 (300.000 structural) from 2026 instead of 2024: 2024 and 2025 each 300.000 more room.
    const text = "meest kansrijk; 10 vanaf 2026";
    expect([2024, 2025, 2026].map((year) => value(queries.gap(text, year)))).toEqual([-375_000, -50_000, 500_000]);
    // The running sum: −375.000, −375.000 − 50.000, −425.000 + 500.000.
    expect([2024, 2025, 2026].map((year) => value(queries.gap(text, year, "laag", true)))).toEqual([
      -375_000, -425_000, 75_000,
    ]);
    expect(canonical(text)).toBe("1, 2, 3, 6, 7, 8, 9, 10 vanaf 2026, 11, 12, 13, 20, 21, 22, 23, 24, 25, 26, 27");
  });

  test("zonder of a built-in plan", () => {
    // Without 10 (300.000 structural) and 11 (150.000 incidental): incidental 475.000, structural 250.000.
    const text = "Meest Kansrijk; zonder 10, 11";
    expect([2024, 2025, 2026].map((year) => value(queries.gap(text, year)))).toEqual([-225_000, -50_000, 800_000]);
    expect(value(queries.proposalNumbers(text))).toHaveLength(17);
    expect(value(queries.cost(text, 2024, "incidenteel"))).toBe(475_000);
  });

  test("vanaf JJJJ for the proposals without a year of their own", () => {
    // 3 from 2025 (175.000 in 2025), 13 keeps its own 2026 (100.000 + 50.000 in 2026).
    const text = "3, 13 vanaf 2026; vanaf 2025";
    expect([2024, 2025, 2026].map((year) => value(queries.gap(text, year)))).toEqual([500_000, 25_000, 900_000]);
    expect(canonical(text)).toBe("3 vanaf 2025, 13 vanaf 2026");
    // The built-ins have no years of their own: all of kansrijk from 2026.
    expect(value(queries.cost("kansrijk; vanaf 2026", 2025))).toBe(0);
  });

  test("cuts and a plan over all years: the cumulative gap and GAP without a year agree", () => {
    // meest kansrijk; schrap 9, 26: 2025 + 300.000, 2026 + 100.000 → −675.000, −50.000, +600.000.
    const text = "meest kansrijk; schrap 9, 26";
    expect(value(queries.gap(text, 2025))).toBe(-50_000);
    expect(value(queries.gap(text))).toBe(-675_000 - 50_000 + 600_000);
    expect(value(queries.gap(text, 2026, null, "WAAR"))).toBe(-125_000);
    expect(value(queries.gap(text, 2026, null, "onwaar"))).toBe(600_000);
  });

  test("today's texts keep their meaning", () => {
    expect(canonical("3,13")).toBe("3, 13");
    expect(canonical("3;13")).toBe("3, 13");
    expect(canonical("13 3")).toBe("3, 13");
    expect(value(queries.gap(13, 2025))).toBe(150_000);
    expect(value(queries.gap("Meest  Kansrijk", 2024))).toBe(-675_000);
  });
});

describe("saved plans", () => {
  const saved: SavedPlan[] = [
    {
      name: "Basis",
      parts: [
        { kind: "reference", plan: "meest kansrijk" },
        { kind: "proposal", proposal: 10, startYear: 2026 },
        { kind: "cut", action: 26 },
      ],
    },
    { name: "Ruimer", parts: [{ kind: "reference", plan: "basis; zonder 11" }] },
    { name: "Kring a", parts: [{ kind: "reference", plan: "kring b" }] },
    { name: "Kring b", parts: [{ kind: "reference", plan: "3; kring a" }] },
    { name: "Zelf", parts: [{ kind: "reference", plan: "zelf" }] },
    { name: "Oud", parts: [{ kind: "proposal", proposal: 3, startYear: 2023 }] },
  ];
  const withSaved = new PlanQueries(LETTER_PLAN, saved);

  test("a saved plan keeps its own start years and cuts inside another", () => {
    // Basis: as "a proposal moved to 2026" plus action 26: 2026 500.000 + 100.000.
    expect(value(withSaved.gap("basis", 2026))).toBe(600_000);
    expect(value(withSaved.gap("basis", 2024))).toBe(-375_000);
    // Ruimer: without 11 (150.000 incidental in 2024).
    expect(value(withSaved.gap("Ruimer", 2024))).toBe(-225_000);
    // vanaf 2025 moves only the proposals without a year of their own; Basis's are its own.
    expect(value(withSaved.gap("basis; vanaf 2025", 2024))).toBe(value(withSaved.gap("basis", 2024)));
    expect(canonical("ruimer", withSaved)).toMatch(/, 10 vanaf 2026, 12, .*; schrap 26$/);
  });

  test("a saved plan naming itself, or a cycle, is #N/A with a Dutch message, not a hang", () => {
    const self = failure(withSaved.gap("zelf", 2024));
    expect(self).toMatchObject({ kind: "not-available", message: 'Scenario "Zelf" noemt zichzelf.' });
    const cycle = failure(withSaved.gap("kring a", 2024));
    expect(cycle.kind).toBe("not-available");
    expect(cycle.message).toBe('Scenario "Kring a" noemt via "Kring b" weer zichzelf.');
    expect(failure(withSaved.unknown("3; Kring B")).kind).toBe("not-available");
  });

  test("a start year outside 2024–2026 fails that plan only, naming it", () => {
    expect(failure(withSaved.gap("oud")).message).toBe(
      'Onbekend startjaar 2023 in "3 vanaf 2023" van scenario "Oud": kies 2024, 2025 of 2026.',
    );
    expect(value(withSaved.gap("basis", 2026))).toBe(600_000);
  });

  test("a long chain of saved plans is refused past its depth, without exhausting the stack", () => {
    const chain: SavedPlan[] = Array.from({ length: 5_000 }, (_, i) => ({
      name: `stap ${i}`,
      parts: [{ kind: "reference", plan: i === 4_999 ? "3" : `stap ${i + 1}` }],
    }));
    const deep = new PlanQueries(LETTER_PLAN, chain);
    expect(failure(deep.gap("stap 0")).message).toMatch(/noemt meer dan 32 bewaarde scenario's achter elkaar/);
    expect(value(deep.gap("stap 4990", 2024))).toBe(325_000);
  });
});

describe("failures say where the text went wrong", () => {
  test.each([
    ["schrap 33", "not-available", 'Onbekende actie 33 in "schrap 33": er zijn acties 1 tot en met 32.'],
    ["meest kansrijk; zonder 40", "not-available", /^Onbekend voorstel 40 in "zonder 40"/],
    ["3 vanaf 2027", "not-available", 'Onbekend startjaar 2027 in "3 vanaf 2027": kies 2024, 2025 of 2026.'],
    ["vanaf 2023", "not-available", /^Onbekend startjaar 2023 in "vanaf 2023"/],
    ["3 vanaf", "value", 'Kan "3 vanaf" niet lezen: na "3 vanaf" moet een jaar volgen.'],
    ["schrap", "value", 'Kan "schrap" niet lezen: hier moet een nummer staan.'],
    ["schrap negen", "value", 'Kan "schrap negen" niet lezen: hier moet een nummer staan, niet "negen".'],
    ["3, 13,", "value", 'Kan "3, 13," niet lezen: na de laatste komma moet nog een nummer volgen.'],
    ["vanaf 2025 2026", "value", /^Kan "vanaf 2025 2026" niet lezen/],
    // Past 2^53 …993 would read as …992: refused with the digits as typed.
    [
      "3 vanaf 9007199254740993",
      "value",
      'Kan "3 vanaf 9007199254740993" niet lezen: 9007199254740993 is te groot om exact te rekenen (een getal tot 2^53).',
    ],
    ["vanaf 9007199254740993", "value", /niet lezen: 9007199254740993 is te groot/],
    ["zonder 9007199254740993", "value", /niet lezen: 9007199254740993 is te groot/],
    ["3;;13", "value", /deel 2 is leeg/],
    [" ; ", "value", /^Geef een scenario op/],
    ["plan b", "not-available", /^Onbekend scenario "plan b"/],
  ])("%s", (text, kind, message) => {
    const result = failure(queries.gap(text, 2024));
    expect(result.kind).toBe(kind);
    if (typeof message === "string") expect(result.message).toBe(message);
    else expect(result.message).toMatch(message);
  });

  test("hostile input is bounded", () => {
    expect(failure(queries.gap("3,".repeat(6_000) + "3")).message).toMatch(/hoogstens 10000 tekens/);
    const many = Array.from({ length: 2_000 }, (_, i) => (i % 33) + 1).join(",");
    expect(value(queries.proposalNumbers(many))).toHaveLength(33);
    expect(failure(queries.gap("9".repeat(400))).message).toMatch(/niet lezen: 9{400} is te groot om exact te rekenen/);
    expect(failure(queries.gap(3.5)).kind).toBe("value");
    expect(failure(queries.gap("3", 2024, "laag", "ja")).message).toMatch(/Cumulatief moet WAAR of ONWAAR zijn/);
    expect(failure(queries.gap("3", 2023, "laag", true)).message).toMatch(/Cumulatief telt vanaf 2024/);
  });
});

describe("plans made from parts, for the pane and the optimizer", () => {
  test("makePlan sorts, keeps the shared row whole and prints canonically", () => {
    const made = value(
      queries.makePlan(
        [
          { number: 13, startYear: 2024 },
          { number: 3, startYear: 2025 },
        ],
        [26, 4],
      ),
    );
    expect(made).toEqual({
      proposals: [
        { number: 3, startYear: 2025 },
        { number: 13, startYear: 2024 },
      ],
      cuts: [3, 4, 26],
      // The letter's first plan year: the default start, which the canonical text leaves out.
      firstPlanYear: 2024,
    });
    expect(printPlan(made)).toBe("3 vanaf 2025, 13; schrap 3, 4, 26");
    expect(queries.savedPlanOf("Klein", made).parts).toEqual([
      { kind: "proposal", proposal: 3, startYear: 2025 },
      { kind: "proposal", proposal: 13, startYear: 2024 },
      { kind: "cut", action: 3 },
      { kind: "cut", action: 26 },
    ]);
    expect(failure(queries.makePlan([{ number: 3, startYear: 2030 }], [])).kind).toBe("not-available");
    expect(failure(queries.makePlan([], [99])).message).toMatch(/Onbekende actie 99/);
  });

  test("figures per year: reserve, freed, cost, gap and the running gap", () => {
    const plan = value(queries.resolvePlan("3 vanaf 2025, 13; schrap 9"));
    const { years, unknown } = queries.figures(plan);
    expect(unknown).toEqual([]);
    // 2024: 500.000 − 150.000; 2025: 200.000 + 300.000 − 225.000; 2026: 1.050.000 − 50.000.
    expect(years).toEqual([
      {
        year: 2024,
        reserve: 500_000,
        freed: 0,
        incidental: 100_000,
        structural: 50_000,
        cost: 150_000,
        gap: 350_000,
        cumulativeGap: 350_000,
      },
      {
        year: 2025,
        reserve: 200_000,
        freed: 300_000,
        incidental: 175_000,
        structural: 50_000,
        cost: 225_000,
        gap: 275_000,
        cumulativeGap: 625_000,
      },
      {
        year: 2026,
        reserve: 1_050_000,
        freed: 0,
        incidental: 0,
        structural: 50_000,
        cost: 50_000,
        gap: 1_000_000,
        cumulativeGap: 1_625_000,
      },
    ]);
    // Proposal 5 at its high end: 1.000.000 incidental.
    expect(queries.figures(value(queries.resolvePlan("5")), "hoog").years[0].cost).toBe(1_000_000);
  });
});
