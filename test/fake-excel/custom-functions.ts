/**
 * The `CustomFunctions` global as Excel gives it to a functions bundle, for tests: cell errors carry
 * their code, and (in the browser tests) every associated streaming function becomes a function the
 * fake host's formula evaluator knows, so a `=SAMEN.GAP(…)` cell shows what the real bundle streams.
 * No Node imports: this file bundles for the browser.
 */
import type { FakeExcel } from "./index";

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

type StreamingFunction = (...args: unknown[]) => void;

/**
 * One stream per formula text and arguments, started when the evaluator first meets the cell (as Excel
 * starts it when the formula is entered); the cell shows `#BUSY!` until the first result, then the latest.
 */
export function streamingCustomFunctions(fake: FakeExcel, namespace: string) {
  const latest = new Map<string, unknown>();
  return {
    Error: FakeCellError,
    ErrorCode: CELL_ERROR_CODES,
    associate(id: string, fn: StreamingFunction) {
      fake.registerFunction(`${namespace}.${id}`, (...args: unknown[]) => {
        const key = JSON.stringify([id, args]);
        if (!latest.has(key)) {
          latest.set(key, "#BUSY!");
          // Excel passes null for every optional argument the formula leaves out; the invocation comes last.
          const padded = [...args, ...Array<null>(Math.max(0, fn.length - 1 - args.length)).fill(null)];
          fn(...padded, {
            setResult: (value: unknown) => latest.set(key, value instanceof FakeCellError ? value.code : value),
          });
        }
        return latest.get(key);
      });
    },
  };
}
