/**
 * The Scenarios table through Office.js load/sync semantics, on the fake Excel host: the five-column
 * form (Scenario, Voorstel, Startjaar, Schrap, Plan), and the older three-column form, read as it is
 * and widened by the next save without losing a row.
 */
import { createFakeExcel, type FakeExcel } from "../fake-excel";
import { deleteScenario, readScenarios, renameScenario, saveScenario } from "../../src/excel/scenario-store";
import { PlanQueries } from "../../src/model/functions/queries";
import { LETTER_PLAN } from "../../src/model/letter/dataset";
import type { SavedPlan } from "../../src/model/schema";
import { proposalRows } from "../support/saved-plan";

/** The letter's plan years, the start years its horizon allows. */
const PLAN_YEARS = [2024, 2025, 2026];

const SHEET = "Scenario's";
const NEW_HEADER = ["Scenario", "Voorstel", "Startjaar", "Schrap", "Plan"];
const OLD_HEADER = ["Scenario", "Voorstel", "Startjaar"];

function workbookWithScenarios(rows: unknown[][], header = NEW_HEADER): FakeExcel {
  const fake = createFakeExcel();
  fake.addSheet(SHEET);
  fake.setCells(SHEET, "A1", [header, ...rows]);
  const lastColumn = String.fromCharCode(64 + header.length);
  fake.addTable(SHEET, `A1:${lastColumn}${Math.max(2, rows.length + 1)}`, "Scenarios");
  return fake;
}

const body = (fake: FakeExcel) => fake.tableValues("Scenarios").slice(1);
const queries = new PlanQueries(LETTER_PLAN);

/** 3 from 2025, 13 from 2024, cutting the shared row 3 en 4 and action 26: as the pane saves it. */
function madePlan(name: string): SavedPlan {
  const plan = queries.makePlan(
    [
      { number: 3, startYear: 2025 },
      { number: 13, startYear: 2024 },
    ],
    [4, 26],
  );
  if (!plan.ok) throw new Error(plan.message);
  return queries.savedPlanOf(name, plan.value);
}

