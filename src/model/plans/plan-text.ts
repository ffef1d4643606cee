/**
 * The grammar of plan texts (docs/contracts/plans.md, "One grammar"): parts separated by `;`, each a name, a list of
 * proposals (`3 vanaf 2025, 13`), `zonder …`, `schrap …` or `vanaf JJJJ`. This module knows only the
 * syntax; what the numbers and names mean is resolved in plans.ts against the workbook's plan.
 */
import { invalid, ok, type Result } from "../result";

/** Longer texts are refused before any work: no formula or saved plan needs more. */
export const MAX_PLAN_TEXT = 10_000;

export interface ProposalItem {
  /** The digits as typed, for messages that quote them. */
  digits: string;
  number: number;
  /** The year after `vanaf`, or null when the proposal has none of its own. */
  startYear: number | null;
}

export type PlanPart =
  | { kind: "proposals"; text: string; items: ProposalItem[] }
  | { kind: "without"; text: string; items: ProposalItem[] }
  | { kind: "cut"; text: string; items: ProposalItem[] }
  | { kind: "start"; text: string; year: number }
  /** A name of a built-in or saved plan; `syntax` is why it does not read as grammar, if it looked like it. */
  | { kind: "name"; text: string; key: string; syntax: string | null };

/** How names compare: case and spacing do not matter ("Meest  Kansrijk" is "meest kansrijk"). */
export function normalizePlanName(name: string): string {
  return name.trim().replace(/\s+/g, " ").toLowerCase();
}

type Token = { kind: "number" | "comma" | "word"; text: string };

const TOKEN = /\s*(?:(\d+)|(,)|([^\s\d,]+))/y;

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let match = TOKEN.exec(text); match; match = TOKEN.exec(text)) {
    const [, digits, comma, word] = match;
    if (digits !== undefined) tokens.push({ kind: "number", text: digits });
    else if (comma !== undefined) tokens.push({ kind: "comma", text: "," });
    else tokens.push({ kind: "word", text: word.toLowerCase() });
  }
  return tokens;
}

const KEYWORDS = { zonder: "without", schrap: "cut" } as const;

/**
 * Past 2^53 a number is no longer exact (…993 reads as …992): refused as given, never echoed rounded
 * (docs/hostile-input.md). Null when the digits read exactly.
 */
function tooLarge(token: Token): string | null {
  return Number.isSafeInteger(Number(token.text))
    ? null
    : `${token.text} is te groot om exact te rekenen (een getal tot 2^53)`;
}
const isWord = (token: Token | undefined, word: string) => token?.kind === "word" && token.text === word;

/**
 * A list of numbers separated by commas, `en` or spaces; with `years`, each may carry `vanaf JJJJ`.
 * Returns a Dutch reason when the list does not read.
 */
function readItems(tokens: Token[], start: number, years: boolean): ProposalItem[] | string {
  const items: ProposalItem[] = [];
  let i = start;
  while (i < tokens.length) {
    const token = tokens[i];
    if (token.kind !== "number") {
      return items.length === 0
        ? `hier moet een nummer staan, niet "${token.text}"`
        : `na ${items[items.length - 1].digits} moet een komma of een nummer volgen, niet "${token.text}"`;
    }
    const large = tooLarge(token);
    if (large !== null) return large;
    const item: ProposalItem = { digits: token.text, number: Number(token.text), startYear: null };
    i += 1;
    if (years && isWord(tokens[i], "vanaf")) {
      const year = tokens[i + 1];
      if (year?.kind !== "number") return `na "${token.text} vanaf" moet een jaar volgen`;
      const largeYear = tooLarge(year);
      if (largeYear !== null) return largeYear;
      item.startYear = Number(year.text);
      i += 2;
    }
    items.push(item);
    if (tokens[i]?.kind === "comma" || isWord(tokens[i], "en")) {
      i += 1;
      if (i === tokens.length) return "na de laatste komma moet nog een nummer volgen";
    }
  }
  return items.length > 0 ? items : "hier moet een nummer staan";
}

function readPart(text: string): PlanPart {
  const tokens = tokenize(text);
  const name = (syntax: string | null): PlanPart => ({ kind: "name", text, key: normalizePlanName(text), syntax });
  const first = tokens[0];
  const keyword = first?.kind === "word" && Object.hasOwn(KEYWORDS, first.text) ? first.text : null;
  if (keyword !== null) {
    const items = readItems(tokens, 1, false);
    if (typeof items === "string") return name(`Kan "${text}" niet lezen: ${items}.`);
    return { kind: KEYWORDS[keyword as keyof typeof KEYWORDS], text, items };
  }
  if (isWord(first, "vanaf")) {
    const year = tokens[1];
    if (tokens.length === 2 && year.kind === "number") {
      const large = tooLarge(year);
      return large === null
        ? { kind: "start", text, year: Number(year.text) }
        : name(`Kan "${text}" niet lezen: ${large}.`);
    }
    return name(`Kan "${text}" niet lezen: na "vanaf" moet één jaar volgen, zoals "vanaf 2025".`);
  }
  if (first?.kind === "number") {
    const items = readItems(tokens, 0, true);
    if (typeof items === "string") return name(`Kan "${text}" niet lezen: ${items}.`);
    return { kind: "proposals", text, items };
  }
  return name(null);
}

/** Splits a plan text into its parts; fails only on text that cannot be a plan at all (empty, too long). */
export function parsePlanText(text: string): Result<PlanPart[]> {
  if (text.length > MAX_PLAN_TEXT) {
    return invalid(`Een plan heeft hoogstens ${MAX_PLAN_TEXT} tekens; deze tekst heeft er ${text.length}.`);
  }
  const pieces = text.split(";").map((piece) => piece.trim());
  if (pieces.every((piece) => piece === "")) {
    return invalid('Geef een scenario op, zoals "meest kansrijk", "3 vanaf 2025, 13" of "kansrijk; schrap 26".');
  }
  const empty = pieces.findIndex((piece) => piece === "");
  if (empty >= 0)
    return invalid(`Kan "${text.trim()}" niet lezen: deel ${empty + 1} is leeg; tussen twee ";" moet iets staan.`);
  return ok(pieces.map(readPart));
}
