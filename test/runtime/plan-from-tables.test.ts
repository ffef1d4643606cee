import { callModelFunction } from "../../src/model/functions";
import { notAvailable } from "../../src/model/result";
import { planStateFrom, readPlanFromTables } from "../../src/runtime/plan-from-tables";
import { editCell, letterTables } from "./letter-tables";

function answer(
  tables: ReturnType<typeof letterTables>,
  name: "GAP" | "RESERVE" | "ACTIELIJN" | "ACTION" | "TOTAL",
  ...args: unknown[]
) {
  const state = planStateFrom(tables);
  if (!state.ok) return state;
  return callModelFunction(state.value, name, args);
}

describe("the plan read from the model tables", () => {
  test("tables as the loader writes them give the letter's figures", () => {
    const tables = letterTables();
    expect(answer(tables, "GAP", "meest kansrijk", 2024)).toEqual({ ok: true, value: -675000 });
    expect(answer(tables, "ACTIELIJN", 2, 2025)).toEqual({ ok: true, value: 400000 });
    expect(answer(tables, "TOTAL", 2026)).toEqual({ ok: true, value: 2000000 });
    expect(answer(tables, "ACTION", 3)).toEqual(answer(tables, "ACTION", 4));
  });

  test("the officer's edits count: a larger reserve in 2024 narrows the gap", () => {
    const tables = letterTables();
    editCell(tables.Begroting, "h", "2024", 600000);
    expect(answer(tables, "RESERVE", 2024)).toEqual({ ok: true, value: 600000 });
    expect(answer(tables, "GAP", "meest kansrijk", 2024)).toEqual({ ok: true, value: -575000 });
  });

  test("scenarios saved in the Scenarios table answer by name, with their start year", () => {
    const tables = letterTables();
    tables.Scenarios.push(["Mijn keuze", 3, 2025], ["Mijn keuze", 13, 2025]);
    // 2025: 175.000 + 100.000 incidental + 50.000 structural against a reserve of 200.000.
    expect(answer(tables, "GAP", "mijn keuze", 2025)).toEqual({ ok: true, value: -125000 });
    expect(answer(tables, "GAP", "Mijn keuze", 2024)).toEqual({ ok: true, value: 500000 });
    expect(answer(tables, "GAP", "Mijn keuze", 2026)).toEqual({ ok: true, value: 1000000 });
  });

  test("without model tables the functions answer from the letter", () => {
    const state = planStateFrom({});
    expect(state.ok && callModelFunction(state.value, "RESERVE", [2026])).toEqual({ ok: true, value: 1050000 });
  });

  test.each([
    [
      "an amount typed as text",
      (t: ReturnType<typeof letterTables>) => editCell(t.Begroting, "d", "2025", "0,4"),
      'Begroting, regel d, 2025: "0,4" is geen bedrag in euro\'s.',
    ],
    [
      "a missing year column",
      (t: ReturnType<typeof letterTables>) => (t.Acties[0][5] = "2025 (oud)"),
      'De tabel Acties mist de kolom "2025".',
    ],
    [
      "a deleted budget line",
      (t: ReturnType<typeof letterTables>) => t.Begroting.splice(3, 1),
      "De tabel Begroting mist regel c.",
    ],
    [
      "a missing table",
      (t: ReturnType<typeof letterTables>) => (t.Voorstellen = []),
      "De tabel Voorstellen ontbreekt in de werkmap.",
    ],
    [
      "an unknown theme",
      (t: ReturnType<typeof letterTables>) => editCell(t.Voorstellen, 7, "Thema", "Diversen"),
      "Voorstellen, voorstel 7: het thema ontbreekt of is niet toegestaan.",
    ],
    [
      "a scenario with two start years",
      (t: ReturnType<typeof letterTables>) => t.Scenarios.push(["X", 3, 2024], ["x", 13, 2025]),
      'Scenarios, scenario "x" heeft verschillende startjaren (2024 en 2025).',
    ],
    [
      "an action line that does not exist",
      (t: ReturnType<typeof letterTables>) => editCell(t.Acties, 12, "Actielijn", 7),
      'Acties, actie 12: actielijn "7" bestaat niet; kies 1 tot en met 5.',
    ],
  ])("%s gives #N/A with a Dutch message naming the place", (_what, damage, message) => {
    const tables = letterTables();
    damage(tables);
    expect(readPlanFromTables(tables)).toEqual(notAvailable(message));
  });
});
