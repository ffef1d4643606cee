/**
 * "Besluitnotitie maken": the note of the shown plan (src/layout/notitie.ts) written as a sheet of the
 * workbook, with the prices and equally good plans the explanation found. A sheet Besluitnotitie that is
 * already there is replaced only when the officer says so.
 */
import { Button, MessageBar, MessageBarActions, MessageBarBody, Spinner, Text } from "@fluentui/react-components";
import { useRef, useState, type ComponentRef } from "react";
import { Announce } from "../announce";
import { NOTITIE_SHEET, notitieSheet, type NotitieInput } from "../../layout/notitie";
import type { SheetLayout } from "../../layout/types";
import type { PlanQueries } from "../../model/functions/queries";
import type { PaneWorkbook } from "../workbook";

type Note =
  | { state: "idle" }
  | { state: "writing" }
  | { state: "asking"; sheet: SheetLayout }
  | { state: "written"; text: string }
  | { state: "cancelled" }
  | { state: "failed"; message: string };

export function NotitieButton({
  queries,
  input,
  planText,
  workbook,
}: {
  queries: PlanQueries;
  input: NotitieInput;
  /** The plan's text, to say which plan the note is for. */
  planText: string;
  workbook: PaneWorkbook;
}) {
  const [note, setNote] = useState<Note>({ state: "idle" });
  // The question's buttons go with it: the keyboard is taken back to the button that asked.
  const button = useRef<ComponentRef<"button">>(null);

  const write = async (sheet: SheetLayout, replace: boolean) => {
    setNote({ state: "writing" });
    button.current?.focus();
    const written = await workbook.writeNotitie(sheet, replace);
    if (!written.ok) setNote({ state: "failed", message: written.message });
    else if (written.value === "exists") setNote({ state: "asking", sheet });
    else setNote({ state: "written", text: `Blad ${NOTITIE_SHEET} gemaakt voor het plan ${planText}.` });
  };

  return (
    <>
      <div>
        <Button
          ref={button}
          onClick={() => void write(notitieSheet(queries, input), false)}
          disabledFocusable={note.state === "writing" || note.state === "asking"}
        >
          Besluitnotitie maken
        </Button>
      </div>
      {note.state === "writing" && <Spinner size="tiny" label="Bezig met het blad Besluitnotitie…" role="status" />}
      {note.state === "asking" && (
        <MessageBar intent="warning" role="alert">
          <MessageBarBody>Er is al een blad {NOTITIE_SHEET}. Vervangen?</MessageBarBody>
          <MessageBarActions>
            <Button onClick={() => void write(note.sheet, true)}>Vervangen</Button>
            <Button
              onClick={() => {
                setNote({ state: "cancelled" });
                button.current?.focus();
              }}
            >
              Annuleren
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {note.state === "cancelled" && (
        <>
          <Announce text={`Het blad ${NOTITIE_SHEET} is niet vervangen.`} />
          <Text size={200}>Het blad {NOTITIE_SHEET} is niet vervangen.</Text>
        </>
      )}
      {note.state === "written" && (
        <>
          <Announce text={note.text} />
          <Text size={200}>{note.text}</Text>
        </>
      )}
      {note.state === "failed" && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{note.message}</MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}
