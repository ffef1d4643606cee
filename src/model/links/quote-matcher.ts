/**
 * Finds the action an appraisal quotes ("onder actie: 'Bewustwording vergroten bij eerstelijns …'") among
 * the plan's actions by the words they share. The quote paraphrases the action ("het loskoppelen van de
 * vaststelling van slachtofferschap" for "loskoppelen van identificatie slachtoffers"), so the match is
 * a weighted overlap, not string equality:
 *
 * - words are lower-cased without diacritics, split at anything but letters; words under four letters
 *   and common Dutch function words are dropped;
 * - two words match when they share a prefix of at least five letters covering three quarters of the
 *   shorter one (slachtoffers ~ slachtofferschap, mogelijkheden ~ mogelijkheid, punishment ~
 *   punishmentbeginsel), which absorbs Dutch inflection and compounding without a stemmer;
 * - each word of an action weighs its inverse document frequency over all the actions' descriptions,
 *   so "verkenning" (in seven actions) counts less than "loskoppelen" (in one);
 * - the score of an action is the weight of its words the quote contains, divided by the weight of all
 *   its words: how much of the action the quote covers. The best action counts when its score reaches
 *   QUOTE_MATCH_THRESHOLD and no other action has the same score.
 *
 * On the letter the two quotes score 0.58 (proposal 8 → action 14) and 1.00 (proposal 12 → action 13);
 * the runners-up score 0.30 (action 10) and 0.42 (action 12, which shares "vergroten", "slachtoffers",
 * "criminele uitbuiting"), so the threshold of 0.5 lies between (test/model/links/quote-matcher.test.ts).
 */

export interface DescribedAction {
  numbers: readonly number[];
  actionLine: number;
  description: string;
}

export interface QuoteMatch<A extends DescribedAction> {
  action: A;
  /** 0–1: the weighted share of the action's words the quote contains. */
  score: number;
}

export const QUOTE_MATCH_THRESHOLD = 0.5;

const MIN_WORD_LENGTH = 4;
const MIN_SHARED_PREFIX = 5;
const SHARED_PREFIX_SHARE = 0.75;
const FUNCTION_WORDS = new Set(
  "aan als bij deze door over naar voor wordt worden zijn heeft hebben hier hierin hiervan hiervoor iedere ieder onder tussen zoals zodat welke waar want maar omdat ook alle veel meer niet of".split(
    " ",
  ),
);

export function contentWords(text: string): string[] {
  const words = text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .split(/[^a-z]+/);
  return [...new Set(words.filter((word) => word.length >= MIN_WORD_LENGTH && !FUNCTION_WORDS.has(word)))];
}

function wordsMatch(a: string, b: string): boolean {
  const shorter = Math.min(a.length, b.length);
  let shared = 0;
  while (shared < shorter && a[shared] === b[shared]) shared++;
  return shared === shorter || (shared >= MIN_SHARED_PREFIX && shared >= SHARED_PREFIX_SHARE * shorter);
}

const containsWord = (words: readonly string[], word: string): boolean =>
  words.some((other) => wordsMatch(word, other));

interface Entry<A> {
  action: A;
  words: string[];
  weights: number[];
  total: number;
}

/**
 * Scores a quote against every action. The index is built on the first quote, in time linear in the
 * number of actions: the weights are counted over the distinct words, which a table of many actions
 * shares.
 */
export class QuoteMatcher<A extends DescribedAction> {
  private entries: Array<Entry<A>> | null = null;

  constructor(private readonly actions: readonly A[]) {}

  /** Every action with its score, best first. */
  scores(quote: string): Array<QuoteMatch<A>> {
    const quoted = contentWords(quote);
    return this.index()
      .map(({ action, words, weights, total }) => {
        const covered = words.reduce((sum, word, i) => sum + (containsWord(quoted, word) ? weights[i] : 0), 0);
        return { action, score: total === 0 ? 0 : covered / total };
      })
      .sort((a, b) => b.score - a.score);
  }

  /** The action the quote names, or null when none is clearly it. */
  match(quote: string): QuoteMatch<A> | null {
    const [best, second] = this.scores(quote);
    if (!best || best.score < QUOTE_MATCH_THRESHOLD) return null;
    return second && second.score === best.score ? null : best;
  }

  private index(): Array<Entry<A>> {
    if (this.entries) return this.entries;
    const wordsOf = this.actions.map((action) => contentWords(action.description));
    // Words that match share their first MIN_WORD_LENGTH letters: only those are compared.
    const byStart = new Map<string, string[]>();
    for (const word of new Set(wordsOf.flat())) {
      const start = word.slice(0, MIN_WORD_LENGTH);
      byStart.set(start, [...(byStart.get(start) ?? []), word]);
    }
    const alike = new Map<string, string[]>();
    for (const group of byStart.values()) {
      for (const word of group)
        alike.set(
          word,
          group.filter((other) => wordsMatch(word, other)),
        );
    }
    // How many actions hold a word alike to each word: every action counted once per word.
    const frequency = new Map<string, number>();
    for (const words of wordsOf) {
      for (const word of new Set(words.flatMap((own) => alike.get(own)!))) {
        frequency.set(word, (frequency.get(word) ?? 0) + 1);
      }
    }
    const weight = (word: string): number => Math.log(1 + this.actions.length / frequency.get(word)!);
    this.entries = this.actions.map((action, i) => {
      const weights = wordsOf[i].map(weight);
      return { action, words: wordsOf[i], weights, total: weights.reduce((sum, w) => sum + w, 0) };
    });
    return this.entries;
  }
}
