"use client";
// Name (recorded on every correction) and the editors' password. Errors — wrong password, too many attempts,
// editing disabled — are said in the page's language.
import { useId, useState, type FormEvent } from "react";
import { safeNextPath } from "@/lib/auth/redirect";
import { correctionLabels, errorText } from "@/lib/corrections/labels";
import type { Lang } from "@/lib/view/state";
import { signIn, signOut } from "../components/corrections/api";
import { refreshEditor, useEditor } from "../components/corrections/useEditor";
import "../components/corrections/corrections.css";

export default function SignInForm({ lang, next }: { lang: Lang; next: string }) {
  const t = correctionLabels(lang);
  const ids = useId();
  const editor = useEditor();
  const [name, setName] = useState("");
  const [password, setPassword] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    const res = await signIn(name, password);
    setBusy(false);
    if (res.ok) {
      await refreshEditor();
      window.location.assign(safeNextPath(next));
      return;
    }
    setPassword("");
    const wait = typeof res.body.retryAfterSeconds === "number" ? ` (${res.body.retryAfterSeconds} s)` : "";
    setError(errorText(res.code, lang, res.error) + wait);
  }

  const back = lang === "en" ? (next.includes("?") ? `${next}&l=en` : `${next}?l=en`) : next;
  const otherLang = new URLSearchParams({ next });
  if (lang === "ar") otherLang.set("l", "en");
  return (
    <main className={`signin-page ${lang}`} lang={lang} dir={lang === "ar" ? "rtl" : "ltr"}>
      <div className="card signin-card">
        <a className="switch-lang" href={`/signin?${otherLang.toString()}`} lang={lang === "ar" ? "en" : "ar"}>
          {lang === "ar" ? "English" : "العربية"}
        </a>
        <h1>{t.signInTitle}</h1>
        <p className="hint">{t.signInHint}</p>
        {editor.status === "disabled" && (
          <p className="notice error" role="alert" data-testid="editing-disabled">
            {editor.message[lang]}
          </p>
        )}
        {editor.status === "editor" && (
          <p className="notice ok" data-testid="already-signed-in">
            {t.signedInAs} <bdi>{editor.name}</bdi>{" "}
            <button type="button" className="btn small" onClick={async () => { await signOut(); await refreshEditor(); }}>
              {t.signOut}
            </button>
          </p>
        )}
        <form onSubmit={submit} className="correction-form" data-testid="signin-form" aria-describedby={error ? `${ids}-error` : undefined}>
          <label>
            {t.name}
            <input name="name" autoComplete="name" value={name} maxLength={80} required onChange={(e) => setName(e.target.value)} data-testid="signin-name" />
          </label>
          <label>
            {t.password}
            <input
              name="password"
              type="password"
              autoComplete="current-password"
              value={password}
              required
              onChange={(e) => setPassword(e.target.value)}
              data-testid="signin-password"
              dir="ltr"
            />
          </label>
          {error && (
            <p className="notice error" role="alert" id={`${ids}-error`} data-testid="signin-error">
              {error}
            </p>
          )}
          <div className="actions">
            <button type="submit" className="btn primary" disabled={busy || editor.status === "disabled"} data-testid="signin-submit">
              {busy ? t.signingIn : t.signIn}
            </button>
            <a href={back}>{t.backToTimeline}</a>
          </div>
        </form>
      </div>
    </main>
  );
}
