/**
 * The cost parser meets whatever the partners (or a user in Excel) typed. Whatever the text, it answers
 * with a valid ParsedCost, never reads "no estimate" as 0, and only reports money that is in the text.
 */
import fc from "fast-check";
import { parseCostText } from "../../src/model/money/cost-parser";
import { ParsedCostSchema, type ParsedCost } from "../../src/model/schema";

const RUNS = { numRuns: 400 };
const DUTCH_GROUPING = new Intl.NumberFormat("nl-NL", { useGrouping: true, maximumFractionDigits: 0 });

/** Words the parser reacts to, mixed with words it should ignore, so random text reaches every branch. */
const WORDS = [
  "€",
  "eur",
  "euro",
  "incidenteel",
  "structureel",
  "eenmalig",
  "per jaar",
  "jaarlijks",
  "circa",
  "ca.",
  "naar verwachting",
  "ongeveer",
  "±",
  "~",
  "miljoen",
  "mln",
  "miljard",
  "duizend",
  "k",
  "opgevoerd maar",
  "tussen",
  "en",
  "vanaf 2025",
  "voor 2 jaar",
  "Geen.",
  "N.v.t.",
  "Nog onbekend.",
  "nog niet bekend",
  ",",
  ".",
  ";",
  "\u00a0",
  "\n",
];

const numeral = fc.oneof(
  fc.nat({ max: 999 }).map(String),
  fc.bigInt({ min: 0n, max: 10n ** 30n }).map((n) => n.toString()),
  fc.nat().map((n) => DUTCH_GROUPING.format(n)),
  fc.tuple(fc.nat({ max: 99 }), fc.nat({ max: 999_999 })).map(([whole, fraction]) => `${whole},${fraction}`),
  fc.constantFrom("1.00", "1.0000", "12.34.567", "0,", ",5", "-3", "1e6", "Infinity", "NaN"),
);

/** Text that looks like a cost cell: words, numerals and noise in any order. */
const costLikeText = fc
  .array(fc.oneof(fc.constantFrom(...WORDS), numeral, fc.string({ maxLength: 6 })), { maxLength: 12 })
  .map((parts) => parts.join(" "));

const anyText = fc.oneof(fc.string({ maxLength: 80 }), fc.string({ unit: "grapheme", maxLength: 40 }), costLikeText);

function amountsOf(cost: ParsedCost): number[] {
  return [cost.incidental, cost.structural].flatMap((estimate) => (estimate ? [estimate.low, estimate.high] : []));
}

describe("the cost parser on any text", () => {
  it("never throws and always answers a ParsedCost that passes ParsedCostSchema", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expect(ParsedCostSchema.safeParse(parseCostText(text)).success).toBe(true);
      }),
      RUNS,
    );
  });

  it("never gives an unknown cost an amount, and always says why unreadable text is unknown", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const cost = parseCostText(text);
        if (cost.status !== "onbekend") return;
        expect(cost.incidental).toBeNull();
        expect(cost.structural).toBeNull();
        const saysUnknownPlainly = /^\s*(?:nog )?(?:niet bekend|onbekend)[.;\s]*$/i.test(text);
        if (!saysUnknownPlainly) expect(cost.warnings.length).toBeGreaterThan(0);
      }),
      RUNS,
    );
  });

  it("only reports money when the text holds digits, with no warning lost for an assumed kind", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const cost = parseCostText(text);
        if (cost.status === "geraamd") expect(text).toMatch(/\d/);
        if (cost.status === "geen" || cost.status === "nvt") expect(amountsOf(cost)).toEqual([0, 0, 0, 0]);
        if (cost.kindAssumed) expect(cost.warnings.join(" ")).toMatch(/als incidenteel gerekend/);
      }),
      RUNS,
    );
  });
});

/** Amounts as partners print them, each with the euros it stands for. */
const printedAmount = fc.oneof(
  fc.nat({ max: 10_000_000_000 }).map((euros) => ({ printed: `€ ${DUTCH_GROUPING.format(euros)}`, euros })),
  fc.nat({ max: 999 }).map((millions) => ({ printed: `${millions} miljoen`, euros: millions * 1_000_000 })),
  fc.tuple(fc.nat({ max: 99 }), fc.integer({ min: 1, max: 9 })).map(([whole, tenth]) => ({
    printed: `€ ${whole},${tenth} mln`,
    euros: whole * 1_000_000 + tenth * 100_000,
  })),
);
const filler = fc.constantFrom("", "circa", "naar verwachting", "opgevoerd maar", "ongeveer", "ruim", "en", "plus");
const kindWord = fc.constantFrom("", "incidenteel", "structureel", "eenmalig", "per jaar");

/** Every sum of a subset of the amounts: what a report made only of printed money can contain. */
function subsetSums(amounts: readonly number[]): Set<number> {
  let sums = new Set([0]);
  for (const amount of amounts) sums = new Set([...sums, ...[...sums].map((sum) => sum + amount)]);
  return sums;
}

describe("the cost parser on texts made of known amounts", () => {
  it("reports only amounts made of money printed in the text", () => {
    const piece = fc.tuple(filler, printedAmount, kindWord);
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 4 }), (pieces) => {
        const text = pieces.map(([before, amount, kind]) => `${before} ${amount.printed} ${kind}`).join(" ");
        const cost = parseCostText(text);
        expect(cost.status).toBe("geraamd");
        const possible = subsetSums(pieces.map(([, amount]) => amount.euros));
        for (const reported of amountsOf(cost)) expect(possible).toContain(reported);
      }),
      RUNS,
    );
  });

  it('reads "€ " + any whole number in Dutch thousands notation + " incidenteel" as exactly that number', () => {
    fc.assert(
      fc.property(fc.oneof(fc.nat({ max: 9_999 }), fc.maxSafeNat()), (euros) => {
        const cost = parseCostText(`€ ${DUTCH_GROUPING.format(euros)} incidenteel`);
        expect(cost).toMatchObject({
          status: "geraamd",
          incidental: { low: euros, high: euros },
          structural: { low: 0, high: 0 },
          kindAssumed: false,
        });
      }),
      RUNS,
    );
  });

  it("reads a structural amount the same way, whatever the spacing", () => {
    const space = fc.constantFrom("", " ", "\u00a0", "  ", "\u202f");
    fc.assert(
      fc.property(fc.maxSafeNat(), space, space, (euros, afterSign, beforeKind) => {
        const cost = parseCostText(`€${afterSign}${DUTCH_GROUPING.format(euros)}${beforeKind || " "}structureel`);
        expect(cost.structural).toEqual({ low: euros, high: euros });
        expect(cost.incidental).toEqual({ low: 0, high: 0 });
      }),
      RUNS,
    );
  });
});
