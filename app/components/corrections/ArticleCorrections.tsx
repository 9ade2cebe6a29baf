"use client";
// The article view's correction section: correct (or give, for an undated article) the publication date with a
// reason, then see what moved; the article's correction history with revert. The server-rendered page around it is
// refreshed after each change so its events show their new dates.
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useId, useState, type FormEvent } from "react";
import { checkDay } from "@/lib/corrections/interval";
import { correctionLabels, errorText } from "@/lib/corrections/labels";
import { validateArticleCorrection, type RequestIssue } from "@/lib/corrections/request";
import type { ConflictBody, HistoryResponse, MovedEventRecord } from "@/lib/corrections/types";
import type { Lang } from "@/lib/view/state";
import { articleHistory, asConflict, correctArticle } from "./api";
import CorrectionHistory from "./CorrectionHistory";
import { EditGate } from "./EditGate";
import MovedEvents from "./MovedEvents";
import { useEditor } from "./useEditor";
import { ValueText } from "./ValueText";
import "./corrections.css";

interface Props {
  articleId: string;
  lang: Lang;
}

export default function ArticleCorrections({ articleId, lang }: Props) {
  const t = correctionLabels(lang);
  const ids = useId();
  const router = useRouter();
  const editor = useEditor();
  const [history, setHistory] = useState<HistoryResponse | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [published, setPublished] = useState("");
  const [reason, setReason] = useState("");
  const [busy, setBusy] = useState(false);
  const [issues, setIssues] = useState<RequestIssue[]>([]);
  const [failure, setFailure] = useState<string | null>(null);
  const [conflict, setConflict] = useState<ConflictBody | null>(null);
  const [moved, setMoved] = useState<{ moved: MovedEventRecord[]; keptByHand: string[] } | null>(null);

  const load = useCallback(async () => {
    const res = await articleHistory(articleId);
    if (res.ok) {
      setHistory(res.data);
      setPublished((p) => p || (res.data.target.published ?? ""));
      setLoadError(null);
    } else setLoadError(errorText(res.code, lang, res.error));
  }, [articleId, lang]);

  useEffect(() => {
    void load();
  }, [load]);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!history) return;
    setFailure(null);
    setConflict(null);
    const checked = validateArticleCorrection({ published, reason, expectedVersion: history.target.version });
    if (!checked.ok) {
      setIssues(checked.issues);
      return;
    }
    setIssues([]);
    setBusy(true);
    const res = await correctArticle(articleId, checked.value);
    setBusy(false);
    if (res.ok) {
      setMoved({ moved: res.data.moved, keptByHand: res.data.keptByHand });
      setReason("");
      await load();
      router.refresh();
      return;
    }
    const c = asConflict(res);
    if (c) {
      setConflict(c);
      await load();
      return;
    }
    if (Array.isArray(res.body.issues)) setIssues(res.body.issues as RequestIssue[]);
    setFailure(errorText(res.code, lang, res.error));
  }

  const issueFor = (field: string) => issues.find((i) => i.field === field);
  const current = history ? (history.target.published ?? null) : undefined;

  return (
    <section className="card corrections article-corrections" aria-labelledby={`${ids}-title`} data-testid="article-corrections">
      <h2 id={`${ids}-title`}>{t.publishedTitle}</h2>
      {current !== undefined && (
        <p>
          {t.publishedNow}: <ValueText lang={lang} value={{ published: current }} />
        </p>
      )}
      {current === null && (
        <p className="notice" data-testid="undated-article">
          {t.undatedArticle}
        </p>
      )}
      <EditGate lang={lang} editor={editor}>
        {history && (
          <form className="correction-form" onSubmit={submit} noValidate data-testid="published-form">
            <div className="row">
              <label>
                {t.publishedNew}
                <input
                  type="date"
                  name="published"
                  value={published}
                  required
                  onChange={(e) => setPublished(e.target.value)}
                  aria-invalid={issueFor("published") ? true : undefined}
                  aria-describedby={issueFor("published") ? `${ids}-published-error` : undefined}
                  data-testid="published-date"
                />
              </label>
            </div>
            {/^\d{4}-\d{2}-\d{2}$/.test(published) && checkDay(published).ok && published !== current && (
              <p className="preview" data-testid="published-preview">
                {t.willSave}: <ValueText lang={lang} value={{ published }} />
              </p>
            )}
            {issueFor("published") && (
              <span className="field-error" id={`${ids}-published-error`}>
                {errorText(issueFor("published")!.code, lang, issueFor("published")!.message)}
              </span>
            )}
            <label className="reason">
              {t.reason}
              <textarea
                name="reason"
                value={reason}
                rows={2}
                maxLength={1000}
                required
                placeholder={t.reasonPlaceholder}
                onChange={(e) => setReason(e.target.value)}
                aria-invalid={issueFor("reason") ? true : undefined}
                aria-describedby={issueFor("reason") ? `${ids}-reason-error` : undefined}
                data-testid="published-reason"
              />
            </label>
            {issueFor("reason") && (
              <span className="field-error" id={`${ids}-reason-error`}>
                {errorText(issueFor("reason")!.code, lang, issueFor("reason")!.message)}
              </span>
            )}
            {failure && !issues.length && (
              <p className="notice error" role="alert" data-testid="published-error">
                {failure}
              </p>
            )}
            {conflict && (
              <div className="notice error conflict" role="alert" data-testid="published-conflict">
                <strong>{t.conflictTitle}</strong>
                <p>
                  {t.conflictCurrent}: <ValueText lang={lang} value={{ published: conflict.current.published ?? null }} />
                </p>
              </div>
            )}
            <div className="actions">
              <button type="submit" className="btn primary" disabled={busy} data-testid="published-save">
                {busy ? t.saving : t.save}
              </button>
            </div>
          </form>
        )}
      </EditGate>
      {moved && <MovedEvents lang={lang} moved={moved.moved} keptByHand={moved.keptByHand} />}
      <h3>{t.history}</h3>
      {loadError && <p className="notice error">{loadError}</p>}
      {history && (
        <CorrectionHistory
          lang={lang}
          corrections={history.corrections}
          canRevert={editor.status === "editor"}
          onReverted={(r) => {
            setMoved({ moved: r.moved, keptByHand: [] });
            void load();
            router.refresh();
          }}
        />
      )}
    </section>
  );
}
