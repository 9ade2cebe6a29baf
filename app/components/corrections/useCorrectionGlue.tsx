"use client";
// Everything the timeline page needs for corrections, in one hook, so the page mounts it with a few props:
// whether items can be dragged (signed-in editors only), what a drag does (select the event and open the form
// pre-filled — never a silent save), the event panel's correction section, and the editor status for the top bar.
import { useCallback, useState, type ReactNode } from "react";
import { intervalFromDrag } from "@/lib/corrections/drag";
import type { DayInterval } from "@/lib/time/types";
import type { Lang } from "@/lib/view/state";
import EditorStatus from "./EditorStatus";
import EventCorrections from "./EventCorrections";
import { useEditor } from "./useEditor";

interface Options {
  lang: Lang;
  /** Select (and open the panel of) an event. */
  select(eventId: string): void;
  /** Re-fetch the timeline's events: a correction or a revert moved one. */
  reload(): void;
}

export interface CorrectionGlue {
  editable: boolean;
  onMove(eventId: string, start: number, end: number | null): void;
  panelExtra(eventId: string): ReactNode;
  /** Changes after each saved correction: part of the panel's key, so it re-reads the event. */
  refreshKey: number;
  editorStatus: ReactNode;
}

export function useCorrectionGlue({ lang, select, reload }: Options): CorrectionGlue {
  const editor = useEditor();
  const [proposal, setProposal] = useState<{ eventId: string; interval: DayInterval } | null>(null);
  const [refreshKey, setRefreshKey] = useState(0);
  const [justDone, setJustDone] = useState<{ eventId: string; what: "saved" | "reverted" } | null>(null);

  const onMove = useCallback(
    (eventId: string, start: number, end: number | null) => {
      setProposal({ eventId, interval: intervalFromDrag(start, end) });
      setJustDone(null);
      select(eventId);
    },
    [select],
  );

  const panelExtra = useCallback(
    (eventId: string) => (
      <EventCorrections
        eventId={eventId}
        lang={lang}
        proposal={proposal?.eventId === eventId ? proposal.interval : null}
        justDone={justDone?.eventId === eventId ? justDone.what : null}
        onProposalDone={() => setProposal(null)}
        onChanged={(what) => {
          setJustDone({ eventId, what });
          setRefreshKey((k) => k + 1);
          reload();
        }}
      />
    ),
    [lang, proposal, justDone, reload],
  );

  return {
    editable: editor.status === "editor",
    onMove,
    panelExtra,
    refreshKey,
    editorStatus: <EditorStatus lang={lang} />,
  };
}
