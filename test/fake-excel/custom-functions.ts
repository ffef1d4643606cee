/**
 * The `CustomFunctions` global as Excel gives it to a functions bundle, for tests: cell errors carry
 * their code, and every associated streaming function becomes a function the fake host's formula
 * evaluator knows, so a `=SAMEN.GAP(…)` cell shows what the real bundle streams.
 *
 * Streams follow Excel's calculation: one stream per function and arguments, shared by every cell that
 * calls it, invoked when a recalculation first meets it and cancelled when no cell calls it any more.
 * The switches make the host fail as Excel does (docs/fake-host.md, with the office-js issues).
 * No Node imports: this file bundles for the browser.
 */
import type { CellValue, FakeExcel } from "./index";

export class FakeCellError {
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {}
}

export const CELL_ERROR_CODES = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  nullReference: "#NULL!",
};

/** Excel's behaviours that the fake leaves out unless a test asks for them. */
export interface ExcelQuirks {
  /** office-js#6483: the stream a changed formula leaves is cancelled after its successor was invoked, a moment later. */
  lateCancel?: boolean;
  /** office-js#3011 (Excel on the web): entering a streaming formula invokes the streams of the cells entered before it again. */
  webCalculatesTwice?: boolean;
  /** office-js#6285, #6518: a click on one of the add-in's ribbon buttons invokes every stream again. */
  ribbonReinvokes?: boolean;
}

type StreamingFunction = (...args: unknown[]) => void;

interface Invocation {
  /** "RESERVE(2024)": the function and arguments it serves. */
  label: string;
  setResult(value: unknown): void;
  onCanceled?: () => void;
  canceled: boolean;
}

interface Stream {
  key: string;
  id: string;
  args: unknown[];
  /** The cells whose formulas call it, as the last recalculation found them. */
  cells: Set<string>;
  invocation?: Invocation;
  /** What its cells show: `#BUSY!` until the invocation's first result. */
  latest: unknown;
  /** What its cells showed, each change in order: a `#BUSY!` after a value is a recalculation the officer saw. */
  shown: unknown[];
}

export interface StreamCounts {
  invocations: number;
  cancellations: number;
  /** setResult on an invocation Excel had cancelled: the runtime kept a dead stream alive. */
  resultsAfterCancel: number;
  /** Streams whose cells still show a value no live invocation will ever change (lost in a runtime reload). */
  orphaned: number;
}

