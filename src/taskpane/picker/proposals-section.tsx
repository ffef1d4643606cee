/** Voorstellen (Bijlage 1): search and priority narrow the list; a search opens every theme it finds in. */
import { Field, Input, makeStyles, Radio, RadioGroup, Text, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { PlanQueries } from "../../model/functions/queries";
import { prioritiesOf, type Priority } from "../../model/schema";
import { startYearOf } from "./plan-edits";
import type { ResolvedPlan } from "../../model/plans/resolver";
import type { PaneYear } from "./plan-years";
import { ProposalList } from "./proposal-list";
import { useFolds } from "./use-folds";

type PriorityFilter = Priority | "alle";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "end" },
});

function matches(text: string, search: string): boolean {
  return text.toLowerCase().includes(search.trim().toLowerCase());
}

interface ProposalsSectionProps {
  queries: PlanQueries;
  years: readonly PaneYear[];
  plan: ResolvedPlan;
  onToggle(number: number, checked: boolean): void;
  onStartYear(number: number, year: PaneYear): void;
}

export function ProposalsSection({ queries, years, plan, onToggle, onStartYear }: ProposalsSectionProps) {
  const styles = useStyles();
  const [priority, setPriority] = useState<PriorityFilter>("alle");
  const [search, setSearch] = useState("");
  const folds = useFolds(search.trim() !== "");
  const visible = queries
    .costedProposals()
    .filter(
      ({ proposal }) =>
        (priority === "alle" || proposal.priority === priority) &&
        (search.trim() === "" ||
          matches(`${proposal.number} ${proposal.text} ${proposal.theme} ${proposal.costText}`, search)),
    );
  return (
    <section className={styles.section} aria-labelledby="voorstellen-kop">
      <Text as="h2" id="voorstellen-kop" weight="semibold" size={400}>
        Voorstellen (Bijlage 1)
      </Text>
      <div className={styles.row}>
        <Field label="Zoeken">
          <Input type="search" value={search} onChange={(_, data) => setSearch(data.value)} />
        </Field>
        <Field label="Prioriteit">
          <RadioGroup
            layout="horizontal"
            value={priority}
            onChange={(_, data) => setPriority(data.value as PriorityFilter)}
          >
            <Radio value="alle" label="Alle" />
            {prioritiesOf(queries.plan.proposals).map((value) => (
              <Radio key={value} value={value} label={value} />
            ))}
          </RadioGroup>
        </Field>
      </div>
      <ProposalList
        proposals={visible}
        years={years}
        folds={folds}
        links={queries.links}
        startYearOf={(number) => startYearOf(plan, number)}
        onToggle={onToggle}
        onStartYear={onStartYear}
      />
    </section>
  );
}