describe("scenario store, five-column form", () => {
  test("saves a plan as proposal rows and cut rows, beside another plan it leaves alone, in three syncs", async () => {
    const fake = workbookWithScenarios([["Eerder", 7, 2024, "", ""]]);
    const before = fake.syncCount();
    expect(await saveScenario(fake.context(), madePlan("Klein"), PLAN_YEARS)).toEqual({ ok: true, value: undefined });
    expect(fake.syncCount() - before).toBe(3);
    expect(body(fake)).toEqual([
      ["Eerder", 7, 2024, "", ""],
      ["Klein", 3, 2025, "", ""],
      ["Klein", 13, 2024, "", ""],
      ["Klein", "", "", 3, ""],
      ["Klein", "", "", 26, ""],
    ]);
  });

  test("reads the rows back as plans that SAMEN.GAP answers for, reference rows included", async () => {
    const fake = workbookWithScenarios([
      ["Klein", 3, 2025, "", ""],
      ["Klein", 13, "", "", ""],
      ["Klein", "", "", 4, ""],
      ["Groter", "", "", "", "klein; 10 vanaf 2026"],
    ]);
    const read = await readScenarios(fake.context());
    if (!read.ok) throw new Error(read.message);
    expect(read.value).toEqual([
      {
        name: "Klein",
        parts: [
          { kind: "proposal", proposal: 3, startYear: 2025 },
          { kind: "proposal", proposal: 13, startYear: null },
          { kind: "cut", action: 4 },
        ],
      },
      { name: "Groter", parts: [{ kind: "reference", plan: "klein; 10 vanaf 2026" }] },
    ]);
    const saved = new PlanQueries(LETTER_PLAN, read.value);
    // 2025: 200.000 + 100.000 (row 3 en 4) − 175.000 (3) − 50.000 (13's structural).
    expect(saved.gap("klein", 2025)).toEqual({ ok: true, value: 75_000 });
    // Groter adds 10 (300.000 structural) from 2026: 2026 1.050.000 − 50.000 − 300.000.
    expect(saved.gap("groter", 2026)).toEqual({ ok: true, value: 700_000 });
  });

  test("saving under an existing name (any case) replaces its rows, and blank rows go", async () => {
    const fake = workbookWithScenarios([
      ["Klein", 3, 2024, "", ""],
      ["", "", "", "", ""],
      ["Ander", 9, 2024, "", ""],
      ["Klein", "", "", 26, ""],
    ]);
    await saveScenario(fake.context(), proposalRows("KLEIN", [10], 2026), PLAN_YEARS);
    expect(body(fake)).toEqual([
      ["Ander", 9, 2024, "", ""],
      ["KLEIN", 10, 2026, "", ""],
    ]);
  });

  test("renames and deletes only the rows of the plan named", async () => {
    const fake = workbookWithScenarios([
      ["Klein", 3, 2024, "", ""],
      ["Ander", 9, 2024, "", ""],
      ["Klein", "", "", 26, ""],
    ]);
    expect((await renameScenario(fake.context(), "klein", "Groot")).ok).toBe(true);
    expect(body(fake)).toEqual([
      ["Groot", 3, 2024, "", ""],
      ["Ander", 9, 2024, "", ""],
      ["Groot", "", "", 26, ""],
    ]);
    expect((await deleteScenario(fake.context(), "Groot")).ok).toBe(true);
    expect(body(fake)).toEqual([["Ander", 9, 2024, "", ""]]);
  });

  test("refuses, in Dutch and without writing, what would lose or confuse data", async () => {
    const fake = workbookWithScenarios([
      ["Klein", 3, 2024, "", ""],
      ["Ander", 9, 2024, "", ""],
    ]);
    const before = body(fake);
    const refusals = [
      await saveScenario(fake.context(), proposalRows("Meest Kansrijk", [3], 2024), PLAN_YEARS),
      await saveScenario(fake.context(), proposalRows("3,13", [3], 2024), PLAN_YEARS),
      await saveScenario(fake.context(), proposalRows("schrap 9", [3], 2024), PLAN_YEARS),
      await saveScenario(fake.context(), proposalRows("a; b", [3], 2024), PLAN_YEARS),
      await saveScenario(fake.context(), proposalRows("  ", [3], 2024), PLAN_YEARS),
      await saveScenario(fake.context(), proposalRows("Leeg", [], 2024), PLAN_YEARS),
      await saveScenario(fake.context(), proposalRows("Vorig jaar", [3], 2023), PLAN_YEARS),
      await renameScenario(fake.context(), "Klein", "ander"),
      await renameScenario(fake.context(), "Klein", "vanaf 2025"),
      await deleteScenario(fake.context(), "Bestaat niet"),
    ];
    expect(refusals.map((result) => (result.ok ? "ok" : result.message))).toEqual([
      "Deze naam is al een vast scenario; kies een andere naam.",
      "Een naam van alleen cijfers leest als een lijst voorstellen.",
      '"schrap 9" leest als een deel van een plan; kies een naam die niet begint met een nummer, "zonder", "schrap" of "vanaf".',
      'Een scenarionaam kan geen ";" hebben: die scheidt de delen van een plan.',
      "Geef het scenario een naam.",
      "Kies eerst een of meer voorstellen of acties.",
      "Het startjaar moet 2024, 2025 of 2026 zijn.",
      'Er is al een scenario "ander".',
      '"vanaf 2025" leest als een deel van een plan; kies een naam die niet begint met een nummer, "zonder", "schrap" of "vanaf".',
      'Scenario "Bestaat niet" staat niet (meer) in de tabel Scenarios.',
    ]);
    expect(body(fake)).toEqual(before);
  });

  test("without a Scenarios table it asks to load the model first", async () => {
    const fake = createFakeExcel();
    fake.addSheet("Blad1");
    const read = await readScenarios(fake.context());
    expect(read).toEqual({
      ok: false,
      kind: "not-available",
      message: "De tabel Scenarios ontbreekt: laad eerst het model (Model laden).",
    });
  });

  test.each([
    [["Klein", "drie", 2024, "", ""], 'Rij 2 van de tabel Scenarios, kolom Voorstel: "drie" is geen voorstelnummer.'],
    [
      ["Klein", 3, "", 26, ""],
      "Rij 2 van de tabel Scenarios, kolom Schrap: een rij heeft één van Voorstel en Schrap, niet beide.",
    ],
    [
      ["Klein", "", 2025, 26, ""],
      "Rij 2 van de tabel Scenarios, kolom Startjaar: een startjaar hoort bij een voorstel, niet bij een actie.",
    ],
    [["", 3, 2024, "", ""], "Rij 2 van de tabel Scenarios, kolom Scenario: geef de naam van het scenario."],
    [
      ["Klein", "", 2024, "", ""],
      "Rij 2 van de tabel Scenarios, kolom Voorstel: de rij heeft geen voorstel, actie (Schrap) of plan.",
    ],
  ])("a row that does not read is named, not dropped: %j", async (row, message) => {
    const fake = workbookWithScenarios([["Klein", 3, 2024, "", ""], row]);
    const read = await readScenarios(fake.context());
    expect(read.ok ? "ok" : read.message).toBe(message);
  });
});

