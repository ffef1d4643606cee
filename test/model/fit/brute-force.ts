/**
 * The brute force behind Dekking zoeken's tests, independent of the formulation: it tries every subset
 * of cuts (and every start year, or every subset of proposals, or both), keeps those whose room is ≥ 0
 * in every plan year and that meet the requirements as docs/contracts/functions.md words them (read here from the
 * generator's own record of each requirement, not from the parser), and orders them by the mode's
 * goals. With the random small plans and requirements fast-check draws, over one to four plan years
 * anywhere in 2024–2043 (a horizon is the workbook's, not the letter's).
 */
import fc from "fast-check";
import type { FitInstance, FitMode, FitProposal } from "../../../src/model/fit/instance";
import { resolveRequirements } from "../../../src/model/requirements/resolve";

export const THEMES = ["Klantaanpak", "Technologie", "Daderaanpak"];
export const FORMS = ["seksuele uitbuiting", "arbeidsuitbuiting", "criminele uitbuiting"] as const;

export interface Plan {
  cut: boolean[];
  start: (number | null)[];
}

export interface Tagged extends FitProposal {
  theme: string;
  forms: (typeof FORMS)[number][];
}

/** A requirement as generated: its text, and its meaning over a plan written out here. */
export type Spec =
  | { kind: "per thema"; n: number }
  | { kind: "thema"; theme: string; n: number }
  | { kind: "per vorm"; n: number }
  | { kind: "vorm"; form: string; n: number }
  | { kind: "vast"; numbers: number[] }
  | { kind: "met"; a: number; b: number }
  | { kind: "hoogstens"; k: number; numbers: number[] };

export function textOf(spec: Spec): string {
  switch (spec.kind) {
    case "per thema":
    case "per vorm":
      return `${spec.kind} ${spec.n}`;
    case "thema":
      return `thema ${spec.theme} ${spec.n}`;
    case "vorm":
      return `vorm ${spec.form} ${spec.n}`;
    case "vast":
      return `vast ${spec.numbers.join(", ")}`;
    case "met":
      return `${spec.a} met ${spec.b}`;
    case "hoogstens":
      return `hoogstens ${spec.k} van ${spec.numbers.join(" en ")}`;
  }
}

/** docs/contracts/requirements.md's table: "every theme with proposals in the plan keeps at least N of them (all it has, if fewer)". */
export function holds(spec: Spec, proposals: readonly Tagged[], plan: Plan): boolean {
  const kept = (p: Tagged) => plan.start[proposals.indexOf(p)] !== null;
  const atLeast = (group: Tagged[], n: number) => group.filter(kept).length >= Math.min(n, group.length);
  const byNumber = (n: number) => proposals.find((p) => p.number === n);
  switch (spec.kind) {
    case "per thema":
      return THEMES.every((t) =>
        atLeast(
          proposals.filter((p) => p.theme === t),
          spec.n,
        ),
      );
    case "thema":
      return atLeast(
        proposals.filter((p) => p.theme === spec.theme),
        spec.n,
      );
    case "per vorm":
      return FORMS.every((f) =>
        atLeast(
          proposals.filter((p) => p.forms.includes(f)),
          spec.n,
        ),
      );
    case "vorm":
      return atLeast(
        proposals.filter((p) => p.forms.includes(spec.form as (typeof FORMS)[number])),
        spec.n,
      );
    case "vast":
      return spec.numbers.every((n) => plan.start[proposals.indexOf(byNumber(n)!)] === byNumber(n)!.startYear);
    case "met": {
      const a = byNumber(spec.a);
      const b = byNumber(spec.b);
      return !a || !kept(a) || (b !== undefined && kept(b));
    }
    case "hoogstens":
      return spec.numbers.filter((n) => byNumber(n) && kept(byNumber(n)!)).length <= spec.k;
  }
}

/** Cost of a proposal in a year, written out from docs/contracts/plans.md: one-off in the start year, structural from it on. */
function cost(p: FitProposal, start: number | null, year: number): number {
  if (start === null || year < start) return 0;
  return (year === start ? p.incidental : 0) + p.structural;
}

