"use client";
// The correction section of the event panel: the "correct the date" form for signed-in editors (opened by the
// button or by dragging the event on the timeline), and the event's correction history for everyone.
import { useCallback, useEffect, useState } from "react";
import { correctionLabels, errorText } from "@/lib/corrections/labels";
import type { HistoryResponse } from "@/lib/corrections/types";
import type { DayInterval } from "@/lib/time/types";
import type { Lang } from "@/lib/view/state";
import { eventHistory } from "./api";
import CorrectionForm from "./CorrectionForm";
import CorrectionHistory from "./CorrectionHistory";
import { EditGate } from "./EditGate";
import { useEditor } from "./useEditor";
import "./corrections.css";

interface Props {
  eventId: string;
  lang: Lang;
  /** An interval proposed by a drag on the timeline: opens the form pre-filled. */
  proposal?: DayInterval | null;
  /** The proposal was saved or abandoned. */
  onProposalDone?(): void;
  /** A correction or a revert changed the event: redraw the timeline and the panel. */
  onChanged?(what: "saved" | "reverted"): void;
  /** The panel was re-opened right after a save or a revert: say so. */
  justDone?: "saved" | "reverted" | null;
}

export default function EventCorrections({ eventId, lang, proposal, onProposalDone, onChanged, justDone }: Props) {
  const t = correctionLabels(lang);
  const editor = useEditor();
  const [history, setHistory] = useState<HistoryResponse | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [formOpen, setFormOpen] = useState(false);
  const [formKey, setFormKey] = useState(0);
  const [notice, setNotice] = useState<string | null>(justDone === "saved" ? t.saved : justDone === "reverted" ? t.revertDone : null);

  const load = useCallback(
    async (signal?: AbortSignal) => {
      const res = await eventHistory(eventId, signal);
      if (signal?.aborted) return;
      if (res.ok) {
        setHistory(res.data);
        setLoadError(null);
      } else setLoadError(errorText(res.code, lang, res.error));
    },
    [eventId, lang],
  );

  useEffect(() => {
    const ctrl = new AbortController();
    load(ctrl.signal).catch(() => undefined);
    return () => ctrl.abort();
  }, [load]);

  // A drag opens a fresh form on the proposed interval.
  useEffect(() => {
    if (!proposal) return;
    setFormKey((k) => k + 1);
    setFormOpen(true);
    setNotice(null);
  }, [proposal]);

  const close = () => {
    setFormOpen(false);
    onProposalDone?.();
  };

  return (
    <section className="corrections" aria-labelledby={`corrections-${eventId}`} data-testid="event-corrections">
      <h3 id={`corrections-${eventId}`}>{t.corrections}</h3>
      <EditGate lang={lang} editor={editor}>
        {history &&
          (formOpen ? (
            <CorrectionForm
              key={formKey}
              eventId={eventId}
              lang={lang}
              current={{ interval: history.target.interval ?? null, granularity: history.target.granularity ?? null }}
              version={history.target.version}
              proposed={proposal ?? null}
              onSaved={() => {
                setNotice(t.saved);
                close();
                void load();
                onChanged?.("saved");
              }}
              onCancel={close}
              onConflict={() => void load()}
            />
          ) : (
            <button
              type="button"
              className="btn primary"
              onClick={() => {
                setFormKey((k) => k + 1);
                setFormOpen(true);
                setNotice(null);
              }}
              data-testid="edit-date"
            >
              {t.editDate}
            </button>
          ))}
      </EditGate>
      {notice && (
        <p className="notice ok" role="status" data-testid="correction-saved">
          {notice}
        </p>
      )}
      <h3>{t.history}</h3>
      {loadError && <p className="notice error">{loadError}</p>}
      {history && (
        <CorrectionHistory
          lang={lang}
          corrections={history.corrections}
          canRevert={editor.status === "editor"}
          onReverted={() => {
            setNotice(t.revertDone);
            void load();
            onChanged?.("reverted");
          }}
        />
      )}
    </section>
  );
}
