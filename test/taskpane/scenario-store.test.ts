/** The Scenarios table through Office.js load/sync semantics, on helper A's fake Excel host. */
import { createFakeExcel, type FakeExcel } from "../fake-excel";
import { deleteScenario, readScenarios, renameScenario, saveScenario } from "../../src/excel/scenario-store";
import { PlanQueries } from "../../src/model/queries";
import { LETTER_PLAN } from "../../src/model/plan";

const SHEET = "Scenario's";

function workbookWithScenarios(rows: unknown[][]): FakeExcel {
  const fake = createFakeExcel();
  fake.addSheet(SHEET);
  fake.setCells(SHEET, "A1", [["Scenario", "Voorstel", "Startjaar"], ...rows]);
  fake.addTable(SHEET, `A1:C${Math.max(2, rows.length + 1)}`, "Scenarios");
  return fake;
}

const body = (fake: FakeExcel) => fake.tableValues("Scenarios").slice(1);

describe("scenario store", () => {
  test("saves one row per proposal, sorted, beside another scenario it leaves alone", async () => {
    const fake = workbookWithScenarios([["Eerder", 7, 2024]]);
    const saved = await saveScenario(fake.context(), { name: "Klein", proposals: [13, 3], startYear: 2025 });
    expect(saved).toEqual({ ok: true, value: undefined });
    expect(body(fake)).toEqual([
      ["Eerder", 7, 2024],
      ["Klein", 3, 2025],
      ["Klein", 13, 2025],
    ]);
  });

  test("an empty table (one blank row) gets exactly the new rows", async () => {
    const fake = workbookWithScenarios([]);
    await saveScenario(fake.context(), { name: "Klein", proposals: [3], startYear: 2024 });
    expect(body(fake)).toEqual([["Klein", 3, 2024]]);
  });

  test("saving under an existing name (any case) replaces its rows", async () => {
    const fake = workbookWithScenarios([
      ["Klein", 3, 2024],
      ["Ander", 9, 2024],
      ["Klein", 13, 2024],
    ]);
    await saveScenario(fake.context(), { name: "KLEIN", proposals: [10], startYear: 2026 });
    expect(body(fake)).toEqual([
      ["Ander", 9, 2024],
      ["KLEIN", 10, 2026],
    ]);
  });

  test("reads the rows back as scenarios that SAMEN.GAP answers for", async () => {
    const fake = workbookWithScenarios([
      ["Klein", 3, 2024],
      ["Klein", 13, 2024],
    ]);
    const read = await readScenarios(fake.context());
    if (!read.ok) throw new Error(read.message);
    expect(read.value).toEqual([{ name: "Klein", proposals: [3, 13], startYear: 2024 }]);
    // 3 (€ 175.000 incidenteel) and 13 (€ 100.000 incidenteel, € 50.000 structureel) against € 500.000.
    expect(new PlanQueries(LETTER_PLAN, read.value).gap("klein", 2024)).toEqual({ ok: true, value: 175_000 });
  });

  test("renames and deletes only the rows of the scenario named", async () => {
    const fake = workbookWithScenarios([
      ["Klein", 3, 2024],
      ["Ander", 9, 2024],
      ["Klein", 13, 2024],
    ]);
    expect((await renameScenario(fake.context(), "klein", "Groot")).ok).toBe(true);
    expect(body(fake)).toEqual([
      ["Groot", 3, 2024],
      ["Ander", 9, 2024],
      ["Groot", 13, 2024],
    ]);
    expect((await deleteScenario(fake.context(), "Groot")).ok).toBe(true);
    expect(body(fake)).toEqual([["Ander", 9, 2024]]);
  });

  test("refuses, in Dutch and without writing, what would lose or confuse data", async () => {
    const fake = workbookWithScenarios([
      ["Klein", 3, 2024],
      ["Ander", 9, 2024],
    ]);
    const before = body(fake);
    const refusals = [
      await saveScenario(fake.context(), { name: "Meest Kansrijk", proposals: [3], startYear: 2024 }),
      await saveScenario(fake.context(), { name: "3,13", proposals: [3], startYear: 2024 }),
      await saveScenario(fake.context(), { name: "  ", proposals: [3], startYear: 2024 }),
      await saveScenario(fake.context(), { name: "Leeg", proposals: [], startYear: 2024 }),
      await saveScenario(fake.context(), { name: "Vorig jaar", proposals: [3], startYear: 2023 }),
      await renameScenario(fake.context(), "Klein", "ander"),
      await deleteScenario(fake.context(), "Bestaat niet"),
    ];
    expect(refusals.map((result) => (result.ok ? "ok" : result.message))).toEqual([
      "Deze naam is al een vast scenario; kies een andere naam.",
      "Een naam van alleen cijfers leest als een lijst voorstellen.",
      "Geef het scenario een naam.",
      "Kies eerst een of meer voorstellen.",
      "Het startjaar moet 2024, 2025 of 2026 zijn.",
      'Er is al een scenario "ander".',
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

  test("a row without a proposal number is named, not dropped", async () => {
    const fake = workbookWithScenarios([
      ["Klein", 3, 2024],
      ["Klein", "drie", 2024],
    ]);
    const read = await readScenarios(fake.context());
    expect(read.ok ? "ok" : read.message).toBe("Rij 2 van de tabel Scenarios heeft geen scenarionaam of voorstelnummer.");
  });
});
