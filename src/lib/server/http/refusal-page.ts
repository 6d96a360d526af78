// The small page a browser gets when the server declines a search for now (429): says why and when to
// come back, in the site's stylesheet, with no script.

function escapeHtml(text: string): string {
	return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

export function refusalPage(message: string): string {
	return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>Too many searches — cf-torrent</title>
<link rel="icon" href="/favicon.svg" type="image/svg+xml" />
<link rel="stylesheet" href="/app.css" />
</head>
<body>
<main id="main" class="page">
<div class="error-page" data-testid="too-many">
<h1>Not now</h1>
<p>${escapeHtml(message)}</p>
<p><a href="/">Back to the search page</a></p>
</div>
</main>
</body>
</html>
`;
}
