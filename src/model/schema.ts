import { z } from "zod";
import { isReserveLine } from "./lines/identify";
import { horizonOf, horizonProblem, KaderRowSchema, type Horizon } from "./horizon/horizon";
import { FormSchema, formsNamedIn, type Form } from "./forms/forms";

const wholeEuros = z.number().int().safe();

/** Whole euros per year, keyed by the year; the plan checks that every row holds exactly its horizon's years. */
export const YearAmountsSchema = z.record(z.string().regex(/^\d{4}$/), wholeEuros);

/** Where a row comes from in the letter, so every figure can be traced back. */
export const SourceSchema = z.object({
  bijlage: z.union([z.literal(1), z.literal(2)]),
  table: z.string().min(1),
  row: z.string().min(1),
});
export type Source = z.infer<typeof SourceSchema>;

export function formatSource(source: Source): string {
  return `Bijlage ${source.bijlage}, ${source.table}, rij ${source.row}`;
}

export const ActionLineNumberSchema = z.number().int().min(1);

/** A line's letter as Bijlage 2 labels it ("a", "h", "i"): any letter, identified as the validator does. */
export const BudgetLineIdSchema = z.string().regex(/^[a-z]$/);
export type BudgetLineId = z.infer<typeof BudgetLineIdSchema>;

export const BudgetLineSchema = z.object({
  id: BudgetLineIdSchema,
  description: z.string().min(1),
  /** The action line whose detail rows this line summarises ("Actielijn N" in its description), or null. */
  actionLine: ActionLineNumberSchema.nullable(),
  amounts: YearAmountsSchema,
  source: SourceSchema,
});
export type BudgetLine = z.infer<typeof BudgetLineSchema>;

export const ActionSchema = z.object({
  /** The action numbers the row carries: [3, 4] for the shared row "3 en 4". */
  numbers: z.array(z.number().int().min(1)).min(1),
  actionLine: ActionLineNumberSchema,
  description: z.string().min(1),
  amounts: YearAmountsSchema,
  source: SourceSchema,
});
export type Action = z.infer<typeof ActionSchema>;

/** The letter's themes and priorities: the built-in values; a workbook's own text counts as well. */
export const THEMES = [
  "Klantaanpak",
  "Bescherming van minderjarigen",
  "Criminele uitbuiting",
  "Opvang van slachtoffers",
  "Technologie",
  "Daderaanpak",
  "Overige onderwerpen",
  "Ander beleidsterrein",
] as const;
export const ThemeSchema = z.string().trim().min(1);
export type Theme = z.infer<typeof ThemeSchema>;

export const PRIORITIES = ["Meest kansrijk", "Kansrijk"] as const;
export const PrioritySchema = z.string().trim().min(1);
export type Priority = z.infer<typeof PrioritySchema>;

/** The letter's values first, then each other one the workbook's proposals hold, in their order. */
const letterThen = (defaults: readonly string[], held: readonly string[]): string[] => [
  ...new Set([...defaults, ...held]),
];

/** The themes to offer and group by: the letter's eight and any the workbook's proposals add. */
export function themesOf(proposals: readonly { theme: Theme }[]): string[] {
  return letterThen(
    THEMES,
    proposals.map((proposal) => proposal.theme),
  );
}

export function prioritiesOf(proposals: readonly { priority: Priority }[]): string[] {
  return letterThen(
    PRIORITIES,
    proposals.map((proposal) => proposal.priority),
  );
}

export const ProposalSchema = z.object({
  number: z.number().int().min(1),
  theme: ThemeSchema,
  priority: PrioritySchema,
  text: z.string().min(1),
  appraisal: z.string().min(1),
  /** The cost exactly as printed in the column "Geschatte kosten". */
  costText: z.string().min(1),
  source: SourceSchema,
  /** The forms of exploitation as the workbook's column Vormen gives them; absent: read from the text. */
  forms: z.array(FormSchema).optional(),
});
export type Proposal = z.infer<typeof ProposalSchema>;

/** What counts: the workbook's column Vormen where it has one, else what the text and appraisal name. */
export function proposalForms(proposal: Proposal): Form[] {
  return proposal.forms ?? formsNamedIn(proposal.text, proposal.appraisal);
}

export const CostStatusSchema = z.enum(["geen", "nvt", "onbekend", "geraamd"]);
export type CostStatus = z.infer<typeof CostStatusSchema>;

