/**
 * Forms of exploitation (docs/contracts/model.md): the three the letter's section 2 asks balance over,
 * in its order and spelling. A proposal's forms are what its text or appraisal names, read here by a
 * general reader of Dutch phrasing, or what the officer wrote in the Voorstellen table's column Vormen.
 */
import { z } from "zod";

export const FORMS = ["seksuele uitbuiting", "arbeidsuitbuiting", "criminele uitbuiting"] as const;
export const FormSchema = z.enum(FORMS);
export type Form = z.infer<typeof FormSchema>;

/** The word before "uitbuiting" (or the part of a compound) that names each form. */
const QUALIFIERS: Record<string, Form> = {
  seksuele: "seksuele uitbuiting",
  arbeids: "arbeidsuitbuiting",
  criminele: "criminele uitbuiting",
};

/** Words that join qualifiers into one list: "seksuele en criminele uitbuiting", "arbeids-, seksuele of …". */
const JOINERS = new Set([",", "en", "of", "zowel", "als", "/"]);

const WORD = /[a-zà-ÿ]+-?|[,/]/g;

/** "alle vormen van uitbuiting", "alle uitbuitingsvormen": every form. */
const ALL_FORMS = /\balle\s+(?:vormen\s+van\s+uitbuiting|uitbuitingsvormen)\b/;

/** The forms a text names, in FORMS order. A bare "uitbuiting" names none. */
export function formsNamedIn(...texts: readonly string[]): Form[] {
  const named = new Set<Form>();
  for (const text of texts) {
    const lower = text.toLowerCase();
    if (ALL_FORMS.test(lower)) FORMS.forEach((form) => named.add(form));
    const words = lower.match(WORD) ?? [];
    words.forEach((word, index) => {
      const compound = /^(.+?)-?uitbuiting$/.exec(word);
      if (!compound && word !== "uitbuiting") return;
      if (compound && QUALIFIERS[compound[1]]) named.add(QUALIFIERS[compound[1]]);
      // Walk back over the coordinated qualifiers: "seksuele en criminele uitbuiting", "arbeids- en …".
      for (let back = index - 1; back >= 0; back--) {
        const qualifier = QUALIFIERS[words[back].replace(/-$/, "")];
        if (qualifier) named.add(qualifier);
        else if (!JOINERS.has(words[back])) break;
      }
    });
  }
  return FORMS.filter((form) => named.has(form));
}

export function formsText(forms: readonly Form[]): string {
  return FORMS.filter((form) => forms.includes(form)).join(", ");
}

export type FormsReading = { ok: true; forms: Form[] } | { ok: false; unknown: string };

/** The column Vormen as the officer may write it: forms separated by commas, any case; empty: none. */
export function readFormsCell(text: string): FormsReading {
  const forms: Form[] = [];
  for (const part of text.split(/[,;]/).map((piece) => piece.trim().toLowerCase())) {
    if (part === "") continue;
    const form = FORMS.find((candidate) => candidate === part.replace(/\s+/g, " "));
    if (!form) return { ok: false, unknown: part };
    forms.push(form);
  }
  return { ok: true, forms: FORMS.filter((form) => forms.includes(form)) };
}
