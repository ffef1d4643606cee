/**
 * The model src/load makes of the ministry's copies in the corpus (test/corpus/other-writers, written by
 * openpyxl and LibreOffice from the letter's printed Bijlage 2): the letter's figures, so the letter's
 * dataset is the oracle; and the proposals of a copy of Bijlage 1 where the copy has one.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { main } from "../../src/cli/main";
import { modelFromCopy } from "../../src/load/model-from-copy";
import { LETTER_PLAN } from "../../src/model/letter/dataset";
import { readGridFromXlsx } from "../../src/xlsx/read-grid";
import { captureIO } from "../support/capture-io";

const corpus = path.resolve(__dirname, "../corpus/other-writers");
const CLEAN = [
  "schoon-brief",
  "schoon-jaarformules",
  "schoon-kolommen",
  "schoon-verspreid",
  "schoon-eenheden",
  "schoon-datumjaren",
];

async function modelOf(file: string) {
  const read = await readGridFromXlsx(file);
  if (!read.ok) throw new Error(read.message);
  return modelFromCopy(read.workbook);
}

describe("the model from a copy of Bijlage 2", () => {
  it.each(["openpyxl", "libreoffice"].flatMap((writer) => CLEAN.map((name) => [writer, name])))(
    "%s/%s: the letter's lines, actions and amounts, descriptions as written",
    async (writer, name) => {
      const copy = await modelOf(path.join(corpus, writer, `${name}.xlsx`));
      if (copy.kind !== "model") throw new Error(JSON.stringify(copy));
      const { plan } = copy;
      expect(plan.kader.map((row) => [row.year, row.frame, row.phase])).toEqual(
        LETTER_PLAN.kader.map((row) => [row.year, row.frame, row.phase]),
      );
      expect(plan.budgetLines.map((line) => [line.id, line.description, line.actionLine, line.amounts])).toEqual(
        LETTER_PLAN.budgetLines.map((line) => [line.id, line.description, line.actionLine, line.amounts]),
      );
      expect(plan.actions.map((action) => [action.numbers, action.actionLine, action.amounts])).toEqual(
        LETTER_PLAN.actions.map((action) => [action.numbers, action.actionLine, action.amounts]),
      );
    },
  );

  it("takes the proposals of the copy of Bijlage 1 beside it, theme and priority from its group titles", async () => {
    const copy = await modelOf(path.join(corpus, "openpyxl", "schoon-kolommen.xlsx"));
    if (copy.kind !== "model") throw new Error(JSON.stringify(copy));
    expect(copy.ownProposals).toBe(true);
    // The copy holds the group "Klantaanpak Meest kansrijke acties" (1–3) and "… Kansrijke acties" (4–5).
    const letter = LETTER_PLAN.proposals.filter((proposal) => proposal.number <= 5);
    expect(copy.plan.proposals.map((p) => [p.number, p.theme, p.priority, p.costText])).toEqual(
      letter.map((p) => [p.number, p.theme, p.priority, p.costText]),
    );
  });

  it("samen workbook --from with that copy: GAP answers from its own proposals", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "samen-from-b1-"));
    try {
      const out = path.join(dir, "uit.xlsx");
      const io = captureIO();
      expect(await main(["workbook", out, "--from", path.join(corpus, "openpyxl", "schoon-kolommen.xlsx")], io)).toBe(
        0,
      );
      expect(io.stdout.join("\n")).toContain("Voorstellen (5 voorstellen)");
      // Reserve 2024, h "0,5" in € mln = 500.000; meest kansrijk of the copy is 1, 2 and 3: "Geen.", "Geen.",
      // "€ 175.000 incidenteel" in their start year 2024.
      const gap = captureIO();
      expect(await main(["fn", "GAP", "meest kansrijk", "2024", "--workbook", out], gap)).toBe(0);
      expect(gap.stdout).toEqual([String(500_000 - 175_000)]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
