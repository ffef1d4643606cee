import { callModelFunction, type ModelFunctionName } from "../../src/model/functions/table";
import { planStateFrom } from "../../src/runtime/plan-from-tables";
import { editCell, letterTables } from "./letter-tables";

function answer(tables: Parameters<typeof planStateFrom>[0], name: ModelFunctionName, ...args: unknown[]) {
  const state = planStateFrom(tables);
  return state.ok ? callModelFunction(state.value, name, args) : state;
}

describe("the plan state the SAMEN cells answer from", () => {
  test("without model tables: the letter", () => {
    expect(answer({}, "RESERVE", 2026)).toEqual({ ok: true, value: 1050000 });
  });

  test("tables as the loader writes them give the letter's figures", () => {
    const tables = letterTables();
    expect(answer(tables, "GAP", "meest kansrijk", 2024)).toEqual({ ok: true, value: -675000 });
    expect(answer(tables, "ACTIELIJN", 2, 2025)).toEqual({ ok: true, value: 400000 });
    expect(answer(tables, "TOTAL", 2026)).toEqual({ ok: true, value: 2000000 });
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
    expect(answer(tables, "GAP", "Mijn keuze", 2026)).toEqual({ ok: true, value: 1000000 });
  });

  test("tables that cannot be read answer every function with the reader's message", () => {
    const tables = letterTables();
    editCell(tables.Begroting, "d", "2025", "0,4");
    const state = planStateFrom(tables);
    expect(state).toEqual({ ok: false, kind: "value", message: expect.stringContaining('"0,4"') });
    const partial = { Begroting: letterTables().Begroting };
    expect(planStateFrom(partial)).toMatchObject({ ok: false, kind: "not-available" });
  });
});
