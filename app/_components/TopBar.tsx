"use client";
import type { ReactNode } from "react";
import { labels } from "@/lib/view/i18n";
import type { ViewState } from "@/lib/view/state";
import type { ExplorerMode } from "./Explorer";

interface Props {
  view: ViewState;
  mode: ExplorerMode;
  onLang(): void;
  children?: ReactNode;
}

export default function TopBar({ view, onLang, children }: Props) {
  const t = labels(view.lang);
  return (
    <header className="topbar">
      <h1>
        <a href={view.lang === "ar" ? "/" : "/?l=en"}>{t.appName}</a>
      </h1>
      <span className="tagline">{t.tagline}</span>
      <div className="actions">
        {children}
        <button type="button" className="btn" onClick={() => window.print()}>
          {t.print}
        </button>
        <button type="button" className="btn" onClick={onLang} lang={view.lang === "ar" ? "en" : "ar"} data-testid="lang-toggle">
          {t.switchLanguage}
        </button>
      </div>
    </header>
  );
}
