import { expectBuilt } from "../functions/build";
import { FakeCellError, loadFunctionsBundle, type LoadedFunctions } from "../functions/load-bundle";
import { createFakeHost, settle } from "./fake-host";
import { editCell, letterTables } from "./letter-tables";

/** The loader's work: the four model tables, each on its own sheet, written in one batch. */
async function loadModel(host: ReturnType<typeof createFakeHost>) {
  const tables = letterTables();
  await host.addTables([
    { name: "Begroting", values: tables.Begroting },
    { name: "Acties", values: tables.Acties },
    { name: "Voorstellen", values: tables.Voorstellen },
    { name: "Scenarios", values: tables.Scenarios, sheet: "Scenario's" },
  ]);
  await settle();
}

describe("live values: dist/functions.js in a workbook whose tables the officer edits", () => {
  let host: ReturnType<typeof createFakeHost>;
  let fns: LoadedFunctions;
  beforeEach(() => {
    expectBuilt();
    host = createFakeHost();
    fns = loadFunctionsBundle({ Excel: host.Excel });
  });

  test("a table edit reaches the open streams with the new value, without a recalculation", async () => {
    const gap = fns.invoke("GAP", "meest kansrijk", 2024);
    const reserve = fns.invoke("RESERVE", 2024);
    await settle();
    expect([gap.results, reserve.results]).toEqual([[-675000], [500000]]);

    await loadModel(host);
    // Tables with the letter's figures change no answer, so no cell is set again.
    expect([gap.results, reserve.results]).toEqual([[-675000], [500000]]);

    await host.edit("Begroting", (values) => editCell(values, "h", "2024", 600000));
    await settle();
    expect([gap.results, reserve.results]).toEqual([
      [-675000, -575000],
      [500000, 600000],
    ]);
  });

  test("a scenario saved into the Scenarios table turns its #N/A into a figure", async () => {
    await loadModel(host);
    const mine = fns.invoke("GAP", "Mijn keuze", 2025);
    await settle();
    expect(mine.latest()).toMatchObject({ code: "#N/A" });
    await host.edit("Scenarios", (values) => values.push(["Mijn keuze", 3, 2025], ["Mijn keuze", 13, 2025]));
    await settle();
    expect(mine.latest()).toBe(-125000);
  });

  test("after a table edit the read costs one sync; edits elsewhere push nothing", async () => {
    await loadModel(host);
    const total = fns.invoke("TOTAL", 2025);
    await settle();
    const before = host.syncCount();
    await host.edit("Acties", (values) => editCell(values, 12, "2025", 0));
    await settle();
    expect(host.syncCount() - before).toBe(1);
    await host.editElsewhere("Blad1", "aantekening");
    await settle();
    expect(total.results).toEqual([2000000]);
  });

  test("a broken table shows its message in every SAMEN cell, and the repair brings the figures back", async () => {
    await loadModel(host);
    const total = fns.invoke("TOTAL", 2025);
    await settle();
    await host.edit("Begroting", (values) => editCell(values, "d", "2025", "0,4"));
    await settle();
    expect(total.latest()).toEqual(
      new FakeCellError("#N/A", 'Begroting, regel d, 2025: "0,4" is geen bedrag in euro\'s.'),
    );
    await host.edit("Begroting", (values) => editCell(values, "d", "2025", 400000));
    await settle();
    expect(total.latest()).toBe(2000000);
  });

  test("deleting the model sheets returns to the letter; a cancelled cell hears nothing more", async () => {
    await loadModel(host);
    const reserve = fns.invoke("RESERVE", 2024);
    const cancelled = fns.invoke("RESERVE", 2024);
    await settle();
    cancelled.cancel();
    await host.edit("Begroting", (values) => editCell(values, "h", "2024", 450000));
    await settle();
    for (const sheet of ["Begroting", "Acties", "Voorstellen", "Scenario's"]) await host.deleteSheet(sheet);
    await settle();
    // One sheet at a time: between the first and the last, the model is incomplete and says so.
    expect(reserve.results).toEqual([
      500000,
      450000,
      new FakeCellError("#N/A", "De tabel Begroting ontbreekt in de werkmap."),
      500000,
    ]);
    expect(cancelled.results).toEqual([500000]);
  });

  test("CHECK counts the validator's errors and follows an edit that breaks and one that repairs", async () => {
    await loadModel(host);
    const check = fns.invoke("CHECK");
    await settle();
    await host.edit("Begroting", (values) => editCell(values, "d", "2025", "0,4"));
    await settle();
    await host.edit("Begroting", (values) => editCell(values, "d", "2025", 400000));
    await settle();
    expect(check.results).toEqual([0, 1, 0]);
  });
});