/** One kind of cost; low and high differ only for a range ("€ 125.000 … circa 1 miljoen"). */
export const EstimateSchema = z.object({ low: wholeEuros, high: wholeEuros });
export type Estimate = z.infer<typeof EstimateSchema>;

export const ParsedCostSchema = z.object({
  status: CostStatusSchema,
  /** null when the cost is unknown: "no estimate" must never read as 0. */
  incidental: EstimateSchema.nullable(),
  structural: EstimateSchema.nullable(),
  /** An amount was printed without "incidenteel" or "structureel" and is taken as incidental. */
  kindAssumed: z.boolean(),
  approximate: z.boolean(),
  warnings: z.array(z.string()),
});
export type ParsedCost = z.infer<typeof ParsedCostSchema>;

/**
 * One row of a saved plan in the `Scenarios` table: a proposal with its start year (null: none of its
 * own), a cut of a current action, or a reference to another plan by its text. Numbers and years are
 * checked when the plan is resolved, so one wrong row fails its own plan, not the whole table.
 */
export const SavedPlanPartSchema = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("proposal"),
    proposal: z.number().int().safe(),
    startYear: z.number().int().safe().nullable(),
  }),
  z.object({ kind: z.literal("cut"), action: z.number().int().safe() }),
  z.object({ kind: z.literal("reference"), plan: z.string().trim().min(1) }),
]);
export type SavedPlanPart = z.infer<typeof SavedPlanPartSchema>;

export const SavedPlanSchema = z.object({
  name: z.string().trim().min(1),
  parts: z.array(SavedPlanPartSchema).min(1),
});
export type SavedPlan = z.infer<typeof SavedPlanSchema>;

export const PlanSchema = z
  .object({
    /** The `Kader` table: one row per year of the horizon (horizon/horizon.ts reads it). */
    kader: z.array(KaderRowSchema),
    budgetLines: z.array(BudgetLineSchema).min(1),
    actions: z.array(ActionSchema).min(1),
    proposals: z.array(ProposalSchema).min(1),
  })
  .superRefine((plan, ctx) => {
    const problem = horizonProblem(plan.kader);
    if (problem !== null) {
      ctx.addIssue({ code: "custom", path: ["kader"], message: problem });
      return;
    }
    const { years } = horizonOf(plan.kader);
    const expected = years.join(",");
    const rows = [
      ...plan.budgetLines.map((line) => ({ list: "budgetLines", row: line, name: `regel ${line.id}` })),
      ...plan.actions.map((action) => ({ list: "actions", row: action, name: `actie ${action.numbers.join(" en ")}` })),
    ];
    for (const { list, row, name } of rows) {
      const held = Object.keys(row.amounts)
        .map(Number)
        .sort((a, b) => a - b)
        .join(",");
      if (held !== expected) {
        ctx.addIssue({
          code: "custom",
          path: [list],
          message: `De jaren van ${name} (${held}) zijn niet die van de horizon (${expected})`,
        });
      }
    }
    const ids = plan.budgetLines.map((line) => line.id);
    if (new Set(ids).size !== ids.length)
      ctx.addIssue({ code: "custom", path: ["budgetLines"], message: "Dubbele begrotingsregel" });
    if (plan.budgetLines.filter((line) => isReserveLine(line.description)).length !== 1) {
      ctx.addIssue({
        code: "custom",
        path: ["budgetLines"],
        message: 'precies één regel moet de reserve zijn (een omschrijving die begint met "Reservering")',
      });
    }
    const numbers = plan.actions.flatMap((action) => action.numbers);
    if (new Set(numbers).size !== numbers.length) ctx.addIssue({ code: "custom", message: "Dubbel actienummer" });
    const proposalNumbers = plan.proposals.map((proposal) => proposal.number);
    if (new Set(proposalNumbers).size !== proposalNumbers.length) {
      ctx.addIssue({ code: "custom", message: "Dubbel voorstelnummer" });
    }
  });
export type Plan = z.infer<typeof PlanSchema>;

/** The plan's horizon: its years, frame and phases, and its plan years. */
export function planHorizon(plan: Plan): Horizon {
  return horizonOf(plan.kader);
}

/** The line whose description starts with "Reservering" (line h in the letter): what every GAP starts from. */
export function reserveLineOf(plan: Plan): BudgetLine {
  return plan.budgetLines.find((line) => isReserveLine(line.description))!;
}
