/**
 * dist/functions.js in the fake Excel host with Excel's known stream behaviours switched on one at a
 * time (test/fake-excel/custom-functions.ts, docs/fake-host.md): the SAMEN cells show no stale value,
 * no #BUSY! after a figure, lose no stream, keep no #NAME?, and a reloaded runtime reads the workbook.
 * Figures from the letter: the reserve (line h) is € 500.000 in 2024 and € 200.000 in 2025, the
 * programme total € 2.000.000 a year, and "meest kansrijk" leaves 2024 € 675.000 short.
 */
import { createFakeExcel, type FakeExcel } from "../fake-excel";
import {
  streamingCustomFunctions,
  type ExcelQuirks,
  type StreamingCustomFunctions,
} from "../fake-excel/custom-functions";
import { expectBuilt } from "../functions/build";
import { loadFunctionsBundle } from "../functions/load-bundle";
import { editTable, loadModel, settle } from "./model-workbook";

let fake: FakeExcel;
let excel: StreamingCustomFunctions;

function openWorkbook(quirks: ExcelQuirks = {}): void {
  expectBuilt();
  fake = createFakeExcel();
  excel = streamingCustomFunctions(fake, "SAMEN", quirks);
}

/** The shared runtime's page: functions.js (and the ribbon's commands.js) with this host's globals. */
async function startRuntime(): Promise<void> {
  loadFunctionsBundle(
    { Excel: fake.Excel, Office: fake.Office, CustomFunctions: excel },
    { page: true, commands: true },
  );
  await settle(fake);
}

async function enter(address: string, formula: unknown): Promise<void> {
  await fake.userEdit("Blad1", address, [[formula]]);
  await settle(fake);
}

const cell = (address: string) => fake.values("Blad1", address)[0][0];

/** Settles until `ready` holds: CHECK and FIT load a chunk of their own before their first answer. */
async function settleUntil(ready: () => boolean): Promise<void> {
  for (let round = 0; round < 200 && !ready(); round++) await settle(fake);
  expect(ready()).toBe(true);
}

/** A cell that showed #BUSY! after its first figure was calculated again where the officer saw it. */
function busyAfterFigure(shown: unknown[]): boolean {
  const first = shown.findIndex((value) => value !== "#BUSY!");
  return first >= 0 && shown.slice(first).includes("#BUSY!");
}

