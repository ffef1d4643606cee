import { MODEL_FUNCTIONS } from "../../src/model/functions/table";
import { expectBuilt, readDist } from "./build";
import type { FunctionsMetadata } from "./load-bundle";

const { localizeMetadata } = require("../../scripts/dutch-metadata") as {
  localizeMetadata: (metadata: unknown, help: unknown) => unknown;
};

const EXPECTED = {
  TOTAL: [
    ["year", "number", false],
    ["line", "string", true],
  ],
  BUDGET: [["year", "number", false]],
  RESERVE: [["year", "number", false]],
  ACTIELIJN: [
    ["line", "number", false],
    ["year", "number", true],
  ],
  ACTION: [
    ["action", "number", false],
    ["year", "number", true],
  ],
  PROPOSAL: [
    ["proposal", "number", false],
    ["field", "string", true],
  ],
  COST: [
    ["plan", "any", false],
    ["year", "number", true],
    ["kind", "string", true],
    ["estimate", "string", true],
  ],
  FREED: [
    ["plan", "any", false],
    ["year", "number", true],
  ],
  GAP: [
    ["plan", "any", false],
    ["year", "number", true],
    ["estimate", "string", true],
    ["cumulative", "boolean", true],
  ],
  UNKNOWN: [["plan", "any", false]],
  PROPOSALS: [["plan", "any", false]],
  FIT: [
    ["plan", "any", false],
    ["mode", "string", true],
    ["actions", "any", true],
    ["estimate", "string", true],
    ["requirements", "string", true],
  ],
  FITS: [
    ["plan", "any", false],
    ["mode", "string", true],
    ["actions", "any", true],
    ["estimate", "string", true],
    ["requirements", "string", true],
    ["max", "number", true],
  ],
  CHECK: [],
};

function signature(metadata: FunctionsMetadata) {
  return Object.fromEntries(
    metadata.functions.map((fn) => [fn.id, fn.parameters.map((p) => [p.name, p.type ?? "any", p.optional === true])]),
  );
}

describe("dist/functions.json, generated from the JSDoc", () => {
  beforeAll(expectBuilt);
  const english = () => JSON.parse(readDist("functions.json")) as FunctionsMetadata;
  const dutch = () => JSON.parse(readDist("functions.nl-NL.json")) as FunctionsMetadata;

  test("lists exactly the SAMEN functions with their parameter types and optional flags", () => {
    expect(signature(english())).toEqual(EXPECTED);
  });

  test("every function streams; PROPOSALS and FITS spill a matrix, PROPOSAL may give text, the rest numbers", () => {
    const results = Object.fromEntries(english().functions.map((fn) => [fn.id, [fn.options?.stream, fn.result]]));
    expect(results.PROPOSALS).toEqual([true, { type: "number", dimensionality: "matrix" }]);
    expect(results.PROPOSAL).toEqual([true, {}]);
    expect(results.GAP).toEqual([true, { type: "number" }]);
    expect(results.FIT).toEqual([true, { type: "string" }]);
    expect(results.FITS).toEqual([true, { type: "string", dimensionality: "matrix" }]);
    expect(english().functions.every((fn) => fn.options?.stream === true)).toBe(true);
  });

  test("the Dutch file has the same functions, types and flags, with the model's Dutch parameter names", () => {
    const en = english();
    const nl = dutch();
    expect(
      nl.functions.map((fn) => [fn.id, fn.name, fn.result, fn.parameters.map((p) => [p.type, p.optional])]),
    ).toEqual(en.functions.map((fn) => [fn.id, fn.name, fn.result, fn.parameters.map((p) => [p.type, p.optional])]));
    const dutchNames = Object.fromEntries(nl.functions.map((fn) => [fn.id, fn.parameters.map((p) => p.name)]));
    const modelNames = Object.fromEntries(Object.entries(MODEL_FUNCTIONS).map(([id, spec]) => [id, [...spec.params]]));
    modelNames.CHECK = [];
    expect(dutchNames).toEqual(modelNames);
    expect(nl.functions.find((fn) => fn.id === "GAP")!.description).toBe(
      "De reservering plus wat geschrapte acties vrijmaken min de kosten van een plan: negatief is een tekort.",
    );
  });

  test("the Dutch generator names what its table lacks instead of writing half a file", () => {
    const metadata = { functions: [{ id: "GAP", name: "GAP", parameters: [{ name: "scenario" }, { name: "year" }] }] };
    const help = {
      GAP: { description: "Tekort", parameters: { scenario: { name: "scenario", description: "s" } } },
      OLD: { description: "weg", parameters: {} },
    };
    expect(() => localizeMetadata(metadata, help)).toThrow(
      "Nederlandse functiehulp onvolledig: OLD staat in de Nederlandse hulp maar is geen functie; GAP: parameter year heeft geen Nederlandse naam.",
    );
  });
});
