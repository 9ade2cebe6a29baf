import Link from "next/link";

export default function ShareNotFound() {
  return (
    <div className="article-page" data-testid="share-not-found">
      <h1>رابط المشاركة غير موجود · Share link not found</h1>
      <p>رابط المشاركة هذا غير موجود أو غير صالح. This share link does not exist or is malformed.</p>
      <p>
        <Link href="/">العودة إلى الخط الزمني · Back to the timeline</Link>
      </p>
    </div>
  );
}
