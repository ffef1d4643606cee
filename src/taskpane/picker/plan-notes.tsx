/**
 * Everything the officer should know about the plan before saving it, in one box: the chosen proposals
 * without an estimate (not counted), and how the choice hangs together with the action plan. One warning
 * with short lines, not a box per note: six boxes took more of the pane than the figures.
 */
import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import type { LinkNote } from "../../model/links/plan-links";
import type { CostedProposal } from "../../model/plans/resolver";
import { shortened } from "./long-text";
import { useNoteStyles } from "./plan-notes-styles";
import { LinkNotes } from "./proposal-links";

interface PlanNotesProps {
  withoutEstimate: readonly CostedProposal[];
  links: readonly LinkNote[];
}

export function PlanNotes({ withoutEstimate, links }: PlanNotesProps) {
  const styles = useNoteStyles();
  const count = withoutEstimate.length + links.length;
  if (count === 0) return null;
  return (
    <MessageBar intent="warning" layout="multiline" aria-label="Let op bij dit plan">
      <MessageBarBody>
        <MessageBarTitle>Let op ({count})</MessageBarTitle>
        {withoutEstimate.length > 0 && (
          <>
            <div>Gekozen zonder raming, niet meegeteld:</div>
            <ul className={styles.list} aria-label="Gekozen voorstellen zonder raming">
              {withoutEstimate.map(({ proposal }) => (
                <li key={proposal.number}>
                  {proposal.number}. {shortened(proposal.text, 50)} ({proposal.costText})
                </li>
              ))}
            </ul>
          </>
        )}
        <LinkNotes notes={links} />
      </MessageBarBody>
    </MessageBar>
  );
}
