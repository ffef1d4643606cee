/**
 * The 33 proposals grouped by theme, each a checkbox with its cost as printed, its status and what it
 * builds on in the plan; a chosen proposal gets its own start year.
 */
import { Badge, Checkbox, makeStyles, mergeClasses, Select, Text, tokens } from "@fluentui/react-components";
import { memo } from "react";
import type { PlanLinks } from "../../model/links/plan-links";
import type { CostedProposal } from "../../model/plans/resolver";
import type { ProposalLinks } from "../../model/links/proposal-links";
import { THEMES, type CostStatus } from "../../model/schema";
import { useListStyles } from "./list-styles";
import { ProposalBuildsOn } from "./proposal-links";

const STATUS_LABELS: Record<CostStatus, string> = {
  geraamd: "geraamd",
  geen: "geen kosten",
  nvt: "n.v.t.",
  onbekend: "nog geen raming",
};

const useStyles = makeStyles({
  detail: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
  startYear: { display: "flex", gap: tokens.spacingHorizontalXS, alignItems: "center" },
});

interface ProposalRowProps {
  entry: CostedProposal;
  links: ProposalLinks | undefined;
  /** Undefined when the proposal is not chosen. */
  startYear: number | undefined;
  planYears: readonly number[];
  onToggle(number: number, checked: boolean): void;
  onStartYear(number: number, year: number): void;
}

/** Memoized: choosing one proposal re-renders its own row, not the other 32. */
const ProposalRow = memo(function ProposalRow({
  entry,
  links,
  startYear,
  planYears,
  onToggle,
  onStartYear,
}: ProposalRowProps) {
  const list = useListStyles();
  const styles = useStyles();
  const { proposal, cost } = entry;
  const detailId = `voorstel-${proposal.number}-kosten`;
  return (
    <div className={list.item}>
      <Checkbox
        checked={startYear !== undefined}
        onChange={(_, data) => onToggle(proposal.number, data.checked === true)}
        label={`${proposal.number}. ${proposal.text}`}
        aria-describedby={detailId}
      />
      <div id={detailId} className={mergeClasses(list.detail, styles.detail)}>
        <Text size={200}>Kosten: {proposal.costText}</Text>
        <Badge appearance="tint" color={cost.status === "onbekend" ? "warning" : "informative"}>
          {STATUS_LABELS[cost.status]}
        </Badge>
        {startYear !== undefined && (
          <div className={styles.startYear}>
            <Text size={200}>vanaf</Text>
            <Select
              size="small"
              aria-label={`Startjaar van voorstel ${proposal.number}`}
              value={String(startYear)}
              onChange={(_, data) => onStartYear(proposal.number, Number(data.value))}
            >
              {planYears.map((year) => (
                <option key={year} value={year}>
                  {year}
                </option>
              ))}
            </Select>
          </div>
        )}
        <ProposalBuildsOn links={links} />
      </div>
    </div>
  );
});

interface ProposalListProps {
  proposals: CostedProposal[];
  links: PlanLinks;
  /** The start year of a chosen proposal; undefined when it is not chosen. */
  startYearOf(number: number): number | undefined;
  planYears: readonly number[];
  onToggle(number: number, checked: boolean): void;
  onStartYear(number: number, year: number): void;
}

export function ProposalList({ proposals, links, startYearOf, planYears, onToggle, onStartYear }: ProposalListProps) {
  const list = useListStyles();
  // The letter's themes in its order, then any other theme the workbook's proposals name.
  const themes = [...new Set([...THEMES, ...proposals.map((entry) => entry.proposal.theme)])];
  const groups = themes
    .map((theme) => ({
      theme,
      entries: proposals.filter((entry) => entry.proposal.theme === theme),
    }))
    .filter((group) => group.entries.length > 0);
  if (groups.length === 0) return <Text role="status">Geen voorstellen gevonden.</Text>;
  return (
    <>
      {groups.map(({ theme, entries }) => (
        <fieldset key={theme} className={list.group}>
          <legend className={list.legend}>{theme}</legend>
          {entries.map((entry) => (
            <ProposalRow
              key={entry.proposal.number}
              entry={entry}
              links={links.of(entry.proposal.number)}
              startYear={startYearOf(entry.proposal.number)}
              planYears={planYears}
              onToggle={onToggle}
              onStartYear={onStartYear}
            />
          ))}
        </fieldset>
      ))}
    </>
  );
}
