"use client";
// An item's corrections, newest first: who, when, old → new, why, and whether it was reverted. Editors can revert
// one (after confirming, with an optional reason). Every string is rendered as text.
import { useState } from "react";
import { correctionLabels, errorText } from "@/lib/corrections/labels";
import type { CorrectionRecord, RevertResponse } from "@/lib/corrections/types";
import type { Lang } from "@/lib/view/state";
import { revertCorrection } from "./api";
import { ValueText, WhenText } from "./ValueText";

interface Props {
  lang: Lang;
  corrections: CorrectionRecord[];
  canRevert: boolean;
  onReverted(result: RevertResponse): void;
}

function Row({ c, lang, canRevert, onReverted }: { c: CorrectionRecord; lang: Lang; canRevert: boolean; onReverted(r: RevertResponse): void }) {
  const t = correctionLabels(lang);
  const [confirming, setConfirming] = useState(false);
  const [reason, setReason] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const revertible = canRevert && !c.revertedAt && !c.revertsId;

  async function revert() {
    setBusy(true);
    setError(null);
    const res = await revertCorrection(c.id, reason.trim() === "" ? null : reason);
    setBusy(false);
    if (res.ok) {
      setConfirming(false);
      onReverted(res.data);
    } else setError(errorText(res.code, lang, res.error));
  }

  return (
    <li className={`correction ${c.revertedAt ? "is-reverted" : ""} ${c.revertsId ? "is-revert" : ""}`} data-testid="correction" data-correction-id={c.id}>
      <div className="change">
        <ValueText lang={lang} value={c.before} />
        <span className="arrow" aria-label={lang === "ar" ? "إلى" : "to"}>
          {lang === "ar" ? " ← " : " → "}
        </span>
        <ValueText lang={lang} value={c.after} />
        {c.revertsId && <span className="tag">{t.revertOf}</span>}
        {c.revertedAt && (
          <span className="tag reverted" data-testid="correction-reverted">
            {t.reverted}
            {c.revertedBy ? ` (${c.revertedBy})` : ""}
          </span>
        )}
      </div>
      <div className="meta">
        {t.by} <bdi className="author">{c.author}</bdi> · {t.at} <WhenText iso={c.createdAt} lang={lang} />
      </div>
      <p className="reason" dir="auto">
        {c.reason}
      </p>
      {revertible && !confirming && (
        <button type="button" className="btn small" onClick={() => setConfirming(true)} data-testid="revert">
          {t.revert}
        </button>
      )}
      {revertible && confirming && (
        <div className="revert-confirm">
          <label>
            {t.revertReason}
            <input type="text" value={reason} maxLength={1000} onChange={(e) => setReason(e.target.value)} data-testid="revert-reason" />
          </label>
          <button type="button" className="btn primary small" disabled={busy} onClick={revert} data-testid="revert-confirm">
            {busy ? t.reverting : t.confirmRevert}
          </button>
          <button type="button" className="btn small" onClick={() => setConfirming(false)}>
            {t.cancel}
          </button>
        </div>
      )}
      {error && (
        <p className="notice error" role="alert">
          {error}
        </p>
      )}
    </li>
  );
}

export default function CorrectionHistory({ lang, corrections, canRevert, onReverted }: Props) {
  const t = correctionLabels(lang);
  if (corrections.length === 0) return <p className="muted" data-testid="history-empty">{t.noCorrections}</p>;
  return (
    <ol className="correction-history" data-testid="correction-history">
      {corrections.map((c) => (
        <Row key={c.id} c={c} lang={lang} canRevert={canRevert} onReverted={onReverted} />
      ))}
    </ol>
  );
}
