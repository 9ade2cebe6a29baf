import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import "vis-timeline/styles/vis-timeline-graph2d.min.css";
import "./globals.css";
import { arabicFont, latinFont } from "./fonts";

export const metadata: Metadata = {
  title: "زمن · Zaman",
  description: "تسلسل الأحداث من الأخبار العربية — the sequence of events in Arabic news",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

// Arabic first: the document is right-to-left; English pages switch direction on their own root element.
export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="ar" dir="rtl" className={`${arabicFont.variable} ${latinFont.variable}`}>
      <body>{children}</body>
    </html>
  );
}