describe("Excel's stream behaviours, each behind a switch of the fake host", () => {
  test("office-js#6483: the stream a changed argument leaves is cancelled after its successor started, and stays quiet", async () => {
    openWorkbook({ lateCancel: true });
    await loadModel(fake);
    await startRuntime();
    await enter("A1", 2024);
    await enter("B1", "=SAMEN.RESERVE(A1)");
    expect(cell("B1")).toBe(500000);

    await fake.userEdit("Blad1", "A1", [[2025]]);
    // The successor answers before Excel cancels the stream for 2024.
    expect([cell("B1"), excel.live()]).toEqual([200000, ["RESERVE(2024)", "RESERVE(2025)"]]);
    await settle(fake);
    expect(excel.live()).toEqual(["RESERVE(2025)"]);

    await editTable(fake, "Begroting", "h", "2024", 450000);
    await editTable(fake, "Begroting", "h", "2025", 250000);
    expect(cell("B1")).toBe(250000);
    expect(excel.counts()).toMatchObject({ cancellations: 1, resultsAfterCancel: 0 });
  });

  test("Excel reuses one stream for the same arguments: it lives while one of its cells does", async () => {
    openWorkbook();
    await loadModel(fake);
    await startRuntime();
    await enter("A1", "=SAMEN.TOTAL(2025)");
    await enter("A2", "=SAMEN.TOTAL(2025)");
    expect(excel.counts().invocations).toBe(1);

    await enter("A1", "");
    // The reserve of 2025 raised from 200.000 to 250.000: the total of 2.000.000 rises by 50.000.
    await editTable(fake, "Begroting", "h", "2025", 250000);
    expect(cell("A2")).toBe(2050000);
    expect(excel.counts()).toMatchObject({ invocations: 1, cancellations: 0 });

    await enter("A2", "");
    expect(excel.counts()).toMatchObject({ cancellations: 1, resultsAfterCancel: 0 });
    expect(excel.live()).toEqual([]);
  });

  test("office-js#6355: cells saved as #NAME? show their figures once the runtime starts", async () => {
    openWorkbook();
    await loadModel(fake);
    fake.setCells("Blad1", "A1", [['=SAMEN.GAP("meest kansrijk"; 2024)'], ["=SAMEN.TOTAL(2025)*2"], ["=1+1"]]);
    fake.setSavedResults("Blad1", "A1", [["#NAME?"], ["#NAME?"], [2]]);
    await startRuntime();
    expect(fake.values("Blad1", "A1:A3")).toEqual([[-675000], [4000000], [2]]);
  });

  test("office-js#3011 (Excel on the web): streams calculated twice answer at once, and CHECK reads the workbook no more often", async () => {
    // FIT's second answer comes from what stream.ts remembers (test/runtime/stream.test.ts): its engine
    // does not load in this page without a network.
    const syncsOfEnteringTotal = async (quirks: ExcelQuirks) => {
      openWorkbook(quirks);
      await loadModel(fake);
      await startRuntime();
      await fake.userEdit("Blad1", "A1", [["=SAMEN.CHECK()"]]);
      await settleUntil(() => cell("A1") === 0);
      await enter("A2", '=SAMEN.GAP("meest kansrijk"; 2024)');
      fake.resetSyncCount();
      await enter("A3", "=SAMEN.TOTAL(2025)");
      return fake.syncCount();
    };
    const once = await syncsOfEnteringTotal({});
    const twice = await syncsOfEnteringTotal({ webCalculatesTwice: true });
    // CHECK, GAP and TOTAL once each; CHECK again when GAP came, CHECK and GAP again when TOTAL came.
    expect(excel.counts().invocations).toBe(6);
    expect(twice).toBe(once);
    expect(busyAfterFigure(excel.shown("GAP", "meest kansrijk", 2024))).toBe(false);
    expect(busyAfterFigure(excel.shown("CHECK"))).toBe(false);
    expect(fake.values("Blad1", "A1:A3")).toEqual([[0], [-675000], [2000000]]);
  }, 60_000);

  test("office-js#6285/#6518: a click on Vernieuwen invokes every stream again; the cells keep their figures and follow the next edit", async () => {
    openWorkbook({ ribbonReinvokes: true, lateCancel: true });
    await loadModel(fake);
    await startRuntime();
    await enter("A1", "=SAMEN.RESERVE(2024)");
    await fake.userEdit("Blad1", "A2", [["=SAMEN.CHECK()"]]);
    await settleUntil(() => cell("A2") === 0);
    await fake.ribbonClick("refreshSamen");
    await settle(fake);
    expect(excel.counts()).toMatchObject({ invocations: 4, cancellations: 2, resultsAfterCancel: 0 });
    expect(busyAfterFigure(excel.shown("RESERVE", 2024))).toBe(false);
    await editTable(fake, "Begroting", "h", "2024", "0,4");
    await settleUntil(() => cell("A2") === 1);
    expect(cell("A1")).toBe("#VALUE!");
    await editTable(fake, "Begroting", "h", "2024", 500000);
    await settleUntil(() => cell("A2") === 0);
    expect(cell("A1")).toBe(500000);
  }, 30_000);

  test("a workbook opened with SAMEN cells shows the workbook's figure first, never the letter's", async () => {
    openWorkbook();
    await loadModel(fake);
    await editTable(fake, "Begroting", "h", "2024", 600000);
    fake.setCells("Blad1", "A1", [["=SAMEN.RESERVE(2024)"]]);
    await startRuntime();
    expect(excel.shown("RESERVE", 2024)).toEqual(["#BUSY!", 600000]);
  });

  test("the runtime reloads while the workbook stays open: the new one reads the tables and takes over every stream", async () => {
    openWorkbook();
    await loadModel(fake);
    await startRuntime();
    await enter("A1", "=SAMEN.RESERVE(2024)");
    await editTable(fake, "Begroting", "h", "2024", 600000);

    fake.reloadRuntime();
    expect(excel.counts().orphaned).toBe(1);
    // Nothing answers for the cell now: Excel does not invoke its stream again by itself (office-js#1107).
    await editTable(fake, "Begroting", "h", "2024", 650000);
    expect(cell("A1")).toBe(600000);

    await startRuntime();
    expect(excel.counts().orphaned).toBe(0);
    // The letter's 500.000 never again after the workbook's 600.000.
    expect(excel.shown("RESERVE", 2024)).toEqual([500000, 600000, 650000]);
    await editTable(fake, "Begroting", "h", "2024", 700000);
    expect(cell("A1")).toBe(700000);
  });
});
