import { parseLinks, type Link } from "../../../src/model/links/link-parser";
import { LETTER_PLAN } from "../../../src/model/letter/dataset";
import { QuoteMatcher } from "../../../src/model/links/quote-matcher";

const matcher = new QuoteMatcher(LETTER_PLAN.actions);
const numbers = (text: string, kind: string) =>
  parseLinks(text, matcher)
    .filter((link) => link.kind === kind)
    .map((link) => (link as { number: number }).number);
const sums = (text: string) =>
  parseLinks(text, matcher)
    .filter((link): link is Extract<Link, { kind: "sum" }> => link.kind === "sum")
    .map(({ euros, structural, reserved }) => ({ euros, structural, reserved }));

describe("action numbers, lists and ranges", () => {
  it.each([
    ["Sluit aan bij acties 22 t/m 29.", [22, 23, 24, 25, 26, 27, 28, 29]],
    ["Raakt aan actie 5 tot en met 7 van het plan", [5, 6, 7]],
    ["acties 22, 24 en 25", [22, 24, 25]],
    ["specifiek op acties: 22, 24, 25, 26, 27, 28 en 29.", [22, 24, 25, 26, 27, 28, 29]],
    ["de acties 9–11 en 30", [9, 10, 11, 30]],
    ["Acties 3 & 4, of actie 12", [3, 4, 12]],
    ["acties nrs. 8, 9 of 10", [8, 9, 10]],
    ["actie 13.", [13]],
    ["ACTIES 1 T/M 3", [1, 2, 3]],
    ["acties 29 t/m 27", [27, 28, 29]],
    ["acties 1 t/m 500", [1, 500]],
    ["acties 3, 3 en 2-4", [3, 2, 4]],
  ])("%s", (text, expected) => {
    expect(numbers(text, "action")).toEqual(expected);
  });

  it.each([
    ["een landelijke actiedag 2 keer per jaar"],
    ["acties in 2024"],
    ["actie 21 december 2023"],
    ["actie 5 jaar lang"],
    ["acties 248b en 273f Sr"],
    ["actie 2023/24"],
    ["actie 0"],
    ["acties 1,5 miljoen"],
    ["de actie kansrijk geacht"],
    ["transacties 5 en 6"],
  ])("no action in %s", (text) => {
    expect(numbers(text, "action")).toEqual([]);
  });

  it("ends a list before a number that belongs to a Kamerstuk", () => {
    expect(numbers("acties 22, 28 638, nr. 242", "action")).toEqual([22]);
    expect(numbers("acties 3 en 35 570 VI", "action")).toEqual([3]);
  });
});

describe("action lines and other proposals", () => {
  it.each([
    ["Versterken Actielijn 2: Vergroten van de meldingsbereidheid", "action-line", [2]],
    ["Mogelijke aanvulling op actielijnen 2 en 3.", "action-line", [2, 3]],
    ["Actielijn ten behoeve van het bestrijden", "action-line", []],
    ["Sluit aan bij voorstel 23.", "proposal", [23]],
    ["Sluit aan bij 28.", "proposal", [28]],
    ["Sluit ook aan bij voorstel 6.", "proposal", [6]],
    ["Sluit aan bij voorstel 26 en 27.", "proposal", [26, 27]],
    ["Sluit goed aan bij 4 en 5", "proposal", [4, 5]],
    ["Zou onderdeel kunnen zijn van voorstellen 11, 12 en 14.", "proposal", [11, 12, 14]],
    ["Sluit aan bij motie Kuik (Kamerstuk 35 570 VI, nr. 50).", "proposal", []],
    ["het voorstel voor het nieuwe Wetboek van Strafvordering dat in maart 2023 is ingediend", "proposal", []],
    ["Sluit aan bij 28 638, nr. 242", "proposal", []],
    ["Sluit aan bij voorstel 21 december", "proposal", []],
    ["daders tot en met 23 jaar", "proposal", []],
  ])("%s", (text, kind, expected) => {
    expect(numbers(text, kind)).toEqual(expected);
  });
});

describe("quoted actions", () => {
  it("matches a quote to the plan's action by its words", () => {
    const links = parseLinks("Geborgd onder actie: 'Training van de ketenregisseur vanaf 2026.'", matcher);
    expect(links).toEqual([
      { kind: "action", number: 26, words: "'Training van de ketenregisseur vanaf 2026.'", at: 21, quoteScore: 1 },
    ]);
  });

  it("gives a quote that matches no action no link", () => {
    expect(parseLinks("onder actie: 'Een geheel nieuw onderwerp over webcrawlers'", matcher)).toEqual([]);
  });

  it("reads a quote that never closes to the end of the text, but not past an action's length", () => {
    const open = "onder actie: 'Training van de ketenregisseur";
    expect(parseLinks(open, matcher).map((link) => link.kind === "action" && link.number)).toEqual([26]);
    expect(parseLinks(`${open} ${"en verder ".repeat(120)}'x`, matcher)).toEqual([]);
  });

  it("is not fooled by an apostrophe inside the quote", () => {
    const links = parseLinks("onder actie: 'de risico's van het opzetten van een centraal informatiepunt'", matcher);
    expect(links.map((link) => link.kind === "action" && link.number)).toEqual([9]);
  });
});

describe("sums", () => {
  it.each([
    ["reeds in totaal €600.000 voor gereserveerd", [{ euros: 600_000, structural: false, reserved: true }]],
    ["Hiervoor is reeds €50.000 structureel gereserveerd.", [{ euros: 50_000, structural: true, reserved: true }]],
    ["naar verwachting circa € 1.000.000.", [{ euros: 1_000_000, structural: false, reserved: false }]],
    ["In het plan is € 1,2 miljoen gereserveerd.", [{ euros: 1_200_000, structural: false, reserved: true }]],
    ["Er is 2 miljoen euro per jaar gereserveerd", [{ euros: 2_000_000, structural: true, reserved: true }]],
    [
      "Kost € 40.000. Voor actie 3 is € 20.000 gereserveerd.",
      [
        { euros: 40_000, structural: false, reserved: false },
        { euros: 20_000, structural: false, reserved: true },
      ],
    ],
    ["Kamerstukken II 2023/24, 28.638, nr. 242", []],
    ["5 bovenregionale bijeenkomsten in 2025", []],
  ])("%s", (text, expected) => {
    expect(sums(text)).toEqual(expected);
  });
});
