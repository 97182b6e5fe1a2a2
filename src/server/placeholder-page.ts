/** The page `/` serves when the web app has not been built (`npm run build`; `npm start` builds it). */
export function placeholderPage(): string {
  return `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>KCN Hub</title>
<style>
  body { font-family: system-ui, sans-serif; max-width: 42rem; margin: 4rem auto; padding: 0 1rem; color: #1f2937; line-height: 1.5; }
  h1 { color: #0b5394; } code { background: #f3f4f6; padding: 0.1rem 0.3rem; border-radius: 3px; }
</style>
</head>
<body>
<h1>KCN Hub</h1>
<p>Hệ thống quản lý của Ban Quản lý Khu kinh tế và các Khu công nghiệp: khu, dự án đầu tư, cấp phép, báo cáo thu hút đầu tư.</p>
<p>Ứng dụng web chưa được dựng: chạy <code>npm run build</code> (lệnh <code>npm start</code> tự dựng). Trong lúc chờ, dùng API:</p>
<ul>
  <li>Tài liệu API (OpenAPI): <a href="/api/docs">/api/docs</a></li>
  <li>Tình trạng hệ thống: <a href="/api/v1/health">/api/v1/health</a></li>
  <li>Dòng lệnh: <code>./bin/kcn --help</code></li>
</ul>
</body>
</html>`;
}
