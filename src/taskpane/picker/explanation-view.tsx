/**
 * "Waarom dit plan" under the found plan of Dekking zoeken (docs/explanation.md): every equally good
 * plan, each but the shown one applicable with one click, and the price of each choice of the answer
 * (what keeping a proposal it leaves out or delays, or an action it cuts, would cost). Then the
 * Besluitnotitie of the plan.
 */
import { Button, makeStyles, MessageBar, MessageBarBody, Text, tokens } from "@fluentui/react-components";
import { useRef, type ComponentRef } from "react";
import { Announce } from "../announce";
import type { FitEngine } from "../../model/fit/engine";
import type { FitAnswer, FitRequest } from "../../model/fit/fit-plan";
import type { Price } from "../../model/fit/prices";
import type { PlanQueries } from "../../model/functions/queries";
import type { PaneWorkbook } from "../workbook";
import { NotitieButton } from "./notitie-button";
import { MAX_PLANS, useExplanation } from "./use-explanation";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  row: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap", alignItems: "center" },
  code: { fontFamily: tokens.fontFamilyMonospace, wordBreak: "break-word" },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL },
});

export interface ExplanationViewProps {
  queries: PlanQueries;
  /** The search as it was run, and its answer: the plan the pane shows. */
  request: FitRequest;
  answer: FitAnswer;
  /** How many prices there are: one per proposal left out or delayed and per action cut. */
  choices: number;
  onApply(planText: string): void;
  workbook: PaneWorkbook;
  loadEngine: () => Promise<FitEngine>;
}

const shownText = (text: string) => (text === "" ? "(leeg plan)" : text);

function PlanList({ plans, onApply }: { plans: readonly FitAnswer[]; onApply(planText: string): void }) {
  const styles = useStyles();
  return (
    <>
      <Text weight="semibold">Even goede plannen</Text>
      {plans.length === 1 && <Text size={200}>Dit is het enige beste plan.</Text>}
      {plans.length === MAX_PLANS && <Text size={200}>De eerste {MAX_PLANS}; er kunnen er meer zijn.</Text>}
      <ol aria-label="Even goede plannen" className={styles.list}>
        {plans.map((plan, i) => (
          <li key={plan.text}>
            <div className={styles.row}>
              <span>
                Plan {i + 1}
                {i === 0 ? " (getoond)" : ""}: <span className={styles.code}>{shownText(plan.text)}</span>
              </span>
              {i > 0 && <Button onClick={() => onApply(plan.text)}>Plan {i + 1} toepassen</Button>}
            </div>
          </li>
        ))}
      </ol>
    </>
  );
}

function PriceList({ prices, choices }: { prices: readonly Price[]; choices: number }) {
  const styles = useStyles();
  return (
    <>
      <Text weight="semibold">De prijs van elke keuze</Text>
      {choices === 0 ? (
        <Text size={200}>Het plan laat geen voorstel weg of later starten en schrapt geen actie.</Text>
      ) : (
        <ul aria-label="De prijs van elke keuze" className={styles.list}>
          {prices.map((price) => (
            <li key={price.subject}>{price.text}</li>
          ))}
        </ul>
      )}
    </>
  );
}

export function ExplanationView({
  queries,
  request,
  answer,
  choices,
  onApply,
  workbook,
  loadEngine,
}: ExplanationViewProps) {
  const styles = useStyles();
  const { explanation, start, stop } = useExplanation(queries, request, answer, loadEngine);
  // Stoppen goes when pressed: the keyboard is taken back to the button that started.
  const ask = useRef<ComponentRef<"button">>(null);
  const shown = explanation.state === "idle" || explanation.state === "failed" ? null : explanation;
  return (
    <section aria-label="Waarom dit plan" className={styles.panel}>
      <Text weight="semibold">Waarom dit plan</Text>
      <div className={styles.row}>
        <Button ref={ask} onClick={() => void start()} disabledFocusable={explanation.state === "working"}>
          Waarom dit plan?
        </Button>
        {explanation.state === "working" && (
          <Button
            onClick={() => {
              stop();
              ask.current?.focus();
            }}
          >
            Stoppen
          </Button>
        )}
      </div>
      {explanation.state === "working" && (
        <Text size={200} role="status">
          {explanation.plans === null
            ? "Bezig met het zoeken naar even goede plannen…"
            : `Bezig: ${explanation.prices.length} van ${choices} prijzen berekend…`}
        </Text>
      )}
      {explanation.state === "stopped" && (
        <Text size={200} role="status">
          Gestopt: {explanation.prices.length} van {choices} prijzen berekend.
        </Text>
      )}
      {explanation.state === "failed" && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{explanation.message}</MessageBarBody>
        </MessageBar>
      )}
      {shown?.plans && <PlanList plans={shown.plans} onApply={onApply} />}
      {shown?.plans && <PriceList prices={shown.prices} choices={choices} />}
      {explanation.state === "done" && (
        <>
          <Announce
            text={`Waarom dit plan: ${
              explanation.plans.length === 1 ? "het enige beste plan" : `${explanation.plans.length} even goede plannen`
            }, ${explanation.prices.length} ${explanation.prices.length === 1 ? "prijs" : "prijzen"}.`}
          />
          <NotitieButton
            queries={queries}
            planText={shownText(answer.text)}
            workbook={workbook}
            input={{
              plan: answer.plan,
              estimate: request.estimate,
              prices: explanation.prices,
              alternatives: explanation.plans.map((plan) => plan.text),
              requirements: request.requirementsText,
            }}
          />
        </>
      )}
    </section>
  );
}
