/**
 * Reads what a proposal or its appraisal says about the plan: the actions, action lines and other
 * proposals it names, the action it quotes, and the sums it states. General by design, like the cost
 * parser: rules for Dutch phrasing, not a table of the letter's texts.
 *
 * - A number is a link only right after a word that says what it numbers: "actie(s)", "actielijn(en)",
 *   "voorstel(len)", or "sluit (ook) aan bij" (which in Bijlage 1 names a proposal: "Sluit aan bij 28").
 *   It may be a list and ranges: "acties: 22, 24, 25 en 29", "acties 22 t/m 29", "tot en met", "22–29".
 * - A number that belongs to something else ends the list before it: a Kamerstuk dossier written in
 *   groups ("35 570") or followed by "nr.", an article ("248b", "273f"), a decimal or grouped figure, a
 *   year or anything over three digits, a date ("21 december") or a quantity ("5 jaar", "10%").
 * - A quote after "actie" ("onder actie: '…'") is matched to the plan's actions by its words
 *   (quote-matcher.ts).
 * - A sum needs "€" or "euro" and no Kamerstuk number beside it; it is "structureel" when that word
 *   (or "per jaar") follows it, and a reservation when its sentence says "gereserveerd" or "reservering".
 *
 * Every link keeps the words it came from and where they start in the text.
 */
import { findAmounts, kindIn } from "../money/cost-parser";
import type { DescribedAction, QuoteMatcher } from "./quote-matcher";

export type NumberLinkKind = "action" | "action-line" | "proposal";

export interface NumberLink {
  kind: NumberLinkKind;
  number: number;
  words: string;
  at: number;
  /** Set when the action was found by the words of a quote: how well they matched (0–1). */
  quoteScore?: number;
}

export interface SumLink {
  kind: "sum";
  euros: number;
  structural: boolean;
  reserved: boolean;
  words: string;
  at: number;
}

export type Link = NumberLink | SumLink;

const TRIGGER =
  /(?<![\p{L}\d])(?:(actienummers?|acties?)|(actielijn(?:en)?)|(voorstel(?:len)?)|((?:sluit(?:en)?(?:\s+\p{L}+){0,2}?\s+aan|aansluiten|aangesloten)\s+(?:bij|op)))(?![\p{L}\d])/gu;
