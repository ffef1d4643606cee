/**
 * What the proposals say about the plan, as the picker shows it: beside a proposal the line of what it
 * builds on, and above the choice the notes for proposals that build on each other or on a cut action.
 * Presentational only: the texts come from src/model/links/plan-links.ts.
 */
import { Text } from "@fluentui/react-components";
import { describeLinks, type LinkNote } from "../../model/links/plan-links";
import type { ProposalLinks } from "../../model/links/proposal-links";

import { useNoteStyles } from "./plan-notes-styles";

export interface ProposalBuildsOnProps {
  /** The proposal's links (PlanLinks.of); nothing is shown when it names nothing of the plan. */
  links: ProposalLinks | undefined;
  /** For the proposal's checkbox to point at with aria-describedby. */
  id?: string;
}

/** "Sluit aan bij acties 22, 24–29: € 600.000 al in het plan". */
export function ProposalBuildsOn({ links, id }: ProposalBuildsOnProps) {
  const text = links ? describeLinks(links) : null;
  if (text === null) return null;
  return (
    <Text size={200} id={id}>
      {text}
    </Text>
  );
}

export interface LinkNotesProps {
  /** PlanLinks.notes of the current choice; nothing is shown without notes. */
  notes: readonly LinkNote[];
}

/** The notes of a choice, one line each in the plan's notes (plan-notes.tsx), seen before saving. */
export function LinkNotes({ notes }: LinkNotesProps) {
  const styles = useNoteStyles();
  if (notes.length === 0) return null;
  return (
    <ul className={styles.list} aria-label="Samenhang met het actieplan">
      {notes.map((note) => (
        <li key={`${note.kind}:${note.proposals.join(",")}:${note.actions.join(",")}`}>{note.message}</li>
      ))}
    </ul>
  );
}
