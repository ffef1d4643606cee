/**
 * Where Model laden takes the model from: the letter (built in) or the open workbook's copy of
 * Bijlage 2 (model-from-copy.ts). What the pane shows of a copy is decided here, in Dutch.
 */
import type { CopyModel } from "./model-from-copy";

export type LoadSource = "brief" | "werkmap";

/** What the pane may offer for "Uit deze werkmap". */
export type CopyOffer =
  | { kind: "none" }
  /** The copy is there but cannot be loaded: one Dutch line per finding or problem, cell first. */
  | { kind: "refused"; lines: string[] }
  /** "2023–2028, 9 regels, 34 acties; de voorstellen uit de kopie van Bijlage 1". */
  | { kind: "model"; description: string };

type Refused = Extract<CopyModel, { kind: "refused" }>;

function refusedLines(copy: Refused): string[] {
  const findings = copy.findings.map(
    (finding) => `${finding.sheet}!${finding.cell}: ${finding.message} (${finding.rule})`,
  );
  return [...findings, ...copy.problems];
}

export function offerOf(copy: CopyModel): CopyOffer {
  if (copy.kind === "none") return copy;
  if (copy.kind === "refused") return { kind: "refused", lines: refusedLines(copy) };
  const { kader, budgetLines, actions } = copy.plan;
  const years = `${kader[0].year}–${kader[kader.length - 1].year}`;
  const numbers = actions.flatMap((action) => action.numbers).length;
  const proposals = copy.ownProposals ? "de voorstellen uit de kopie van Bijlage 1" : "de voorstellen uit de brief";
  return { kind: "model", description: `${years}, ${budgetLines.length} regels, ${numbers} acties; ${proposals}` };
}

/** Why "Uit deze werkmap" cannot load, for a load asked for anyway (the workbook changed meanwhile). */
export function refusalText(copy: Exclude<CopyModel, { kind: "model" }>): string {
  return copy.kind === "none"
    ? "Deze werkmap bevat geen kopie van Bijlage 2 (een tabel “Programma Samen tegen mensenhandel” met de regels a., b., … en hun jaren)."
    : `De kopie van Bijlage 2 in deze werkmap is niet in orde: ${refusedLines(copy).join(" ")}`;
}
