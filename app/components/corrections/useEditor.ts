"use client";
// Who is editing, shared by every correction component on the page: one fetch of /api/auth/session, re-read after
// sign-in/out or when a write answers 401.
import { useSyncExternalStore } from "react";

export type EditorState =
  | { status: "loading" }
  | { status: "disabled"; message: { ar: string; en: string } }
  | { status: "anonymous" }
  | { status: "editor"; name: string; expiresAt: string };

let state: EditorState = { status: "loading" };
let inflight: Promise<void> | null = null;
const listeners = new Set<() => void>();

function set(next: EditorState) {
  state = next;
  for (const l of listeners) l();
}

export function refreshEditor(): Promise<void> {
  inflight ??= fetch("/api/auth/session", { credentials: "same-origin", headers: { accept: "application/json" } })
    .then(async (res) => {
      const body = (await res.json()) as { editing: boolean; message?: { ar: string; en: string }; editor: { name: string; expiresAt: string } | null };
      if (!body.editing) set({ status: "disabled", message: body.message ?? { ar: "", en: "" } });
      else if (body.editor) set({ status: "editor", name: body.editor.name, expiresAt: body.editor.expiresAt });
      else set({ status: "anonymous" });
    })
    .catch(() => set({ status: "anonymous" }))
    .finally(() => {
      inflight = null;
    });
  return inflight;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  if (state.status === "loading" && !inflight) void refreshEditor();
  return () => listeners.delete(listener);
}

const serverState: EditorState = { status: "loading" };

export function useEditor(): EditorState {
  return useSyncExternalStore(
    subscribe,
    () => state,
    () => serverState,
  );
}

/** The sign-in page's address, coming back to where the reader is. */
export function signInHref(lang: "ar" | "en"): string {
  const here = typeof window === "undefined" ? "/" : `${window.location.pathname}${window.location.search}`;
  const q = new URLSearchParams({ next: here });
  if (lang === "en") q.set("l", "en");
  return `/signin?${q.toString()}`;
}
