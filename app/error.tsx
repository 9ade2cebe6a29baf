"use client";
// Anything unexpected: a friendly page, never a stack trace.
export default function ErrorPage({ reset }: { error: Error; reset(): void }) {
  return (
    <div className="article-page" role="alert">
      <h1>حدث خطأ · Something went wrong</h1>
      <p>تعذّر عرض هذه الصفحة. This page could not be shown.</p>
      <p>
        <button type="button" className="btn" onClick={reset}>
          إعادة المحاولة · Try again
        </button>{" "}
        <a className="btn" href="/">
          الخط الزمني · Timeline
        </a>
      </p>
    </div>
  );
}
