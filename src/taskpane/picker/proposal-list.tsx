/**
 * The proposals grouped by theme, each theme a fold; each proposal a checkbox with its text shortened
 * (the whole text one click away), its cost as printed, its status and what it builds on in the plan;
 * a chosen proposal gets its own start year among the plan years.
 */
import { Badge, Checkbox, makeStyles, mergeClasses, Select, Text, tokens } from "@fluentui/react-components";
import { memo } from "react";
import type { PlanLinks } from "../../model/links/plan-links";
import type { CostedProposal } from "../../model/plans/resolver";
import type { ProposalLinks } from "../../model/links/proposal-links";
import { themesOf, type CostStatus } from "../../model/schema";
import { Fold } from "./fold";
import { FoldAll } from "./fold-all";
import { shortened, WholeText } from "./long-text";
import type { PaneYear } from "./plan-years";
import type { Folds } from "./use-folds";
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
  years: readonly PaneYear[];
  links: ProposalLinks | undefined;
  /** Undefined when the proposal is not chosen. */
  startYear: PaneYear | undefined;
  onToggle(number: number, checked: boolean): void;
  onStartYear(number: number, year: PaneYear): void;
}

/** Memoized: choosing one proposal re-renders its own row, not the other 32. */
const ProposalRow = memo(function ProposalRow({
  entry,
  years,
  links,
  startYear,
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
        label={`${proposal.number}. ${shortened(proposal.text)}`}
        aria-describedby={detailId}
      />
      <div className={list.detail}>
        <WholeText text={proposal.text} of={`voorstel ${proposal.number}`} id={`voorstel-${proposal.number}-tekst`} />
      </div>
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
              onChange={(_, data) => onStartYear(proposal.number, Number(data.value) as PaneYear)}
            >
              {years.map((year) => (
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
  years: readonly PaneYear[];
  folds: Folds;
  links: PlanLinks;
  /** The start year of a chosen proposal; undefined when it is not chosen. */
  startYearOf(number: number): PaneYear | undefined;
  onToggle(number: number, checked: boolean): void;
  onStartYear(number: number, year: PaneYear): void;
}

export function ProposalList({
  proposals,
  years,
  folds,
  links,
  startYearOf,
  onToggle,
  onStartYear,
}: ProposalListProps) {
  const list = useListStyles();
  const groups = themesOf(proposals.map((entry) => entry.proposal))
    .map((theme) => ({
      theme,
      entries: proposals.filter((entry) => entry.proposal.theme === theme),
    }))
    .filter((group) => group.entries.length > 0);
  if (groups.length === 0) return <Text role="status">Geen voorstellen gevonden.</Text>;
  return (
    <>
      <FoldAll folds={folds} keys={groups.map(({ theme }) => theme)} what="thema's" />
      {groups.map(({ theme, entries }) => (
        <Fold
          key={theme}
          title={theme}
          count={`${entries.length}, ${entries.filter((entry) => startYearOf(entry.proposal.number) !== undefined).length} gekozen`}
          open={folds.isOpen(theme)}
          onToggle={(open) => folds.set(theme, open)}
        >
          <fieldset className={list.group} aria-label={theme}>
            {entries.map((entry) => (
              <ProposalRow
                key={entry.proposal.number}
                entry={entry}
                years={years}
                links={links.of(entry.proposal.number)}
                startYear={startYearOf(entry.proposal.number)}
                onToggle={onToggle}
                onStartYear={onStartYear}
              />
            ))}
          </fieldset>
        </Fold>
      ))}
    </>
  );
}