export function streamingCustomFunctions(fake: FakeExcel, namespace: string, quirks: ExcelQuirks = {}) {
  const functions = new Map<string, StreamingFunction>();
  const streams = new Map<string, Stream>();
  const counts = { invocations: 0, cancellations: 0, resultsAfterCancel: 0 };
  /** Invocations whose cancellation is on its way (lateCancel). */
  const dying = new Set<Invocation>();
  let calculating: string | null = null;
  let metDuringCalculation: Stream[] = [];

  const show = (stream: Stream) => {
    if (JSON.stringify(stream.shown.at(-1)) !== JSON.stringify(stream.latest)) stream.shown.push(stream.latest);
  };

  const invoke = (stream: Stream) => {
    const fn = functions.get(stream.id);
    if (!fn) return; // The runtime is gone (reloaded): nothing answers until a calculation meets a new one.
    const invocation: Invocation = {
      label: `${stream.id}(${stream.args.join(";")})`,
      canceled: false,
      setResult(value: unknown) {
        if (invocation.canceled) {
          counts.resultsAfterCancel++;
          return;
        }
        if (stream.invocation !== invocation) return;
        stream.latest = value instanceof FakeCellError ? value.code : value;
        show(stream);
      },
    };
    const previous = stream.invocation;
    stream.invocation = invocation;
    stream.latest = "#BUSY!";
    counts.invocations++;
    // Excel passes null for every optional argument the formula leaves out; the invocation comes last.
    const padded = [...stream.args, ...Array<null>(Math.max(0, fn.length - 1 - stream.args.length)).fill(null)];
    fn(...padded, invocation);
    show(stream);
    return previous;
  };

  const cancel = (invocation: Invocation | undefined) => {
    if (!invocation || invocation.canceled) return;
    invocation.canceled = true;
    counts.cancellations++;
    invocation.onCanceled?.();
  };

  /** Cancels after the recalculation ends (#6483) or at once, as the docs once promised. */
  const cancelAll = (invocations: (Invocation | undefined)[]) => {
    if (!quirks.lateCancel) return invocations.forEach(cancel);
    const later = invocations.filter((invocation): invocation is Invocation => invocation !== undefined);
    later.forEach((invocation) => dying.add(invocation));
    setTimeout(() => later.forEach((invocation) => (dying.delete(invocation), cancel(invocation))));
  };

  /** Invokes streams anew, as a calculation that includes their cells does; the old invocations are cancelled. */
  const reinvoke = (again: Stream[]) => {
    if (quirks.lateCancel) cancelAll(again.map(invoke));
    else
      for (const stream of again) {
        cancel(stream.invocation);
        invoke(stream);
      }
  };

  const recalculate = (calculate: (stream: Stream) => boolean) => {
    const before = [...streams.values()];
    for (const stream of before) stream.cells.clear();
    for (const cell of fake.formulaCells()) {
      calculating = cell.key;
      cell.evaluate();
    }
    calculating = null;
    const fresh = metDuringCalculation.splice(0);
    const gone = before.filter((stream) => stream.cells.size === 0);
    for (const stream of gone) streams.delete(stream.key);
    // On the web a new streaming formula makes Excel calculate the streaming cells entered before it again.
    const twice = quirks.webCalculatesTwice && fresh.length > 0;
    const again = before.filter((stream) => stream.cells.size > 0 && (twice || calculate(stream)));
    if (quirks.lateCancel) {
      fresh.forEach(invoke);
      cancelAll(gone.map((stream) => stream.invocation));
    } else {
      cancelAll(gone.map((stream) => stream.invocation));
      fresh.forEach(invoke);
    }
    reinvoke(again);
  };

  fake.onCalculation((event) => {
    switch (event.type) {
      case "recalculate":
        return recalculate(() => false);
      case "calculate": {
        const cells = event.cells;
        return recalculate((stream) => cells === "all" || [...stream.cells].some((cell) => cells.has(cell)));
      }
      case "ribbon":
        if (quirks.ribbonReinvokes) reinvoke([...streams.values()]);
        return;
      case "reload":
        // The page that answered is gone; Excel keeps the streams and what their cells show (office-js#1107).
        functions.clear();
        for (const stream of streams.values()) stream.invocation = undefined;
        return;
    }
  });

  return {
    Error: FakeCellError,
    ErrorCode: CELL_ERROR_CODES,
    associate(id: string, fn: StreamingFunction) {
      // Excel calculates an opened workbook's streaming cells once their functions are known
      // (office-js#2220), one calculation for all the functions a bundle associates.
      if (functions.size === 0) queueMicrotask(() => recalculate(() => false));
      functions.set(id, fn);
      fake.registerFunction(`${namespace}.${id}`, (...args: unknown[]) => {
        const key = JSON.stringify([id, args]);
        let stream = streams.get(key);
        if (!stream) {
          stream = { key, id, args, cells: new Set(), latest: "#BUSY!", shown: [] };
          streams.set(key, stream);
          if (calculating === null) invoke(stream);
          else metDuringCalculation.push(stream);
        }
        if (calculating !== null) stream.cells.add(calculating);
        return stream.latest;
      });
    },
    counts(): StreamCounts {
      const orphaned = [...streams.values()].filter((stream) => !stream.invocation).length;
      return { ...counts, orphaned };
    },
    /** What the cells of a stream showed, in order (`#BUSY!` included), by function id and arguments. */
    shown(id: string, ...args: CellValue[]): unknown[] {
      return streams.get(JSON.stringify([id, args]))?.shown ?? [];
    },
    /** Invocations Excel has not cancelled (yet), as "ID(args)", sorted. */
    live(): string[] {
      const current = [...streams.values()].flatMap((stream) => (stream.invocation ? [stream.invocation] : []));
      return [...current, ...dying]
        .filter((invocation) => !invocation.canceled)
        .map((i) => i.label)
        .sort();
    },
  };
}

export type StreamingCustomFunctions = ReturnType<typeof streamingCustomFunctions>;
