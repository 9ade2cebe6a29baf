"use client";
// The "correct the date" form of an event: a day or a range, a precision, a reason (required). It checks the input
// with the same rules as the server before sending, expects the version the editor saw, and on a 409 shows the
// current value instead of overwriting it.
import { useEffect, useId, useRef, useState, type FormEvent } from "react";
import {
  checkInterval,
  CORRECTION_GRANULARITIES,
  expandToPrecision,
  formatDateText,
  type CorrectionGranularity,
} from "@/lib/corrections/interval";
import { correctionLabels, errorText, precisionLabel } from "@/lib/corrections/labels";
import { validateEventCorrection, type RequestIssue } from "@/lib/corrections/request";
import type { ConflictBody, EventCorrectionResponse, EventDateValue } from "@/lib/corrections/types";
import type { DayInterval, Granularity } from "@/lib/time/types";
import type { Lang } from "@/lib/view/state";
import { asConflict, correctEvent } from "./api";
import { ValueText } from "./ValueText";

interface Props {
  eventId: string;
  lang: Lang;
  current: EventDateValue;
  /** The version whose value the editor is looking at. */
  version: number;
  /** A new interval proposed by dragging the event on the timeline. */
  proposed?: DayInterval | null;
  onSaved(result: EventCorrectionResponse): void;
  onCancel(): void;
  /** Someone else saved first: reload the history so it shows their correction. */
  onConflict?(): void;
}

function precisionOf(g: Granularity | null): CorrectionGranularity {
  if (g === "week" || g === "month" || g === "year") return g;
  if (g === "decade" || g === "century") return "year";
  return "day";
}

