/**
 * The grammar of requirements (`eisen`, docs/contracts/requirements.md): parts separated by ";", any
 * case, each one of
 *   per thema N | thema NAAM N | per vorm N | vorm NAAM N | vast LIJST | N met M | hoogstens K van LIJST
 * where LIJST is proposal numbers separated by ",", "en" or spaces. One parser for formulas, the pane
 * and the command line; names are checked later, against the workbook (resolve.ts).
 */

export type RequirementBody =
  | { kind: "per-theme"; count: number }
  | { kind: "theme"; theme: string; count: number }
  | { kind: "per-form"; count: number }
  | { kind: "form"; form: string; count: number }
  | { kind: "fixed"; proposals: number[] }
  | { kind: "together"; proposal: number; partner: number }
  | { kind: "at-most"; count: number; proposals: number[] };

/** A part as read, with its own text (trimmed) and where it starts in the whole text (0-based). */
export type Requirement = RequirementBody & { text: string; start: number };

/** Where the text went wrong: the part (1-based), the character (1-based in the whole text), what was expected. */
export interface RequirementError {
  part: number;
  text: string;
  position: number;
  expected: string;
  message: string;
}

export type RequirementsReading = { ok: true; requirements: Requirement[] } | { ok: false; error: RequirementError };

const LIST = String.raw`\d+(?:\s*(?:,|\ben\b|\s)\s*\d+)*`;

interface Form {
  pattern: RegExp;
  /** Said when a part starts with this keyword but does not read. */
  expected: string;
  build(match: RegExpExecArray): RequirementBody;
}

const numbersOf = (list: string) =>
  list
    .split(/\s*(?:,|\ben\b|\s)\s*/i)
    .filter((part) => part !== "")
    .map(Number);

const GRAMMAR: { keyword: RegExp; form: Form }[] = [
  {
    keyword: /^per\s+thema\b/i,
    form: {
      pattern: /^per\s+thema\s+(\d+)$/i,
      expected: 'een aantal, zoals "per thema 1"',
      build: (m) => ({ kind: "per-theme", count: Number(m[1]) }),
    },
  },
  {
    keyword: /^per\s+vorm\b/i,
    form: {
      pattern: /^per\s+vorm\s+(\d+)$/i,
      expected: 'een aantal, zoals "per vorm 1"',
      build: (m) => ({ kind: "per-form", count: Number(m[1]) }),
    },
  },
  {
    keyword: /^thema\b/i,
    form: {
      pattern: /^thema\s+(\S.*?)\s+(\d+)$/i,
      expected: 'een thema en een aantal, zoals "thema Technologie 1"',
      build: (m) => ({ kind: "theme", theme: m[1], count: Number(m[2]) }),
    },
  },
  {
    keyword: /^vorm\b/i,
    form: {
      pattern: /^vorm\s+(\S.*?)\s+(\d+)$/i,
      expected: 'een vorm van uitbuiting en een aantal, zoals "vorm arbeidsuitbuiting 1"',
      build: (m) => ({ kind: "form", form: m[1], count: Number(m[2]) }),
    },
  },
  {
    keyword: /^vast\b/i,
    form: {
      pattern: new RegExp(`^vast\\s+(${LIST})$`, "i"),
      expected: 'voorstelnummers, zoals "vast 9, 10"',
      build: (m) => ({ kind: "fixed", proposals: numbersOf(m[1]) }),
    },
  },
  {
    keyword: /^hoogstens\b/i,
    form: {
      pattern: new RegExp(`^hoogstens\\s+(\\d+)\\s+van\\s+(${LIST})$`, "i"),
      expected: 'een aantal en voorstelnummers, zoals "hoogstens 1 van 11, 31"',
      build: (m) => ({ kind: "at-most", count: Number(m[1]), proposals: numbersOf(m[2]) }),
    },
  },
  {
    keyword: /^\d+\s*met\b/i,
    form: {
      pattern: /^(\d+)\s+met\s+(\d+)$/i,
      expected: 'twee voorstelnummers, zoals "24 met 23"',
      build: (m) => ({ kind: "together", proposal: Number(m[1]), partner: Number(m[2]) }),
    },
  },
];

const KINDS =
  '"per thema N", "thema NAAM N", "per vorm N", "vorm NAAM N", "vast 9, 10", "24 met 23" of "hoogstens K van 11, 31"';

/** Where a part stops reading: the first character after the longest prefix that still could read. */
function failurePosition(part: string, rule: (typeof GRAMMAR)[number] | undefined): number {
  if (!rule) return 0;
  for (let length = part.length; length > 0; length--) {
    if (rule.form.pattern.test(part.slice(0, length))) return length;
  }
  return rule.keyword.exec(part)![0].length;
}

export function parseRequirements(text: string): RequirementsReading {
  const requirements: Requirement[] = [];
  let offset = 0;
  const parts = text.split(";");
  for (let index = 0; index < parts.length; index++) {
    const raw = parts[index];
    const leading = raw.length - raw.trimStart().length;
    const part = raw.trim().replace(/\s+/g, " ");
    const start = offset + leading;
    offset += raw.length + 1;
    if (part === "") continue;
    const rule = GRAMMAR.find((entry) => entry.keyword.test(part));
    const match = rule?.form.pattern.exec(part);
    if (!rule || !match) {
      const expected = rule ? rule.form.expected : KINDS;
      const position = start + failurePosition(part, rule) + 1;
      const where = rule ? `na "${part.slice(0, position - start - 1)}"` : "aan het begin";
      return {
        ok: false,
        error: {
          part: index + 1,
          text: part,
          position,
          expected,
          message: `Eis ${index + 1} ("${part}") is niet te lezen ${where} (teken ${position}): verwacht ${expected}.`,
        },
      };
    }
    requirements.push({ ...rule.form.build(match), text: part, start });
  }
  return { ok: true, requirements };
}

/** The canonical text of requirements, as the parser reads it back. */
export function printRequirements(requirements: readonly Requirement[]): string {
  return requirements.map(printRequirement).join("; ");
}

export function printRequirement(requirement: Requirement): string {
  switch (requirement.kind) {
    case "per-theme":
      return `per thema ${requirement.count}`;
    case "theme":
      return `thema ${requirement.theme} ${requirement.count}`;
    case "per-form":
      return `per vorm ${requirement.count}`;
    case "form":
      return `vorm ${requirement.form} ${requirement.count}`;
    case "fixed":
      return `vast ${requirement.proposals.join(", ")}`;
    case "together":
      return `${requirement.proposal} met ${requirement.partner}`;
    case "at-most":
      return `hoogstens ${requirement.count} van ${requirement.proposals.join(", ")}`;
  }
}
