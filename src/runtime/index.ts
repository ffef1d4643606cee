/**
 * The live values of the shared runtime. The first SAMEN cell starts watching the workbook; from then
 * on every change reaches every SAMEN cell whose answer it alters, without a manual recalculation.
 */
import type { ModelTables } from "../layout/read-plan";
import type { Arg } from "../model/functions/args";
import { loadFitEngine } from "../model/fit/load-engine";
import { needsFitEngine, type FunctionValue, type ModelFunctionName } from "../model/functions/table";
import { notAvailable, ok, type Result } from "../model/result";
import { LivePlan } from "./live-plan";
import { LiveValue } from "./live-value";
import { ModelTableReader } from "./model-tables";
import { planStateFrom } from "./plan-from-tables";
import { Refresher } from "./refresher";
import { streamFunction, streamResult, type ResultSink } from "./stream";
import { watchWorkbook } from "./watch";

export { makeShareableCopy, shareOutcome, type ShareOutcome } from "./shareable-copy";

/** The task pane listens too (contract with helper D), so its figures follow the tables like the cells. */
export const livePlan = new LivePlan();
const liveCheck = new LiveValue<Result<number>>();

const reader = new ModelTableReader();
let lastTables: string | undefined;

const planRefresh = new Refresher(async () => {
  let tables: ModelTables;
  try {
    tables = await Excel.run((context) => reader.read(context));
  } catch {
    return; // Excel refuses API calls while a cell is being edited; the edit's own event brings the next read.
  }
  // Most events are edits elsewhere in the workbook: the model tables read the same, nothing to push.
  const key = JSON.stringify(tables);
  if (key === lastTables) return;
  lastTables = key;
  livePlan.update(planStateFrom(tables));
});

/** The validator is the largest part of the runtime and only CHECK() needs it: loaded with the first CHECK cell. */
const loadCheck = () => import(/* webpackChunkName: "check" */ "./check");

const checkRefresh = new Refresher(async () => {
  let check: Awaited<ReturnType<typeof loadCheck>>;
  try {
    check = await loadCheck();
  } catch {
    liveCheck.update(
      notAvailable("De controle van de werkmap kon niet worden geladen; kies Vernieuwen op het tabblad Start."),
    );
    return;
  }
  try {
    liveCheck.update(ok(await Excel.run(check.countWorkbookErrors)));
  } catch {
    // Excel refuses API calls while a cell is being edited; the edit's own event brings the next read.
    if (liveCheck.current() === undefined) {
      liveCheck.update(notAvailable("De werkmap kon niet worden gelezen; kies Vernieuwen op het tabblad Start."));
    }
  }
});

function onWorkbookChange(): void {
  void planRefresh.trigger();
  // Reading every sheet is the costly part: only while some cell shows CHECK().
  if (liveCheck.listenerCount() > 0) void checkRefresh.trigger();
}

let started: Promise<boolean> | undefined;

/** Resolves to whether there is a workbook to watch (not when the bundle runs outside Excel). */
function start(): Promise<boolean> {
  started ??= (async () => {
    if (typeof Excel === "undefined") return false;
    // A SAMEN cell can be computed while the page is still loading Office.js.
    if (typeof Office !== "undefined") await Office.onReady();
    try {
      await Excel.run((context) => watchWorkbook(context, onWorkbookChange));
    } catch {
      // Without events the values are still read once; the ribbon's Vernieuwen reads again.
    }
    await planRefresh.trigger();
    return true;
  })();
  return started;
}

/** Reads the workbook again now: the ribbon's Vernieuwen, and the task pane after loading the model. */
export async function refreshLiveValues(): Promise<void> {
  if (!(await start())) return;
  await Promise.all([planRefresh.trigger(), liveCheck.listenerCount() > 0 ? checkRefresh.trigger() : undefined]);
}

export function stream<T>(
  name: ModelFunctionName,
  args: readonly Arg[],
  invocation: ResultSink<T>,
  toCell: (result: Result<FunctionValue>) => T,
): void {
  void start();
  if (!needsFitEngine(name)) {
    streamFunction(livePlan, name, args, invocation, toCell);
    return;
  }
  // The engine's chunk loads on the first FIT cell; until then the cell shows as busy.
  let canceled = false;
  invocation.onCanceled = () => (canceled = true);
  loadFitEngine().then(
    (fitEngine) => {
      if (!canceled) streamFunction(livePlan, name, args, invocation, toCell, { fitEngine });
    },
    () => invocation.setResult(toCell(notAvailable(SOLVER_MISSING))),
  );
}

const SOLVER_MISSING = "Dekking zoeken kon zijn rekenmodule niet laden; voer de formule opnieuw in.";

export function streamCheck<T>(invocation: ResultSink<T>, toCell: (result: Result<number>) => T): void {
  streamResult(liveCheck, (state) => state, invocation, toCell);
  void start().then((inExcel) =>
    inExcel
      ? checkRefresh.trigger()
      : liveCheck.update(notAvailable("CHECK controleert de geopende werkmap; hier is geen werkmap.")),
  );
}
