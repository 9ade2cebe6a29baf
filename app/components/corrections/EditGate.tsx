"use client";
// Shows its children to signed-in editors only; anyone else is told how to edit (sign in), or that editing is
// disabled on this server.
import type { ReactNode } from "react";
import { correctionLabels } from "@/lib/corrections/labels";
import type { Lang } from "@/lib/view/state";
import { signInHref, type EditorState } from "./useEditor";

export function EditGate({ lang, editor, children }: { lang: Lang; editor: EditorState; children: ReactNode }) {
  const t = correctionLabels(lang);
  switch (editor.status) {
    case "loading":
      return null;
    case "disabled":
      return (
        <p className="muted" data-testid="editing-disabled">
          {editor.message[lang]}
        </p>
      );
    case "anonymous":
      return (
        <p className="muted" data-testid="sign-in-to-edit">
          {t.signInToEdit} <a href={signInHref(lang)}>{t.signIn}</a>
        </p>
      );
    case "editor":
      return <>{children}</>;
  }
}
