// POST /search/send: the no-JavaScript page's "Send to <label>" form (form-encoded: magnet, client, back).
// A form cannot send JSON and must get a page back, so it has its own route over the same core as
// POST /api/send, answering a short page that says how it went and links back to the results.
import type { RequestEvent } from '@sveltejs/kit';
import { THEME_COOKIE, toTheme } from '#lib/theme.ts';
import { m } from '#lib/i18n/paraglide/messages.js';
import { getLocale } from '#lib/i18n/paraglide/runtime.js';
import { authorizeChange } from '#lib/server/http/authorize-change.ts';
import { takeSend } from '#lib/server/http/send-limit.ts';
import { MAX_MAGNET_LENGTH } from '#lib/server/magnet/magnet.ts';
import { sendMagnet, type SendResult } from '#lib/server/torrent-clients/send.ts';
import { DOCUMENT_END, documentStart, escapeHtml } from '#lib/server/written-page.ts';

/** Only our own results page is a place to go back to: never another site (an open redirect). */
function backAddress(value: FormDataEntryValue | null): string {
	return typeof value === 'string' && /^\/search(\/basic)?(\?|$)/.test(value) && value.length <= 2048
		? value
		: '/';
}

/** Refused before anything is sent: not allowed to change things (403), or over the send limit (429). */
function refusal(event: RequestEvent): SendResult | null {
	const allowed = authorizeChange(event);
	if (!allowed.ok) return { ok: false, status: 403, error: allowed.error };
	const counted = takeSend(event, allowed.value.user);
	return counted.ok ? null : { ok: false, status: 429, error: counted.error.message };
}

export async function POST(event) {
	const { request, url, cookies } = event;
	const context = { url, locale: getLocale(), theme: toTheme(cookies.get(THEME_COOKIE)) };
	let form: FormData | null = null;
	try {
		form = await request.formData();
	} catch {
		// Answered below as a missing magnet.
	}
	const magnet = form?.get('magnet');
	const client = form?.get('client');
	const result =
		refusal(event) ??
		(await sendMagnet(
			{
				magnet: typeof magnet === 'string' ? magnet.slice(0, MAX_MAGNET_LENGTH + 1) : '',
				client: typeof client === 'string' ? client : null
			},
			{ signal: request.signal }
		));
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
