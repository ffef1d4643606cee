/**
 * Themes are the workbook's text (issue 18): a theme the letter does not have counts like the letter's,
 * in the requirements and in the order the pane groups by. Proposal 14 (Overige onderwerpen, € 100.000
 * structureel) is given a theme of its own here, as an officer would in the Voorstellen table.
 */
import { callModelFunction } from "../../src/model/functions/table";
import { PlanQueries } from "../../src/model/functions/queries";
import { loadFitEngine } from "../../src/model/fit/load-engine";
import type { FitEngine } from "../../src/model/fit/engine";
import { LETTER_PLAN } from "../../src/model/letter/dataset";
import { themesOf } from "../../src/model/schema";

const OWN = "Arbeidsmarkt";
const plan = {
  ...LETTER_PLAN,
  proposals: LETTER_PLAN.proposals.map((proposal) => (proposal.number === 14 ? { ...proposal, theme: OWN } : proposal)),
};
const queries = new PlanQueries(plan);
let fitEngine: FitEngine;
beforeAll(async () => {
  fitEngine = await loadFitEngine();
}, 60_000);

describe("a theme of the workbook's own", () => {
  it("follows the letter's eight themes, in Bijlage 1's order", () => {
    expect(themesOf(plan.proposals)).toEqual([
      "Klantaanpak",
      "Bescherming van minderjarigen",
      "Criminele uitbuiting",
      "Opvang van slachtoffers",
      "Technologie",
      "Daderaanpak",
      "Overige onderwerpen",
      "Ander beleidsterrein",
      OWN,
    ]);
  });

  it("counts in `per thema`: keeping none of it contradicts the requirement, whatever the money", () => {
    // 1, 2 (Klantaanpak) and 14 (now Arbeidsmarkt): per thema 1 needs 14, hoogstens 0 van 14 forbids it.
    expect(
      callModelFunction(queries, "FIT", ["1, 2, 14", "kiezen", null, null, "per thema 1; hoogstens 0 van 14"], {
        fitEngine,
      }),
    ).toEqual({
      ok: false,
      kind: "not-available",
      message:
        'Geen plan voldoet aan de eisen (kiezen), wat het ook kost. Een plan past wel zonder de eis "per thema 1" of zonder de eis "hoogstens 0 van 14".',
    });
  });

  it("is named in `thema NAAM N`", () => {
    const answer = callModelFunction(queries, "FIT", ["1, 2, 14", "kiezen", null, null, `thema ${OWN} 1`], {
      fitEngine,
    });
    expect(answer).toEqual({ ok: true, value: "1, 2, 14" });
  });
});
