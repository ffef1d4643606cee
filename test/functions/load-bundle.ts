/**
 * Loads the built dist/functions.js as Excel does: a script in a page whose globals include
 * CustomFunctions (here a recording fake) and, once the workbook is there, Excel and Office.
 */
import vm from "vm";
import { CELL_ERROR_CODES, FakeCellError } from "../fake-excel/custom-functions";
import { readDist, readFunctionsBundle } from "./build";

export { FakeCellError } from "../fake-excel/custom-functions";

export interface FunctionsMetadata {
  functions: {
    id: string;
    name: string;
    description: string;
    options?: { stream?: boolean };
    parameters: { name: string; type?: string; dimensionality?: string; optional?: boolean }[];
    result: { type?: string; dimensionality?: string };
  }[];
}

export interface Invocation {
  results: unknown[];
  latest(): unknown;
  cancel(): void;
}

export interface LoadedFunctions {
  ids: string[];
  invoke(id: string, ...args: unknown[]): Invocation;
}

export function loadFunctionsBundle(hostGlobals: Record<string, unknown> = {}): LoadedFunctions {
  const associated = new Map<string, (...args: unknown[]) => unknown>();
  const CustomFunctions = {
    associate(id: string, fn: (...args: unknown[]) => unknown) {
      associated.set(id, fn);
    },
    Error: FakeCellError,
    ErrorCode: CELL_ERROR_CODES,
  };
  const context = vm.createContext({ CustomFunctions, console, setTimeout, clearTimeout, ...hostGlobals });
  vm.runInContext(readFunctionsBundle(), context, { filename: "functions.js" });
  const metadata = JSON.parse(readDist("functions.json")) as FunctionsMetadata;
  const parameterCount = new Map(metadata.functions.map((fn) => [fn.id, fn.parameters.length]));
  return {
    ids: [...associated.keys()],
    invoke(id, ...args) {
      const fn = associated.get(id);
      const count = parameterCount.get(id);
      if (!fn || count === undefined) throw new Error(`${id} is niet geassocieerd of staat niet in functions.json`);
      if (args.length > count) throw new Error(`${id} heeft ${count} parameters, niet ${args.length}`);
      // Excel passes null for every optional argument the formula leaves out.
      const padded = [...args, ...Array<null>(count - args.length).fill(null)];
      const invocation = {
        results: [] as unknown[],
        onCanceled: undefined as undefined | (() => void),
        setResult(value: unknown) {
          this.results.push(value);
        },
      };
      fn(...padded, invocation);
      return {
        results: invocation.results,
        latest: () => invocation.results[invocation.results.length - 1],
        cancel: () => invocation.onCanceled?.(),
      };
    },
  };
}
