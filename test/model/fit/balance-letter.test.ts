/**
 * Requirements and afwegen on the letter, through the formula library. The #N/A texts worked out by
 * hand from Bijlage 1 and line h (reserve € 500.000 in 2024, € 200.000 in 2025, € 1.050.000 in 2026),
 * the reasoning beside each case.
 */
import { callModelFunction, type FunctionValue } from "../../../src/model/functions/table";
import type { FitEngine } from "../../../src/model/fit/engine";
import { loadFitEngine } from "../../../src/model/fit/load-engine";
import { LETTER_PLAN } from "../../../src/model/letter/dataset";
import { PlanQueries } from "../../../src/model/functions/queries";
import type { Result } from "../../../src/model/result";

const queries = new PlanQueries(LETTER_PLAN);
let fitEngine: FitEngine;
beforeAll(async () => {
  fitEngine = await loadFitEngine();
}, 60_000);

const call = (name: "FIT" | "GAP" | "PROPOSAL", ...args: unknown[]): Result<FunctionValue> =>
  callModelFunction(queries, name, args, { fitEngine });
const MEEST_KANSRIJK = [1, 2, 3, 6, 7, 8, 9, 10, 11, 12, 13, 20, 21, 22, 23, 24, 25, 26, 27];

describe("FIT with requirements on the letter", () => {
  it("kiezen, per thema 1: no plan; 9, 10 and 13 are their themes' only proposals", () => {
    // Kept by force: 10 (€ 300.000 a year), 9 (€ 100.000 in 2024), 13 (€ 100.000 + € 50.000 in 2024,
    // € 50.000 after). 2024: 550.000 against 500.000; 2025: 350.000 against 200.000; 2026 fits. Every
    // other theme has a proposal that costs nothing, and any more only adds to the shortfall.
    expect(call("FIT", "meest kansrijk", "kiezen", null, null, "per thema 1")).toEqual({
      ok: false,
      kind: "not-available",
      message:
        'Geen plan past (kiezen): ook het plan met het kleinste tekort heeft in 2024 € 50.000 en in 2025 € 150.000 tekort. Een plan past wel zonder de eis "per thema 1".',
    });
  });

  it("kiezen, thema Technologie 1: only 2025 stays short, by 10's € 300.000 less the reserve", () => {
    // 10 alone in 2025 costs 300.000 against 200.000; in 2024 it fits beside nothing else that costs.
    expect(call("FIT", "meest kansrijk", "kiezen", null, null, "thema technologie 1")).toEqual({
      ok: false,
      kind: "not-available",
      message:
        'Geen plan past (kiezen): ook het plan met het kleinste tekort heeft in 2025 € 100.000 tekort. Een plan past wel zonder de eis "thema technologie 1".',
    });
  });

  it("requirements that contradict each other whatever the money: each one binds", () => {
    expect(call("FIT", "meest kansrijk", "kiezen", null, null, "vast 9; hoogstens 0 van 9")).toEqual({
      ok: false,
      kind: "not-available",
      message:
        'Geen plan voldoet aan de eisen (kiezen), wat het ook kost. Een plan past wel zonder de eis "vast 9" of zonder de eis "hoogstens 0 van 9".',
    });
  });

  it("kiezen, 24 met 23 and hoogstens 1 van 11, 21: the answer honours both", () => {
    const answer = call("FIT", "meest kansrijk", "kiezen", null, null, "hoogstens 1 van 11, 21; 24 met 23");
    if (!answer.ok) throw new Error(answer.message);
    const kept = String(answer.value)
      .split(";")[0]
      .split(", ")
      .map((part) => Number(part.split(" ")[0]));
    expect(kept.filter((n) => n === 11 || n === 21).length).toBeLessThanOrEqual(1);
    expect(!kept.includes(24) || kept.includes(23)).toBe(true);
  });

  it("afwegen with per thema 1 keeps every Meest kansrijk proposal, and GAP agrees", () => {
    const answer = call("FIT", "meest kansrijk", "afwegen", "1, 2, 5, 9, 30, 31", "laag", "per thema 1");
    if (!answer.ok) throw new Error(answer.message);
    const text = String(answer.value);
    const kept = text
      .split(";")[0]
      .split(", ")
      .map((part) => Number(part.split(" ")[0]));
    expect(kept).toEqual(MEEST_KANSRIJK);
    for (const year of [2024, 2025, 2026]) {
      const gap = call("GAP", text, year);
      expect(gap.ok && (gap.value as number) >= 0).toBe(true);
    }
  });

  it.each([
    [
      "thema Techniek 1",
      'Eis "thema Techniek 1" (teken 1): onbekend thema "Techniek"; de thema\'s zijn Klantaanpak, Bescherming van minderjarigen, Criminele uitbuiting, Opvang van slachtoffers, Technologie, Daderaanpak, Overige onderwerpen, Ander beleidsterrein.',
    ],
    ["vast 10, 14", 'Eis "vast 10, 14" (teken 1): voorstel 14 zit niet in het plan.'],
    [
      "per thema",
      'Eis 1 ("per thema") is niet te lezen na "per thema" (teken 10): verwacht een aantal, zoals "per thema 1".',
    ],
  ])("%j is #VALUE! saying where", (requirements, message) => {
    expect(call("FIT", "meest kansrijk", "afwegen", null, null, requirements)).toEqual({
      ok: false,
      kind: "value",
      message,
    });
  });
});
