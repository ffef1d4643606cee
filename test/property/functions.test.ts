/**
 * Every SAMEN function meets whatever a cell holds: numbers (huge, NaN, ±Infinity), text, booleans,
 * blanks and ranges. Whatever the arguments, a call returns a value or a failure with a Dutch message;
 * it never throws out of the runtime.
 */
import fc from "fast-check";
import { main } from "../../src/cli/main";
import { loadFitEngine } from "../../src/model/fit/load-engine";
import {
  callModelFunction,
  MODEL_FUNCTIONS,
  type FunctionContext,
  type ModelFunctionName,
} from "../../src/model/functions/table";
import { LETTER_PLAN } from "../../src/model/letter/dataset";
import { PlanQueries } from "../../src/model/functions/queries";
import { captureIO } from "../support/capture-io";
import { proposalRows } from "../support/saved-plan";

const queries = new PlanQueries(LETTER_PLAN, [
  proposalRows("Mijn keuze", [3, 13], 2025),
  proposalRows("Met een gat", [99], 2024),
]);
const NAMES = Object.keys(MODEL_FUNCTIONS) as ModelFunctionName[];
/** FIT's engine, loaded as the runtime and the command line load it. */
const context: FunctionContext = {};
beforeAll(async () => {
  context.fitEngine = await loadFitEngine();
  // Compiling HiGHS's WebAssembly takes seconds on a busy machine.
}, 60_000);

/** Values that mean something to some function, so random calls also reach the successful paths. */
const meaningful = fc.constantFrom(
  2023,
  2024,
  2026,
  "2025",
  " 2024 ",
  1,
  5,
  "3",
  "a",
  "H",
  "actielijn 3",
  "meest kansrijk",
  " Kansrijk ",
  "ALLE",
  "3,13",
  "3 13",
  "meest kansrijk; schrap 26",
  "3 vanaf 2025, 13; zonder 3",
  "WAAR",
  "onwaar",
  "mijn keuze",
  "met een gat",
  "kosten",
  "hoog",
  "laag",
  "incidenteel",
  "structureel",
  "totaal",
  "status",
  "bron",
  "schrappen",
  "uitstellen",
  "kiezen",
  "9, 26",
);

const scalar = fc.oneof(
  meaningful,
  fc.integer(),
  fc.double(),
  fc.constantFrom(NaN, Infinity, -Infinity, -0, Number.MAX_VALUE, Number.MAX_SAFE_INTEGER + 2, 1e308, 2024.5),
  fc.string({ maxLength: 30 }),
  fc.boolean(),
  // Excel passes an omitted or blank argument as null, never undefined.
  fc.constantFrom(null, ""),
);

/** Ranges as Excel passes them: rows of cells, possibly nested deeper by a careless caller. */
const argument = fc.letrec((tie) => ({
  arg: fc.oneof({ depthSize: "small", withCrossShrink: true }, scalar, tie("range")),
  range: fc.array(tie("arg"), { maxLength: 3 }),
})).arg;

/** Dutch, for a user: a sentence, no leaked JavaScript words. */
function expectDutchMessage(message: string): void {
  expect(message.trim().length).toBeGreaterThan(10);
  expect(message).toMatch(/\b(?:moet|moeten|onbekend|onbekende|geef|gebruik|kies|heeft|noemt|er zijn)\b/i);
  expect(message).not.toMatch(/\bundefined\b|\[object |TypeError|is not a function|Cannot read/);
  expect(message).not.toMatch(/niet (?:null|NaN|-?Infinity)\./);
}

/** A whole number of euros, a text, or a column of either (PROPOSALS spills numbers, FITS plan texts). */
function expectWellFormedValue(value: unknown): void {
  if (Array.isArray(value)) for (const item of value) expectWellFormedValue(item);
  else if (typeof value === "number") expect(Number.isSafeInteger(value)).toBe(true);
  else expect(typeof value).toBe("string");
}

describe.each(NAMES)("SAMEN.%s with random arguments", (name) => {
  it("returns a whole-euro value or a failure with a Dutch message, never throws", () => {
    fc.assert(
      fc.property(fc.array(argument, { maxLength: 5 }), (args) => {
        const result = callModelFunction(queries, name, args, context);
        if (result.ok) expectWellFormedValue(result.value);
        else {
          expect(["value", "not-available"]).toContain(result.kind);
          expectDutchMessage(result.message);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe("random calls reach both outcomes", () => {
  it("succeeds on some random argument lists and fails on others, for every function", () => {
    const seen = new Map(NAMES.map((name) => [name, new Set<boolean>()]));
    fc.assert(
      fc.property(fc.constantFrom(...NAMES), fc.array(meaningful, { minLength: 1, maxLength: 4 }), (name, args) => {
        seen.get(name)!.add(callModelFunction(queries, name, args, context).ok);
      }),
      { numRuns: 1_000, seed: 7 },
    );
    for (const [name, outcomes] of seen) expect([name, [...outcomes].sort()]).toEqual([name, [false, true]]);
  });
});

describe("samen fn with random words on the command line", () => {
  const word = fc.oneof(
    meaningful.map(String),
    fc.string({ maxLength: 20 }),
    fc.constantFrom("--json", "-1", "1e3", "∞"),
  );
  const name = fc.oneof(fc.constantFrom(...NAMES, ...NAMES.map((n) => `samen.${n.toLowerCase()}`)), fc.string());

  it("answers with exit 0 and a value, 1 and #VALUE!/#N/A with a message, or 2 and the usage, never throws", async () => {
    await fc.assert(
      fc.asyncProperty(name, fc.array(word, { maxLength: 5 }), async (fn, args) => {
        const io = captureIO();
        const exit = await main(["fn", fn, ...args], io);
        const [out, err] = [io.stdout.join("\n"), io.stderr.join("\n")];
        if (exit === 0) expect(out.trim()).not.toBe("");
        else if (exit === 1) expectDutchMessage(out.replace(/^#(?:VALUE!|N\/A): /, ""));
        else expect(err).toMatch(/Onbekende functie|Gebruik: samen fn/);
        expect(`${out}\n${err}`).not.toMatch(/\n\s+at |Error:/);
      }),
      { numRuns: 200 },
    );
    // FIT's engine compiles HiGHS once per process: seconds on a busy machine.
  }, 60_000);
});