export function room(instance: FitInstance, plan: Plan): number[] {
  return instance.years.map(
    (year) =>
      instance.room[year] +
      instance.actions.reduce((sum, a, i) => sum + (plan.cut[i] ? a.amounts[year] : 0), 0) -
      instance.proposals.reduce((sum, p, j) => sum + cost(p, plan.start[j], year), 0),
  );
}

export function goals(instance: FitInstance, mode: FitMode, plan: Plan): number[] {
  const euros = instance.actions.reduce(
    (sum, a, i) => sum + (plan.cut[i] ? instance.years.reduce((s, y) => s + a.amounts[y], 0) : 0),
    0,
  );
  const count = plan.cut.filter(Boolean).length;
  const delay = instance.proposals.reduce(
    (sum, p, j) => sum + (plan.start[j] === null ? 0 : plan.start[j]! - p.startYear),
    0,
  );
  const kept = (priority: string) =>
    instance.proposals.filter((p, j) => p.priority === priority && plan.start[j] !== null).length;
  if (mode === "schrappen") return [euros, count];
  if (mode === "uitstellen") return [euros, delay, count];
  if (mode === "afwegen") return [-kept("Meest kansrijk"), -kept("Kansrijk"), euros, delay, count];
  const used = instance.proposals.reduce(
    (sum, p, j) => sum + instance.years.reduce((s, y) => s + cost(p, plan.start[j], y), 0),
    0,
  );
  return [-kept("Meest kansrijk"), -kept("Kansrijk"), -used];
}

function* subsets(n: number): Generator<boolean[]> {
  for (let mask = 0; mask < 2 ** n; mask++) yield Array.from({ length: n }, (_, i) => ((mask >> i) & 1) === 1);
}

/** Every combination of one option per proposal. */
function* product<T>(options: readonly (readonly T[])[], j = 0): Generator<T[]> {
  if (j === options.length) {
    yield [];
    return;
  }
  for (const rest of product(options, j + 1)) for (const option of options[j]) yield [option, ...rest];
}

export function* plans(instance: FitInstance, mode: FitMode): Generator<Plan> {
  const later = (p: FitProposal) => instance.years.filter((y) => y >= p.startYear);
  const options: (number | null)[][] = instance.proposals.map((p) => {
    if (mode === "schrappen") return [p.startYear];
    if (mode === "uitstellen") return later(p);
    if (mode === "kiezen") return [p.startYear, null];
    return [...later(p), null];
  });
  const cuts = mode === "kiezen" ? [instance.actions.map(() => false)] : [...subsets(instance.actions.length)];
  for (const cut of cuts) for (const start of product(options)) yield { cut, start };
}

export const lexLess = (a: number[], b: number[]) => {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] < b[i];
  return false;
};

export type Expected =
  { best: number[] } | { leastShort: number; binding: string[] } | { conflict: true; binding: string[] };

export function bruteForce(instance: FitInstance, proposals: Tagged[], specs: Spec[], mode: FitMode): Expected {
  let best: number[] | undefined;
  let leastShort = Infinity;
  const fitsWith = (kept: Spec[]) => {
    for (const plan of plans(instance, mode)) {
      if (kept.every((s) => holds(s, proposals, plan)) && room(instance, plan).every((v) => v >= 0)) return true;
    }
    return false;
  };
  for (const plan of plans(instance, mode)) {
    if (!specs.every((s) => holds(s, proposals, plan))) continue;
    const r = room(instance, plan);
    const short = r.reduce((sum, v) => sum + Math.max(0, -v), 0);
    leastShort = Math.min(leastShort, short);
    if (short > 0) continue;
    const g = goals(instance, mode, plan);
    if (best === undefined || lexLess(g, best)) best = g;
  }
  if (best) return { best };
  const binding = specs.filter((s) => fitsWith(specs.filter((other) => other !== s))).map(textOf);
  return leastShort === Infinity ? { conflict: true, binding } : { leastShort, binding };
}

const amount = fc.integer({ min: 0, max: 8 }).map((n) => n * 25_000);
const yearAmounts = (years: readonly number[]) =>
  fc.tuple(...years.map(() => amount)).map((amounts) => Object.fromEntries(years.map((y, i) => [y, amounts[i]])));
