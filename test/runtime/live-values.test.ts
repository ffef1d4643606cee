import { createFakeExcel, type FakeExcel } from "../fake-excel";
import { expectBuilt } from "../functions/build";
import { loadFunctionsBundle, type LoadedFunctions } from "../functions/load-bundle";
import { editTable, loadModel, settle } from "./model-workbook";

describe("live values: dist/functions.js in a workbook whose tables the officer edits (fake Excel host)", () => {
  let fake: FakeExcel;
  let fns: LoadedFunctions;
  const edit = (table: string, key: string | number, header: string, value: unknown) =>
    editTable(fake, table, key, header, value);
  beforeEach(() => {
    expectBuilt();
    fake = createFakeExcel();
    fns = loadFunctionsBundle({ Excel: fake.Excel, Office: fake.Office }, { page: true });
  });

  test("a table edit reaches the open streams with the new value, without a recalculation", async () => {
    const gap = fns.invoke("GAP", "meest kansrijk", 2024);
    const reserve = fns.invoke("RESERVE", 2024);
    await settle(fake);
    expect([gap.results, reserve.results]).toEqual([[-675000], [500000]]);

    await loadModel(fake);
    // Tables with the letter's figures change no answer, so no cell is set again.
    expect([gap.results, reserve.results]).toEqual([[-675000], [500000]]);

    await edit("Begroting", "h", "2024", 600000);
    expect([gap.results, reserve.results]).toEqual([
      [-675000, -575000],
      [500000, 600000],
    ]);
  });

  test("a scenario saved into the Scenarios table turns its #N/A into a figure", async () => {
    await loadModel(fake);
    const mine = fns.invoke("GAP", "Mijn keuze", 2025);
    await settle(fake);
    expect(mine.latest()).toMatchObject({ code: "#N/A" });
    await fake.Excel.run(async (context) => {
      context.workbook.tables.getItem("Scenarios").rows.add(undefined, [
        ["Mijn keuze", 3, 2025, "", ""],
        ["Mijn keuze", 13, 2025, "", ""],
      ]);
      await context.sync();
    });
    await settle(fake);
    // 2025: 175.000 + 100.000 incidental + 50.000 structural against a reserve of 200.000.
    expect(mine.latest()).toBe(-125000);
  });

  test("after a table edit the read costs one sync; edits elsewhere push nothing", async () => {
    await loadModel(fake);
    const total = fns.invoke("TOTAL", 2025);
    await settle(fake);
    fake.resetSyncCount();
    await edit("Acties", 12, "2025", 0);
    expect(fake.syncCount()).toBe(1);
    await fake.userEdit("Overzicht", "B2", [["aantekening"]]);
    await settle(fake);
    expect(total.results).toEqual([2000000]);
  });

  test("a broken table shows its message in every SAMEN cell, and the repair brings the figures back", async () => {
    await loadModel(fake);
    const total = fns.invoke("TOTAL", 2025);
    await settle(fake);
    await edit("Begroting", "d", "2025", "0,4");
    expect(total.latest()).toMatchObject({ code: "#VALUE!", message: expect.stringContaining("Begroting") });
    await edit("Begroting", "d", "2025", 400000);
    expect(total.latest()).toBe(2000000);
  });

  test("a cancelled cell hears nothing more", async () => {
    await loadModel(fake);
    const reserve = fns.invoke("RESERVE", 2024);
    const cancelled = fns.invoke("RESERVE", 2024);
    await settle(fake);
    cancelled.cancel();
    await edit("Begroting", "h", "2024", 450000);
    expect([reserve.results, cancelled.results]).toEqual([[500000, 450000], [500000]]);
  });

  test("CHECK counts the validator's errors and follows an edit that breaks and one that repairs", async () => {
    await loadModel(fake);
    const check = fns.invoke("CHECK");
    // The validator is a chunk loaded with the first CHECK cell: its first count comes after the load.
    for (let round = 0; round < 100 && check.results.length === 0; round++) await settle(fake);
    await edit("Begroting", "d", "2025", "0,4");
    await edit("Begroting", "d", "2025", 400000);
    expect(check.results).toEqual([0, 1, 0]);
  });
});