const LEAD = /\s*(?:\(\s*)?(?::\s*)?(?:(?:nrs?|nummers?)\.?\s*)?/y;
const NUMBER = /\d+/y;
const RANGE = /\s*(?:t\/m|t\.m\.|tot\s+en\s+met|tot|-|–|—)\s*/y;
const SEPARATOR = /\s*,\s*(?:(?:en|of)\s+)?|\s+(?:en|of)\s+|\s*&\s*/y;
const MAX_DIGITS = 3;
/** A wider range ("acties 1 t/m 999") is no plan's: it is read as its two ends, so hostile text stays small. */
const MAX_RANGE = 100;
/** What may follow a number that is not a link: see the header. */
const NOT_A_LINK_AFTER =
  /^(?:\p{L}|[.,]\d|\/|\s\d{3}(?!\d)|\s*%|,?\s*(?:nr|nummer)\b|\s+(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|jaar|jaren|maanden?|weken?|dagen?|uur|keer|procent|euro|miljoen|mln)(?![\p{L}]))/u;
const QUOTED_ACTION = /(?<![\p{L}\d])actie\s*:?\s*(['‘’"“”])/gu;
const QUOTE_MARKS = "'‘’\"“”";
const MAX_QUOTE_LENGTH = 1000;
const RESERVED = /(?<!\p{L})(?:gereserveerde?|reservering(?:en)?)(?!\p{L})/u;
const SENTENCE_END = /[.!?](?=\s|$)/g;
/** Around a Kamerstuk number no sum is read: "nr. 50 euro", "euro 28 638, nr. 242". */
const BEFORE_DOSSIER_NUMBER = /(?<!\p{L})(?:nrs?|nummers?)\.?\s*$/u;
const AFTER_DOSSIER_NUMBER = /^(?:\s\d{3}(?!\d)|,?\s*(?:nrs?|nummers?)(?!\p{L}))/u;
const STRUCTURAL_WORD = /\s*(?:structure(?:el|le)|per jaar|jaarlijkse?)(?!\p{L})/uy;

const KINDS: readonly NumberLinkKind[] = ["action", "action-line", "proposal", "proposal"];

/** Lower case without changing any position, so offsets in it are offsets in the text. */
function lowerInPlace(text: string): string {
  let lower = "";
  for (const char of text) {
    const folded = char.toLowerCase();
    lower += folded.length === char.length ? folded : char;
  }
  return lower.replace(/[\u00a0\u2007\u202f]/g, " ");
}

function sticky(pattern: RegExp, text: string, at: number): RegExpExecArray | null {
  pattern.lastIndex = at;
  return pattern.exec(text);
}

/** A number at `at` that can be a link, with where it ends; null when none stands there. */
function linkNumberAt(lower: string, at: number): { value: number; end: number } | null {
  const digits = sticky(NUMBER, lower, at);
  if (!digits || digits[0].length > MAX_DIGITS) return null;
  const end = at + digits[0].length;
  const value = Number(digits[0]);
  if (value === 0 || NOT_A_LINK_AFTER.test(lower.slice(end, end + 16))) return null;
  return { value, end };
}

/** One item of a list: a number or a range; null when none stands at `at`. */
function itemAt(lower: string, at: number): { numbers: number[]; end: number } | null {
  const first = linkNumberAt(lower, at);
  if (!first) return null;
  const range = sticky(RANGE, lower, first.end);
  const last = range ? linkNumberAt(lower, first.end + range[0].length) : null;
  if (!last) return { numbers: [first.value], end: first.end };
  const [low, high] = [Math.min(first.value, last.value), Math.max(first.value, last.value)];
  if (high - low >= MAX_RANGE) return { numbers: [first.value, last.value], end: last.end };
  return { numbers: Array.from({ length: high - low + 1 }, (_, i) => low + i), end: last.end };
}

function numberListAt(lower: string, at: number): { numbers: number[]; end: number } | null {
  const lead = sticky(LEAD, lower, at);
  let item = itemAt(lower, at + (lead?.[0].length ?? 0));
  if (!item) return null;
  const numbers = [...item.numbers];
  let end = item.end;
  for (;;) {
    const separator = sticky(SEPARATOR, lower, end);
    if (!separator) break;
    item = itemAt(lower, end + separator[0].length);
    if (!item) break;
    for (const number of item.numbers) numbers.push(number);
    end = item.end;
  }
  return { numbers: [...new Set(numbers)], end };
}

function numberLinks(text: string, lower: string): NumberLink[] {
  const links: NumberLink[] = [];
  for (const trigger of lower.matchAll(TRIGGER)) {
    const kind = KINDS[trigger.slice(1).findIndex((group) => group !== undefined)];
    const list = numberListAt(lower, trigger.index + trigger[0].length);
    if (!list) continue;
    const words = text.slice(trigger.index, list.end);
    for (const number of list.numbers) links.push({ kind, number, words, at: trigger.index });
  }
  return links;
}

/**
 * Where a quote opened at `open` closes: a quote mark after a non-space, before a space, stop or end;
 * null when none does within MAX_QUOTE_LENGTH (an action's description is far shorter).
 */
function quoteEnd(lower: string, open: number): number | null {
  const last = Math.min(lower.length, open + 1 + MAX_QUOTE_LENGTH);
  for (let i = open + 1; i < last; i++) {
    if (!QUOTE_MARKS.includes(lower[i]) || /\s/.test(lower[i - 1])) continue;
    if (i + 1 === lower.length || /[\s.,;:)!?]/.test(lower[i + 1])) return i;
  }
  return last === lower.length ? last : null;
}

function quoteLinks<A extends DescribedAction>(text: string, lower: string, matcher: QuoteMatcher<A>): NumberLink[] {
  const links: NumberLink[] = [];
  let after = 0;
  for (const quoted of lower.matchAll(QUOTED_ACTION)) {
    const open = quoted.index + quoted[0].length - 1;
    // A quote inside the last one is part of it.
    if (open < after) continue;
    const close = quoteEnd(lower, open);
    if (close === null) continue;
    after = close + 1;
    const match = matcher.match(text.slice(open + 1, close));
    if (!match) continue;
    const words = text.slice(open, close + 1);
    for (const number of match.action.numbers) {
      links.push({ kind: "action", number, words, at: open, quoteScore: match.score });
    }
  }
  return links;
}

/** The sentence around an amount, from sentence stops found once per text. */
function sentenceAround(stops: readonly number[], length: number, start: number, end: number) {
  let low = 0;
  let high = stops.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (stops[middle] < start) low = middle + 1;
    else high = middle;
  }
  const from = low === 0 ? 0 : stops[low - 1] + 1;
  while (low < stops.length && stops[low] < end) low++;
  return { from, to: low < stops.length ? stops[low] : length };
}

function sumLinks(text: string, lower: string): SumLink[] {
  const amounts = findAmounts(lower).amounts.filter(
    (amount) =>
      amount.currency &&
      !BEFORE_DOSSIER_NUMBER.test(lower.slice(Math.max(0, amount.start - 12), amount.start)) &&
      !AFTER_DOSSIER_NUMBER.test(lower.slice(amount.end, amount.end + 12)),
  );
  const stops = [...lower.matchAll(SENTENCE_END)].map((stop) => stop.index);
  // Whether a sentence says "gereserveerd", by where it starts: asked once per sentence.
  const reservedFrom = new Map<number, boolean>();
  return amounts.map((amount, i) => {
    const sentence = sentenceAround(stops, lower.length, amount.start, amount.end);
    const kindEnd = Math.min(sentence.to, amounts[i + 1]?.start ?? lower.length);
    const kindWord = sticky(STRUCTURAL_WORD, lower, amount.end);
    let reserved = reservedFrom.get(sentence.from);
    if (reserved === undefined) {
      reserved = RESERVED.test(lower.slice(sentence.from, sentence.to));
      reservedFrom.set(sentence.from, reserved);
    }
    return {
      kind: "sum",
      euros: amount.euros,
      structural: kindIn(lower.slice(amount.end, kindEnd)) === "structural",
      reserved,
      words: text.slice(amount.start, amount.end + (kindWord?.[0].length ?? 0)),
      at: amount.start,
    };
  });
}

/** The links of one text, in the order they stand in it. */
export function parseLinks<A extends DescribedAction>(text: string, matcher: QuoteMatcher<A>): Link[] {
  const lower = lowerInPlace(text);
  const links: Link[] = [...numberLinks(text, lower), ...quoteLinks(text, lower, matcher), ...sumLinks(text, lower)];
  return links.sort((a, b) => a.at - b.at);
}
