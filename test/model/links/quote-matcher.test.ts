import { PROPOSALS } from "../../../src/model/letter/printed";
import { LETTER_PLAN } from "../../../src/model/letter/dataset";
import { contentWords, QUOTE_MATCH_THRESHOLD, QuoteMatcher } from "../../../src/model/links/quote-matcher";

const matcher = new QuoteMatcher(LETTER_PLAN.actions);
const quoteOf = (proposal: number): string => {
  const appraisal = PROPOSALS[proposal - 1].appraisal;
  return appraisal.slice(appraisal.indexOf("'") + 1, appraisal.lastIndexOf("'"));
};

describe("the quote matcher on the letter", () => {
  // Bijlage 2: 14 "Verkenning naar mogelijkheden van loskoppelen van identificatie slachtoffers en
  // strafproces"; 13 "Vergroten bewustwording non-punishment bij eerstelijns opsporingsdiensten".
  it.each([
    [8, [14]],
    [12, [13]],
  ])("finds the action proposal %i quotes", (proposal, numbers) => {
    expect(matcher.match(quoteOf(proposal))?.action.numbers).toEqual(numbers);
  });

  it("keeps the runner-up under the threshold and the match above it", () => {
    for (const proposal of [8, 12]) {
      const [best, second] = matcher.scores(quoteOf(proposal));
      expect(best.score).toBeGreaterThanOrEqual(QUOTE_MATCH_THRESHOLD);
      expect(second.score).toBeLessThan(QUOTE_MATCH_THRESHOLD);
    }
  });

  it("finds nothing for a quote about something the plan does not do", () => {
    expect(matcher.match("Het nieuwe Wetboek van Strafvordering regelt de inzet van webcrawlers.")).toBeNull();
  });

  it("finds nothing when two actions are worded alike", () => {
    const twins = new QuoteMatcher([
      { numbers: [1], actionLine: 1, description: "Training ketenregisseur" },
      { numbers: [2], actionLine: 4, description: "Training ketenregisseur" },
    ]);
    expect(twins.match("training voor de ketenregisseur")).toBeNull();
  });

  it("reads words without diacritics, short words or function words", () => {
    expect(contentWords("Doorontwikkeling barrièremiddelen, voor de zorg- en veiligheid")).toEqual([
      "doorontwikkeling",
      "barrieremiddelen",
      "zorg",
      "veiligheid",
    ]);
  });
});
