/** The 33 proposals grouped by theme, each a checkbox with its cost as printed and its status. */
import { Badge, Checkbox, makeStyles, Text, tokens } from "@fluentui/react-components";
import type { CostedProposal } from "../../model/plans";
import { THEMES, type CostStatus } from "../../model/schema";

const STATUS_LABELS: Record<CostStatus, string> = {
  geraamd: "geraamd",
  geen: "geen kosten",
  nvt: "n.v.t.",
  onbekend: "nog geen raming",
};

const useStyles = makeStyles({
  group: { border: "none", margin: 0, padding: 0, marginBottom: tokens.spacingVerticalM },
  legend: { fontWeight: tokens.fontWeightSemibold, padding: 0, marginBottom: tokens.spacingVerticalXS },
  item: { display: "flex", flexDirection: "column", marginBottom: tokens.spacingVerticalXS },
  detail: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center", paddingLeft: "32px" },
});

interface ProposalListProps {
  proposals: CostedProposal[];
  selected: ReadonlySet<number>;
  onToggle(number: number, checked: boolean): void;
}

export function ProposalList({ proposals, selected, onToggle }: ProposalListProps) {
  const styles = useStyles();
  const groups = THEMES.map((theme) => ({
    theme,
    entries: proposals.filter((entry) => entry.proposal.theme === theme),
  })).filter((group) => group.entries.length > 0);
  if (groups.length === 0) return <Text role="status">Geen voorstellen gevonden.</Text>;
  return (
    <>
      {groups.map(({ theme, entries }) => (
        <fieldset key={theme} className={styles.group}>
          <legend className={styles.legend}>{theme}</legend>
          {entries.map(({ proposal, cost }) => {
            const detailId = `voorstel-${proposal.number}-kosten`;
            return (
              <div key={proposal.number} className={styles.item}>
                <Checkbox
                  checked={selected.has(proposal.number)}
                  onChange={(_, data) => onToggle(proposal.number, data.checked === true)}
                  label={`${proposal.number}. ${proposal.text}`}
                  aria-describedby={detailId}
                />
                <div id={detailId} className={styles.detail}>
                  <Text size={200}>Kosten: {proposal.costText}</Text>
                  <Badge appearance="tint" color={cost.status === "onbekend" ? "warning" : "informative"}>
                    {STATUS_LABELS[cost.status]}
                  </Badge>
                </div>
              </div>
            );
          })}
        </fieldset>
      ))}
    </>
  );
}
