import Link from "next/link";

export default function NotFound() {
  return (
    <div className="article-page">
      <h1>غير موجود · Not found</h1>
      <p>لم نجد ما تبحث عنه. The page or item you asked for does not exist.</p>
      <p>
        <Link href="/">العودة إلى الخط الزمني · Back to the timeline</Link>
      </p>
    </div>
  );
}
