"use client";
// The top bar's editor status: who is signed in (with sign-out), or a sign-in link. Nothing when editing is disabled.
import { correctionLabels } from "@/lib/corrections/labels";
import type { Lang } from "@/lib/view/state";
import { signOut } from "./api";
import { refreshEditor, signInHref, useEditor } from "./useEditor";
import "./corrections.css";

export default function EditorStatus({ lang }: { lang: Lang }) {
  const t = correctionLabels(lang);
  const editor = useEditor();
  if (editor.status === "editor") {
    return (
      <span className="editor-status" data-testid="editor-status">
        {t.signedInAs} <bdi>{editor.name}</bdi>{" "}
        <button
          type="button"
          className="btn small"
          onClick={async () => {
            await signOut();
            await refreshEditor();
          }}
          data-testid="sign-out"
        >
          {t.signOut}
        </button>
      </span>
    );
  }
  if (editor.status === "anonymous") {
    return (
      <a className="btn" href={signInHref(lang)} data-testid="sign-in-link">
        {t.signIn}
      </a>
    );
  }
  return null;
}
