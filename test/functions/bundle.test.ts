import fc from "fast-check";
import zlib from "zlib";
import { expectBuilt, readDist, readFunctionsBundle } from "./build";
import { FakeCellError, loadFunctionsBundle, type FunctionsMetadata, type LoadedFunctions } from "./load-bundle";

describe("the functions bundle the manifest names, loaded with a recording CustomFunctions, before the model is in the workbook", () => {
  let fns: LoadedFunctions;
  let metadata: FunctionsMetadata;
  beforeAll(() => {
    expectBuilt();
    metadata = JSON.parse(readDist("functions.json")) as FunctionsMetadata;
    fns = loadFunctionsBundle();
  });

  test("associates every id of functions.json, and nothing else (a missing one is #NAME? in Excel)", () => {
    expect([...fns.ids].sort()).toEqual(metadata.functions.map((fn) => fn.id).sort());
    expect(fns.ids).toHaveLength(14);
  });

  test("the bundle carries no React or Fluent UI and stays under 60.000 bytes gzipped", () => {
    const code = readFunctionsBundle();
    // React 19 marks its elements with these symbols; Fluent UI's styling engine (Griffel) tags its style elements.
    expect(code).not.toMatch(
      /react\.(transitional\.)?element|react\.fragment|__CLIENT_INTERNALS|data-make-styles-bucket/,
    );
    expect(zlib.gzipSync(code).length).toBeLessThan(60_000);
  });

  test("the function associated as GAP gives -675.000 for meest kansrijk in 2024", () => {
    expect(fns.invoke("GAP", "meest kansrijk", 2024).results).toEqual([-675000]);
    expect(fns.invoke("GAP", "Meest Kansrijk").latest()).toBe(-525000);
  });

  test.each([
    ["TOTAL", [2024], 2000000],
    ["TOTAL", [2025, "h"], 200000],
    ["BUDGET", [2026], 2000000],
    ["RESERVE", [2024], 500000],
    ["RESERVE", [2026], 1050000],
    ["ACTIELIJN", [2, 2025], 400000],
    ["UNKNOWN", ["meest kansrijk"], 3],
    ["GAP", ["meest kansrijk", 2025], -350000],
    ["GAP", ["meest kansrijk", 2026], 500000],
    ["COST", ["meest kansrijk", 2024, "incidenteel"], 625000],
    ["PROPOSAL", [5, "hoog"], 1000000],
  ])("%s(%j) = %d, the letter's figure", (id, args, expected) => {
    expect(fns.invoke(id, ...args).latest()).toBe(expected);
  });

  test("PROPOSALS spills the scenario's numbers as a column", () => {
    expect(fns.invoke("PROPOSALS", "13, 3").latest()).toEqual([[3], [13]]);
  });

  test("typed failures become #N/A and #VALUE! with the model's Dutch message", () => {
    expect(fns.invoke("GAP", "x", 2024).latest()).toEqual(
      new FakeCellError(
        "#N/A",
        'Onbekend scenario "x": kies "meest kansrijk", "kansrijk", "alle", een lijst als "3,13" of een bewaard scenario.',
      ),
    );
    expect(fns.invoke("TOTAL", 2030).latest()).toEqual(
      new FakeCellError("#N/A", "Onbekend jaar 2030: het actieplan loopt van 2023 tot en met 2026."),
    );
    expect(fns.invoke("COST", "alle", 2024, "soms").latest()).toMatchObject({ code: "#VALUE!" });
    expect(fns.invoke("PROPOSAL", 4, "incidenteel").latest()).toMatchObject({ code: "#N/A" });
  });

  test("CHECK outside a workbook says so as #N/A instead of waiting forever", async () => {
    const check = fns.invoke("CHECK");
    await new Promise((resolve) => setImmediate(resolve));
    expect(check.results).toEqual([
      new FakeCellError("#N/A", "CHECK controleert de geopende werkmap; hier is geen werkmap."),
    ]);
  });

  test("random arguments never throw: every call answers once with a value or a #VALUE!/#N/A", () => {
    const scalar = fc.oneof(
      fc.integer({ min: -5, max: 3000 }),
      fc.double(),
      fc.constantFrom(Number.MAX_VALUE, -Infinity, NaN, 1e308, 2024.5),
      fc.string(),
      fc.constantFrom("meest kansrijk", "3,13", "a", "actielijn 9", "hoog", "", "  "),
      fc.boolean(),
      fc.constant(null),
    );
    const arg = fc.oneof(scalar, fc.array(fc.array(scalar, { maxLength: 3 }), { maxLength: 3 }));
    fc.assert(
      fc.property(
        // FIT and FITS answer once their chunk has loaded (below), not at once.
        fc.constantFrom(
          ...metadata.functions.filter((fn) => fn.parameters.length > 0 && fn.id !== "FIT" && fn.id !== "FITS"),
        ),
        fc.array(arg, { maxLength: 4 }),
        (fn, args) => {
          const invocation = fns.invoke(fn.id, ...args.slice(0, fn.parameters.length));
          expect(invocation.results).toHaveLength(1);
          const value = invocation.latest();
          if (value instanceof FakeCellError) expect(["#VALUE!", "#N/A"]).toContain(value.code);
          else if (Array.isArray(value)) expect(value.flat().every(Number.isInteger)).toBe(true);
          else expect(["number", "string"]).toContain(typeof value);
        },
      ),
      { numRuns: 400 },
    );
  });

  test("FIT loads its engine on first use; where no chunk can load it says so as #N/A, never throws", async () => {
    const invocation = fns.invoke("FIT", "meest kansrijk", null, null, null, null);
    expect(invocation.results).toHaveLength(0);
    await new Promise((resolve) => setTimeout(resolve, 50));
    const value = invocation.latest();
    expect(value).toBeInstanceOf(FakeCellError);
    expect((value as FakeCellError).code).toBe("#N/A");
    expect((value as FakeCellError).message).toBe(
      "Dekking zoeken kon zijn rekenmodule niet laden; voer de formule opnieuw in.",
    );
  });
});
