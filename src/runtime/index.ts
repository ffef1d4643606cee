/**
 * The live values of the shared runtime. The first SAMEN cell starts watching the workbook; from then
 * on every change reaches every SAMEN cell whose answer it alters, without a manual recalculation.
 */
import type { ModelTables } from "../layout/read-plan";
import type { Arg } from "../model/functions/args";
import type { FitEngine } from "../model/fit/engine";
import { loadFitEngine } from "../model/fit/load-engine";
import { needsFitEngine, type FunctionValue, type ModelFunctionName } from "../model/functions/table";
import { notAvailable, ok, type Result } from "../model/result";
import { LivePlan } from "./live-plan";
import { LiveValue } from "./live-value";
import { ModelTableReader } from "./model-tables";
import { planStateFrom } from "./plan-from-tables";
import { Refresher } from "./refresher";
import { calculateSamenCells } from "./samen-cells";
import { streamFunction, streamResult, type ResultSink } from "./stream";
import { watchWorkbook } from "./watch";

export { makeShareableCopy, shareOutcome, type ShareOutcome } from "./shareable-copy";

/** The task pane listens too (contract with helper D), so its figures follow the tables like the cells. */
export const livePlan = new LivePlan(typeof Excel !== "undefined");
const liveCheck = new LiveValue<Result<number>>();
/** An edit came while no CHECK cell listened: the count is out of date until it is read again. */
let checkOutdated = false;

const reader = new ModelTableReader();
let lastTables: string | undefined;

const planRefresh = new Refresher(async () => {
  let tables: ModelTables;
  try {
    tables = await Excel.run((context) => reader.read(context));
  } catch {
    // Excel refuses API calls while a cell is being edited; the edit's own event brings the next read.
    if (livePlan.current() === undefined) {
      livePlan.update(notAvailable("De werkmap kon niet worden gelezen; kies Vernieuwen op het tabblad Start."));
    }
    return;
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
  else checkOutdated = true;
}

let started: Promise<boolean> | undefined;
/** Whether Excel reports edits to this runtime; without, every new CHECK cell reads the workbook. */
let watching = false;

/**
 * Resolves to whether there is a workbook to watch (not when the bundle runs outside Excel). Runs when
 * the runtime loads: every module state is new then, also when Excel reloaded the runtime while the
 * workbook stayed open, so everything is read from the workbook again.
 */
export function start(): Promise<boolean> {
  started ??= (async () => {
    if (typeof Excel === "undefined") return false;
    // A SAMEN cell can be computed while the page is still loading Office.js.
    if (typeof Office !== "undefined") await Office.onReady();
    try {
      await Excel.run((context) => watchWorkbook(context, onWorkbookChange));
      watching = true;
    } catch {
      // Without events the values are still read once; the ribbon's Vernieuwen reads again.
    }
    await planRefresh.trigger();
    try {
      // Cells saved as #NAME?, and cells whose streams a reloaded runtime lost, stream from this runtime.
      await Excel.run(calculateSamenCells);
    } catch {
      // A workbook too large to read its formulas in one answer: its cells wait for Excel's own calculation.
    }
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
  // Once loaded, a FIT cell Excel invokes again answers at once (from what stream.ts remembers).
  if (fitEngine) {
    streamFunction(livePlan, name, args, invocation, toCell, { fitEngine });
    return;
  }
  // The engine's chunk loads on the first FIT cell; until then the cell shows as busy.
  let canceled = false;
  invocation.onCanceled = () => (canceled = true);
  loadFitEngine().then(
    (loaded) => {
      fitEngine = loaded;
      if (!canceled) streamFunction(livePlan, name, args, invocation, toCell, { fitEngine });
    },
    () => invocation.setResult(toCell(notAvailable(SOLVER_MISSING))),
  );
}

let fitEngine: FitEngine | undefined;

const SOLVER_MISSING = "Dekking zoeken kon zijn rekenmodule niet laden; voer de formule opnieuw in.";

export function streamCheck<T>(invocation: ResultSink<T>, toCell: (result: Result<number>) => T): void {
  // Excel invokes a CHECK cell again on a ribbon click or a second calculation; while another CHECK cell
  // kept the count current, the count it has is the answer, without reading every sheet again.
  const outdated = liveCheck.current() === undefined || !watching || (liveCheck.listenerCount() === 0 && checkOutdated);
  streamResult(liveCheck, (state) => state, invocation, toCell);
  void start().then(async (inExcel) => {
    if (!inExcel) liveCheck.update(notAvailable("CHECK controleert de geopende werkmap; hier is geen werkmap."));
    else if (outdated) {
      checkOutdated = false;
      await checkRefresh.trigger();
    }
  });
}
