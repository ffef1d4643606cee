/**
 * The link parser meets whatever an appraisal (or a user in Excel) says. Whatever the text, it answers
 * with links that stand in the text, and a number inside a Kamerstuk reference never becomes a link.
 */
import fc from "fast-check";
import { parseLinks } from "../../src/model/links/link-parser";
import { LETTER_PLAN } from "../../src/model/letter/dataset";
import { QuoteMatcher } from "../../src/model/links/quote-matcher";

const RUNS = { numRuns: 400 };
const matcher = new QuoteMatcher(LETTER_PLAN.actions);

/** Words the parser reacts to, mixed with words it should ignore, so random text reaches every branch. */
const WORDS = [
  "actie",
  "acties",
  "acties:",
  "Actie",
  "actielijn",
  "Actielijnen",
  "voorstel",
  "voorstellen",
  "Sluit aan bij",
  "Sluit ook aan bij",
  "aangesloten bij",
  "nr.",
  "nrs.",
  "t/m",
  "tot en met",
  "tot",
  "-",
  "–",
  "en",
  "of",
  ",",
  "&",
  ".",
  "(",
  ")",
  ":",
  "'",
  "‘",
  "’",
  '"',
  "onder actie: '",
  "€",
  "euro",
  "miljoen",
  "gereserveerd",
  "structureel",
  "per jaar",
  "Idem",
  "art.",
  "Sr",
  "WvS",
  "maart",
  "december",
  "jaar",
  "%",
  "Kamerstuk",
  "\u00a0",
  "\n",
  "İ",
  "ß",
  "🙂",
];
const numeral = fc.oneof(
  fc.nat({ max: 40 }).map(String),
  fc.nat({ max: 99_999 }).map(String),
  fc.constantFrom("248b", "273f", "2023/24", "35 570", "1.000.000", "0,5", "0"),
);
const linkLikeText = fc
  .array(fc.oneof(fc.constantFrom(...WORDS), numeral, fc.string({ maxLength: 5 })), { maxLength: 16 })
  .map((parts) => parts.join(" "));
const anyText = fc.oneof(fc.string({ maxLength: 80 }), fc.string({ unit: "grapheme", maxLength: 40 }), linkLikeText);

/** Kamerstuk references as the letter prints them (footnotes 1–10, proposal 7), with any dossier and number. */
const kamerstuk = fc
  .tuple(fc.integer({ min: 10, max: 99 }), fc.integer({ min: 100, max: 999 }), fc.integer({ min: 1, max: 999 }))
  .chain(([high, low, nr]) =>
    fc.constantFrom(
      `Kamerstuk ${high} ${low} VI, nr. ${nr}`,
      `Kamerstukken II 2023/24, ${high} ${low}, nr. ${nr}`,
      `Kamerstukken 2023/24, ${high}${low} nr. ${nr}`,
      `(Kamerstuk ${high} ${low}, nr. ${nr})`,
      // The dossier and number alone, as a footnote continues after "Kamerstukken II 2023/24,".
      `${high} ${low}, nr. ${nr}`,
      `${high}${low}, nr. ${nr}`,
      `${high} ${low} nr. ${nr}`,
    ),
  );

describe("the link parser on any text", () => {
  it("never throws, and every link stands in the text where it says", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        for (const link of parseLinks(text, matcher)) {
          expect(text.slice(link.at, link.at + link.words.length)).toBe(link.words);
          if (link.kind === "sum") expect(Number.isSafeInteger(link.euros) && link.euros >= 0).toBe(true);
          else expect(Number.isInteger(link.number) && link.number >= 1 && link.number <= 999).toBe(true);
        }
      }),
      RUNS,
    );
  });

  it("never takes a number inside a Kamerstuk reference for a link, whatever stands around it", () => {
    fc.assert(
      fc.property(linkLikeText, kamerstuk, linkLikeText, (before, reference, after) => {
        const text = `${before} ${reference} ${after}`;
        const from = before.length + 1;
        const to = from + reference.length;
        for (const link of parseLinks(text, matcher)) {
          const end = link.at + link.words.length;
          expect({ link, inside: link.at < to && end > from }).toEqual({ link, inside: false });
        }
      }),
      RUNS,
    );
  });
});