const planYears = fc
  .record({ first: fc.integer({ min: 2024, max: 2040 }), length: fc.integer({ min: 1, max: 4 }) })
  .map(({ first, length }) => Array.from({ length }, (_, i) => first + i));
const proposal = (years: readonly number[]) =>
  fc
    .record({
      startYear: fc.constantFrom(...years),
      priority: fc.constantFrom("Meest kansrijk" as const, "Kansrijk" as const),
      incidental: fc.integer({ min: 0, max: 12 }).map((n) => n * 25_000),
      structural: fc.integer({ min: 0, max: 6 }).map((n) => n * 25_000),
      estimated: fc.boolean(),
      theme: fc.constantFrom(...THEMES),
      forms: fc.subarray([...FORMS]),
    })
    .map((p) => (p.estimated ? p : { ...p, incidental: 0, structural: 0 }));

/** Requirements over proposal numbers 1…n (n the plan's size), each kind as likely as the others. */
function spec(n: number): fc.Arbitrary<Spec> {
  const number = fc.integer({ min: 1, max: n });
  const numbers = fc.uniqueArray(number, { minLength: 1, maxLength: Math.min(n, 3) });
  return fc.oneof(
    fc.record({ kind: fc.constant("per thema" as const), n: fc.integer({ min: 1, max: 2 }) }),
    fc.record({
      kind: fc.constant("thema" as const),
      theme: fc.constantFrom(...THEMES),
      n: fc.integer({ min: 1, max: 2 }),
    }),
    fc.record({ kind: fc.constant("per vorm" as const), n: fc.integer({ min: 1, max: 2 }) }),
    fc.record({
      kind: fc.constant("vorm" as const),
      form: fc.constantFrom(...FORMS),
      n: fc.integer({ min: 1, max: 2 }),
    }),
    fc.record({ kind: fc.constant("vast" as const), numbers }),
    fc.record({ kind: fc.constant("met" as const), a: number, b: number }).filter((s) => s.a !== s.b),
    fc.record({ kind: fc.constant("hoogstens" as const), k: fc.integer({ min: 0, max: 2 }), numbers }),
  );
}

export const sized = (actions: number, proposals: number, requirements: number) =>
  planYears.chain((years) =>
    fc.array(proposal(years), { minLength: 2, maxLength: proposals }).chain((tagged) =>
      fc.record({
        years: fc.constant(years),
        room: yearAmounts(years),
        proposals: fc.constant(tagged.map((p, j) => ({ ...p, number: j + 1 }))),
        actions: fc.array(fc.record({ numbers: fc.constant([1]), amounts: yearAmounts(years) }), {
          maxLength: actions,
        }),
        specs: fc.array(spec(tagged.length), { maxLength: requirements }),
      }),
    ),
  );

/** Every plan that fits, meets the requirements and has the best goals. */
export function allOptima(instance: FitInstance, proposals: Tagged[], specs: Spec[], mode: FitMode): Plan[] {
  let best: number[] | undefined;
  let optima: Plan[] = [];
  for (const plan of plans(instance, mode)) {
    if (!specs.every((s) => holds(s, proposals, plan)) || room(instance, plan).some((v) => v < 0)) continue;
    const g = goals(instance, mode, plan);
    if (best === undefined || lexLess(g, best)) [best, optima] = [g, [plan]];
    else if (!lexLess(best, g)) optima.push(plan);
  }
  return optima;
}

export const planKey = (plan: Plan) => JSON.stringify([plan.cut, plan.start]);

/** A drawn plan with its requirements read by the parser, as FIT reads them. */
export function withRequirements({
  specs,
  ...random
}: { specs: Spec[] } & Omit<FitInstance, "requirements">) {
  const tagged = random.proposals as Tagged[];
  const resolved = resolveRequirements(specs.map(textOf).join("; "), {
    planProposals: tagged,
    themes: THEMES,
    proposalNumbers: new Set(tagged.map((p) => p.number)),
  });
  if (!resolved.ok) throw new Error(resolved.message);
  const instance: FitInstance = { ...random, requirements: resolved.value };
  return { instance, tagged, specs };
}
