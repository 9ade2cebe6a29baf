// The editors' sign-in page. Reading needs no account; this is only for correcting dates.
import type { Metadata } from "next";
import { safeNextPath } from "@/lib/auth/redirect";
import SignInForm from "./SignInForm";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "دخول المحرّرين · Zaman", robots: { index: false } };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function SignInPage({ searchParams }: { searchParams: SearchParams }) {
  const sp = await searchParams;
  const lang = sp.l === "en" ? "en" : "ar";
  const next = safeNextPath(typeof sp.next === "string" ? sp.next : null);
  return <SignInForm lang={lang} next={next} />;
}