export default function CorrectionForm({ eventId, lang, current, version, proposed, onSaved, onCancel, onConflict }: Props) {
  const t = correctionLabels(lang);
  const ids = useId();
  const initial = proposed ?? current.interval;
  const [start, setStart] = useState(initial?.start ?? "");
  const [end, setEnd] = useState(initial && initial.end !== initial.start ? initial.end : "");
  const [precision, setPrecision] = useState<CorrectionGranularity>(precisionOf(current.granularity));
  const [reason, setReason] = useState("");
  const [expectedVersion, setExpectedVersion] = useState(version);
  const [busy, setBusy] = useState(false);
  const [issues, setIssues] = useState<RequestIssue[]>([]);
  const [failure, setFailure] = useState<string | null>(null);
  const [conflict, setConflict] = useState<ConflictBody | null>(null);

  const reasonRef = useRef<HTMLTextAreaElement>(null);
  // Opened by a drag on the timeline: bring the form into view and ask for the reason straight away.
  useEffect(() => {
    if (!proposed) return;
    reasonRef.current?.scrollIntoView({ block: "center" });
    reasonRef.current?.focus({ preventScroll: true });
  }, [proposed]);

  const issueFor = (field: string) => issues.find((i) => i.field === field);
  // The date in words as it will be saved: the browser's date fields show the reader's locale format (12/11/2016
  // could be read either way), so the form says which day it means, with both month names.
  const draft = checkInterval(start, end.trim() === "" ? start : end);
  const preview: EventDateValue | null = draft.ok ? { interval: draft.value, granularity: precision } : null;
  const describe = (field: string) => (issueFor(field) ? `${ids}-${field}-error` : undefined);

  function changePrecision(p: CorrectionGranularity) {
    setPrecision(p);
    // Picking a week, month or year fills in the whole unit around the chosen day.
    if (p !== "day" && /^\d{4}-\d{2}-\d{2}$/.test(start)) {
      const whole = expandToPrecision(start, p);
      setStart(whole.start);
      setEnd(whole.end);
    }
  }

  async function submit(e: FormEvent) {
    e.preventDefault();
    setFailure(null);
    const date = end.trim() !== "" && end !== start ? `${start}..${end}` : start;
    const checked = validateEventCorrection({ date, granularity: precision, reason, expectedVersion });
    if (!checked.ok) {
      setIssues(checked.issues);
      return;
    }
    setIssues([]);
    setBusy(true);
    const res = await correctEvent(eventId, {
      date: formatDateText(checked.value.interval),
      granularity: checked.value.granularity,
      reason: checked.value.reason,
      expectedVersion: checked.value.expectedVersion,
    });
    setBusy(false);
    if (res.ok) {
      onSaved(res.data);
      return;
    }
    const c = asConflict(res);
    if (c) {
      setConflict(c);
      onConflict?.();
      return;
    }
    const serverIssues = Array.isArray(res.body.issues) ? (res.body.issues as RequestIssue[]) : [];
    if (serverIssues.length) setIssues(serverIssues);
    setFailure(errorText(res.code, lang, res.error));
  }

  function startAgainFromCurrent() {
    if (!conflict) return;
    // The editor has now seen the current value: their next save expects it (and keeps their reason).
    setExpectedVersion(conflict.current.version);
    const i = conflict.current.interval ?? null;
    setStart(i?.start ?? "");
    setEnd(i && i.end !== i.start ? i.end : "");
    setPrecision(precisionOf(conflict.current.granularity ?? null));
    setConflict(null);
  }

  const fieldError = (field: string) => {
    const issue = issueFor(field);
    return issue ? (
      <span className="field-error" id={`${ids}-${field}-error`}>
        {errorText(issue.code, lang, issue.message)}
      </span>
    ) : null;
  };

  return (
    <form className="correction-form" onSubmit={submit} noValidate data-testid="correction-form" aria-label={t.editDate}>
      {proposed && <p className="notice drag-hint">{t.dragHint}</p>}
      <p className="hint">{t.editDateHint}</p>
      <div className="row">
        <label>
          {t.from}
          <input
            type="date"
            name="start"
            value={start}
            required
            onChange={(e) => setStart(e.target.value)}
            aria-invalid={issueFor("date") ? true : undefined}
            aria-describedby={describe("date")}
            data-testid="correction-start"
          />
        </label>
        <label>
          {t.to}
          <input type="date" name="end" value={end} min={start || undefined} onChange={(e) => setEnd(e.target.value)} data-testid="correction-end" />
        </label>
        <label>
          {t.precision}
          <select
            name="granularity"
            value={precision}
            onChange={(e) => changePrecision(e.target.value as CorrectionGranularity)}
            aria-invalid={issueFor("granularity") ? true : undefined}
            aria-describedby={describe("granularity")}
            data-testid="correction-precision"
          >
            {CORRECTION_GRANULARITIES.map((g) => (
              <option key={g} value={g}>
                {precisionLabel(g, lang)}
              </option>
            ))}
          </select>
        </label>
      </div>
      {preview && (
        <p className="preview" data-testid="correction-preview">
          {t.willSave}: <ValueText lang={lang} value={preview} />
        </p>
      )}
      {fieldError("date")}
      {fieldError("granularity")}
      <label className="reason">
        {t.reason}
        <textarea
          ref={reasonRef}
          name="reason"
          value={reason}
          rows={3}
          maxLength={1000}
          required
          placeholder={t.reasonPlaceholder}
          onChange={(e) => setReason(e.target.value)}
          aria-invalid={issueFor("reason") ? true : undefined}
          aria-describedby={describe("reason")}
          data-testid="correction-reason"
        />
      </label>
      {fieldError("reason")}
      {fieldError("expectedVersion")}
      {failure && !issues.length && (
        <p className="notice error" role="alert" data-testid="correction-error">
          {failure}
        </p>
      )}
      {conflict && (
        <div className="notice error conflict" role="alert" data-testid="correction-conflict">
          <strong>{t.conflictTitle}</strong>
          <p>
            {t.conflictCurrent}:{" "}
            <ValueText lang={lang} value={{ interval: conflict.current.interval ?? null, granularity: conflict.current.granularity ?? null }} />
          </p>
          {conflict.latest && (
            <p>
              {t.conflictLatest}: <bdi>{conflict.latest.author}</bdi> — «<bdi>{conflict.latest.reason}</bdi>»
            </p>
          )}
          <button type="button" className="btn" onClick={startAgainFromCurrent} data-testid="conflict-retry">
            {t.conflictRetry}
          </button>
        </div>
      )}
      <div className="actions">
        <button type="submit" className="btn primary" disabled={busy || conflict !== null} data-testid="correction-save">
          {busy ? t.saving : t.save}
        </button>
        <button type="button" className="btn" onClick={onCancel} data-testid="correction-cancel">
          {t.cancel}
        </button>
      </div>
    </form>
  );
}
