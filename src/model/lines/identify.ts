/**
 * How a budget line is identified (docs/contracts/horizon.md), one rule for the validator's detection and
 * for the model read from the tables: "Actielijn N" in its description is action line N; lines c–g of the
 * letter summarise action lines 1–5 when the description does not say so; the line whose description
 * starts with "Reservering" is the reserve every GAP starts from.
 */
const ACTION_LINE_IN_TEXT = /\bactielijn\s*(\d+)\b/i;
const RESERVE_TEXT = /^\s*reservering\b/i;
/** Lines c–g summarise action lines 1–5 (Bijlage 2), when the description does not say so itself. */
const ACTION_LINE_OF_LETTER: Readonly<Record<string, number>> = { c: 1, d: 2, e: 3, f: 4, g: 5 };

/** The action number a text names ("Actielijn 6. …", "actielijn 2"), or null. */
export function actionLineInText(text: string): number | null {
  const found = ACTION_LINE_IN_TEXT.exec(text.replace(/\s+/g, " "));
  return found ? Number(found[1]) : null;
}

/** The action line a budget line summarises, from its description, else from the letter's letters c–g. */
export function actionLineOf(lineId: string | null, description: string): number | null {
  return actionLineInText(description) ?? (lineId === null ? null : (ACTION_LINE_OF_LETTER[lineId] ?? null));
}

export function isReserveLine(description: string): boolean {
  return RESERVE_TEXT.test(description);
}