describe("scenario store, the older three-column form", () => {
  const OLD_ROWS = [
    ["Klein", 3, 2025],
    ["Klein", 13, 2025],
    ["Ander", 9, 2024],
  ];

  test("is read as it is: proposal rows with their start year", async () => {
    const fake = workbookWithScenarios(OLD_ROWS, OLD_HEADER);
    const read = await readScenarios(fake.context());
    expect(read).toEqual({ ok: true, value: [proposalRows("Klein", [3, 13], 2025), proposalRows("Ander", [9], 2024)] });
    // 2025: 200.000 − 175.000 − 100.000 − 50.000, as before this form changed.
    expect(new PlanQueries(LETTER_PLAN, read.ok ? read.value : []).gap("klein", 2025)).toEqual({
      ok: true,
      value: -125_000,
    });
  });

  test("the next save adds Schrap and Plan and keeps every row", async () => {
    const fake = workbookWithScenarios(OLD_ROWS, OLD_HEADER);
    const before = fake.syncCount();
    expect((await saveScenario(fake.context(), madePlan("Nieuw"), PLAN_YEARS)).ok).toBe(true);
    expect(fake.syncCount() - before).toBe(3);
    expect(fake.tableValues("Scenarios")).toEqual([
      NEW_HEADER,
      ["Klein", 3, 2025, "", ""],
      ["Klein", 13, 2025, "", ""],
      ["Ander", 9, 2024, "", ""],
      ["Nieuw", 3, 2025, "", ""],
      ["Nieuw", 13, 2024, "", ""],
      ["Nieuw", "", "", 3, ""],
      ["Nieuw", "", "", 26, ""],
    ]);
    const read = await readScenarios(fake.context());
    if (!read.ok) throw new Error(read.message);
    expect(read.value.map((plan) => plan.name)).toEqual(["Klein", "Ander", "Nieuw"]);
    expect(read.value[0]).toEqual(proposalRows("Klein", [3, 13], 2025));
  });

  test("a save that replaces a plan of the old form widens the table too, and rename still works after", async () => {
    const fake = workbookWithScenarios(OLD_ROWS, OLD_HEADER);
    await saveScenario(fake.context(), proposalRows("klein", [5], 2024), PLAN_YEARS);
    expect(body(fake)).toEqual([
      ["Ander", 9, 2024, "", ""],
      ["klein", 5, 2024, "", ""],
    ]);
    expect((await renameScenario(fake.context(), "ander", "Derde")).ok).toBe(true);
    expect(body(fake)[0]).toEqual(["Derde", 9, 2024, "", ""]);
  });
});
