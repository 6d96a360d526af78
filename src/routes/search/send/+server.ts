// POST /search/send: the no-JavaScript page's "Send to <label>" form (form-encoded: magnet, client, back).
// A form cannot send JSON and must get a page back, so it has its own route over the same core as
// POST /api/send, answering a short page that says how it went and links back to the results.
import { THEME_COOKIE, toTheme } from '#lib/theme.ts';
import { m } from '#lib/i18n/paraglide/messages.js';
import { getLocale } from '#lib/i18n/paraglide/runtime.js';
import { MAX_MAGNET_LENGTH } from '#lib/server/magnet/magnet.ts';
import { sendMagnet } from '#lib/server/torrent-clients/send.ts';
import { DOCUMENT_END, documentStart, escapeHtml } from '#lib/server/written-page.ts';

/** Only our own results page is a place to go back to: never another site (an open redirect). */
function backAddress(value: FormDataEntryValue | null): string {
	return typeof value === 'string' && /^\/search(\/basic)?(\?|$)/.test(value) && value.length <= 2048
		? value
		: '/';
}

export async function POST({ request, url, cookies }) {
	const context = { url, locale: getLocale(), theme: toTheme(cookies.get(THEME_COOKIE)) };
	let form: FormData | null = null;
	try {
		form = await request.formData();
	} catch {
		// Answered below as a missing magnet.
	}
	const magnet = form?.get('magnet');
	const client = form?.get('client');
	const result = await sendMagnet(
		{
			magnet: typeof magnet === 'string' ? magnet.slice(0, MAX_MAGNET_LENGTH + 1) : '',
			client: typeof client === 'string' ? client : null
		},
		{ signal: request.signal }
	);
	const message = result.ok
		? result.added
			? m.send_sent({ label: result.client })
			: m.send_already({ label: result.client })
		: m.send_failed({ reason: result.error });
	const body = `${documentStart(context, `${m.send_title()} — cf-torrent`)}<div class="send-page">
<h1>${escapeHtml(m.send_title())}</h1>
<div class="notice ${result.ok ? 'ok' : 'bad'}" role="${result.ok ? 'status' : 'alert'}" data-testid="send-result"><p>${escapeHtml(message)}</p></div>
<p><a class="button" href="${escapeHtml(backAddress(form?.get('back') ?? null))}">${escapeHtml(m.send_back())}</a></p>
</div>
${DOCUMENT_END}`;
	return new Response(body, {
		status: result.ok ? 200 : result.status,
		headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }
	});
}
