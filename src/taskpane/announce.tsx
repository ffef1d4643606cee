/**
 * Status changes a screen reader must hear: a result that appears in the pane is said through Fluent's
 * AriaLiveAnnouncer, which start.tsx puts around App (it uses the browser's ariaNotify, or a live region
 * that is always in the page). A live region mounted together with its text is not announced reliably,
 * so views say their results through this (docs/toegankelijkheid.md, criterion 4.1.3).
 */
import { useAnnounce } from "@fluentui/react-components";
import { useEffect } from "react";

export function Announce({ text }: { text: string }) {
  const { announce } = useAnnounce();
  useEffect(() => announce(text, { polite: true }), [announce, text]);
  return null;
}
