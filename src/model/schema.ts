import { z } from "zod";
import { YEARS, type Year } from "./horizon/years";
import { FormSchema, formsNamedIn, type Form } from "./forms/forms";

const wholeEuros = z.number().int().safe();

export const YearSchema = z.union(
  YEARS.map((year) => z.literal(year)) as [
    z.ZodLiteral<2023>,
    z.ZodLiteral<2024>,
    z.ZodLiteral<2025>,
    z.ZodLiteral<2026>,
  ],
);

export const YearAmountsSchema = z.object({
  2023: wholeEuros,
  2024: wholeEuros,
  2025: wholeEuros,
  2026: wholeEuros,
}) satisfies z.ZodType<Record<Year, number>>;

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

export const ActionLineNumberSchema = z.number().int().min(1).max(5);

export const BudgetLineIdSchema = z.enum(["a", "b", "c", "d", "e", "f", "g", "h"]);
export type BudgetLineId = z.infer<typeof BudgetLineIdSchema>;

export const BudgetLineSchema = z.object({
  id: BudgetLineIdSchema,
  description: z.string().min(1),
  /** Set on lines c–g: the action line whose detail table this line summarises. */
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
export const ThemeSchema = z.enum(THEMES);
export type Theme = z.infer<typeof ThemeSchema>;

export const PRIORITIES = ["Meest kansrijk", "Kansrijk"] as const;
export const PrioritySchema = z.enum(PRIORITIES);
export type Priority = z.infer<typeof PrioritySchema>;

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
    frame: wholeEuros,
    budgetLines: z.array(BudgetLineSchema).length(8),
    actions: z.array(ActionSchema).min(1),
    proposals: z.array(ProposalSchema).min(1),
  })
  .superRefine((plan, ctx) => {
    const ids = plan.budgetLines.map((line) => line.id).join("");
    if (ids !== "abcdefgh") ctx.addIssue({ code: "custom", message: `Begrotingsregels niet a–h: ${ids}` });
    const numbers = plan.actions.flatMap((action) => action.numbers);
    if (new Set(numbers).size !== numbers.length) ctx.addIssue({ code: "custom", message: "Dubbel actienummer" });
    const proposalNumbers = plan.proposals.map((proposal) => proposal.number);
    if (new Set(proposalNumbers).size !== proposalNumbers.length) {
      ctx.addIssue({ code: "custom", message: "Dubbel voorstelnummer" });
    }
  });
export type Plan = z.infer<typeof PlanSchema>;
