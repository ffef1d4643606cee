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

/**
 * As much of a page as webpack's chunk loader uses: a chunk is a script element appended to the head,
 * which the browser fetches from beside the page (publicPath "") and runs, then fires its load event.
 */
function pageDocument(context: () => vm.Context) {
  type Script = { src: string; onload?: (event: unknown) => void; onerror?: (event: unknown) => void };
  return {
    getElementsByTagName: () => [],
    createElement: (): Script & { setAttribute(): void } => ({ src: "", setAttribute() {} }),
    head: {
      appendChild(script: Script) {
        setTimeout(() => {
          try {
            vm.runInContext(readDist(script.src), context(), { filename: script.src });
          } catch (error) {
            script.onerror?.({ type: "error", target: script, error });
            return;
          }
          script.onload?.({ type: "load", target: script });
        });
      },
    },
  };
}

/**
 * Runs dist/functions.js with a recording CustomFunctions (or the host's, in `hostGlobals`). In a page
 * (`page: true`, as Excel's shared runtime is) the chunks it loads on first use are found beside it;
 * without one none can load. `commands: true` runs the ribbon's bundle after it, as taskpane.html does.
 */
export function loadFunctionsBundle(
  hostGlobals: Record<string, unknown> = {},
  { page = false, commands = false }: { page?: boolean; commands?: boolean } = {},
): LoadedFunctions {
  const associated = new Map<string, (...args: unknown[]) => unknown>();
  const CustomFunctions = {
    associate(id: string, fn: (...args: unknown[]) => unknown) {
      associated.set(id, fn);
    },
    Error: FakeCellError,
    ErrorCode: CELL_ERROR_CODES,
  };
  const document = page ? { document: pageDocument(() => context) } : {};
  const context: vm.Context = vm.createContext({
    CustomFunctions,
    console,
    setTimeout,
    clearTimeout,
    ...document,
    ...hostGlobals,
  });
  vm.runInContext(readFunctionsBundle(), context, { filename: "functions.js" });
  if (commands) {
    const script = /<script[^>]* src="?(commands\.[^"\s>]*\.js)/.exec(readDist("taskpane.html"))?.[1];
    if (!script) throw new Error("taskpane.html laadt geen commands-bundel");
    vm.runInContext(readDist(script), context, { filename: script });
  }
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
