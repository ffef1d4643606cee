import { LETTER_PLAN } from "../../../src/model/letter/dataset";
import { linksOfProposals } from "../../../src/model/links/proposal-links";

const links = linksOfProposals(LETTER_PLAN.proposals, LETTER_PLAN.actions);

interface Read {
  actions?: number[];
  lines?: number[];
  proposals?: number[];
  /** [euros, structural] of what the appraisal says is already reserved. */
  reserved?: [number, boolean];
  /** The proposal whose appraisal applies, when it is not the proposal itself ("Idem"). */
  appraisalFrom?: number;
}

/**
 * Bijlage 1 as I read it, proposal by proposal (the words in the comment are the letter's):
 * 6 and 13 name actions 22, 24–29 in action line 4 and € 600.000 reserved; 8 and 12 quote an action of
 * the plan (8: the exploration of decoupling victim identification from the criminal process, action
 * 14; 12: non-punishment awareness at first-line investigators, action 13) and say action line 3;
 * 12 adds € 50.000 structural. 14, 17, 18 name an action line in their own text; 15–18 are "Idem",
 * the appraisal of 14. Kamerstuk 35 570 VI nr. 50 (7), art. 248b / 273g / 273f (1, 2, 30), maart 2023
 * (27), "tot en met 23 jaar" (7), "50 aandacht functionarissen" (18), "5 bovenregionale
 * bijeenkomsten" (19) and the campaign estimate "circa €1.000.000" (5) are no links or reservations.
 */
const LETTER: Record<number, Read> = {
  1: {}, // "(248b of 273g sr)"
  2: {}, // "art. 248b WvS"
  3: {},
  4: { proposals: [26, 27] }, // "Sluit aan bij voorstel 26 en 27."
  5: {}, // "(naar verwachting circa €1.000.000)": an estimate, not a reservation
  6: { actions: [22, 24, 25, 26, 27, 28, 29], lines: [4], reserved: [600_000, false] },
  7: { proposals: [6] }, // "(Kamerstuk 35 570 VI, nr. 50). Sluit ook aan bij voorstel 6."
  8: { actions: [14], lines: [3] }, // "actielijn 3 … onder actie: 'in 2024 wordt gestart met een verkenning …'"
  9: {},
  10: {},
  11: {},
  12: { actions: [13], lines: [3], reserved: [50_000, true] }, // "reeds €50.000 structureel gereserveerd"
  13: { actions: [22, 24, 25, 26, 27, 28, 29], lines: [4], reserved: [600_000, false] },
  14: { lines: [2] }, // text: "Versterken Actielijn 2"
  15: { appraisalFrom: 14 },
  16: { appraisalFrom: 14 },
  17: { lines: [3], appraisalFrom: 14 }, // text: "Versterken Actielijn 3"
  18: { lines: [4], appraisalFrom: 14 }, // text: "Verbeteren Actielijn 4 … trainen van 50 aandacht functionarissen"
  19: {}, // "Organisatie van jaarlijks 5 bovenregionale bijeenkomsten"
  20: {},
  21: {},
  22: {},
  23: {},
  24: { proposals: [23] }, // "Sluit aan bij voorstel 23."
  25: {},
  26: { proposals: [25] },
  27: {}, // "in maart 2023 is ingediend"
  28: { proposals: [22] },
  29: { proposals: [28] }, // "Sluit aan bij 28."
  30: {}, // "Wetsvoorstel art. 273f Sr"
  31: { proposals: [11] }, // "Zou onderdeel kunnen zijn van voorstel 11."
  32: {},
  33: { lines: [4] }, // "Mogelijke aanvulling op Actielijn 4."
};

describe("the links of Bijlage 1, as read by hand", () => {
  it("covers all 33 proposals", () => {
    expect(Object.keys(LETTER).map(Number)).toEqual(LETTER_PLAN.proposals.map((p) => p.number));
  });

  it.each(Object.entries(LETTER).map(([n, read]) => [Number(n), read] as const))("proposal %i", (number, read) => {
    const found = links.get(number)!;
    expect({
      actions: found.actions,
      lines: found.actionLines,
      proposals: found.proposals,
      reserved: found.reservation && [found.reservation.euros, found.reservation.structural],
      appraisalFrom: found.appraisalFrom,
    }).toEqual({
      actions: read.actions ?? [],
      lines: read.lines ?? [],
      proposals: read.proposals ?? [],
      reserved: read.reserved ?? null,
      appraisalFrom: read.appraisalFrom ?? number,
    });
  });

  it("keeps the words each link came from", () => {
    const six = links.get(6)!.appraisalLinks;
    expect(six.map((link) => link.words)).toEqual([
      "Actielijn 4",
      ...Array(7).fill("acties: 22, 24, 25, 26, 27, 28 en 29"),
      "€600.000",
    ]);
    expect(links.get(12)!.reservation!.sums.map((sum) => sum.words)).toEqual(["€50.000 structureel"]);
    expect(links.get(29)!.appraisalLinks.map((link) => link.words)).toEqual(["Sluit aan bij 28"]);
    const quote = links.get(8)!.appraisalLinks.find((link) => link.kind === "action")!;
    expect(quote.words).toMatch(/^'in 2024 wordt gestart .* eerdere pilots en onderzoeken meegenomen\.'$/);
  });

  it("gives an Idem proposal the appraisal links of the row above, not a link to it", () => {
    const table = [
      { number: 1, text: "Eerste.", appraisal: "Sluit aan bij voorstel 7." },
      { number: 2, text: "Tweede.", appraisal: "Idem" },
      { number: 3, text: "Derde.", appraisal: "idem." },
    ];
    const idem = linksOfProposals(table, LETTER_PLAN.actions);
    expect([2, 3].map((n) => [idem.get(n)!.proposals, idem.get(n)!.appraisalFrom])).toEqual([
      [[7], 1],
      [[7], 1],
    ]);
  });

  it("has no appraisal to inherit for Idem on the first row", () => {
    const top = linksOfProposals([{ number: 4, text: "Tekst.", appraisal: "Idem" }], LETTER_PLAN.actions);
    expect(top.get(4)!.appraisalFrom).toBeNull();
    expect(top.get(4)!.appraisalLinks).toEqual([]);
  });
});
