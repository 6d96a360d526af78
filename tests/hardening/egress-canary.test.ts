// Egress under attack, end to end: result pages on the fake web (127.0.0.1, allowlisted) link to,
// redirect to and offer .torrent files from canaries on other loopback addresses, in every spelling a
// browser accepts and by a name that resolves there. The canaries must receive no connection at all.
import { accessSync, appendFileSync, constants, readFileSync, writeFileSync } from 'node:fs';
import { lookup } from 'node:dns/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PageEvent } from '#lib/search-events.ts';
import { startApp, type App } from '../app-server.ts';
import { startFakeWeb, type FakeWeb } from '../fake-web/fake-web.ts';
import { duckduckgoSerp } from '../fake-web/serp.ts';
import { startCanary, type Canary } from './canary.ts';
import { streamSearch } from './search-stream.ts';

const HOSTS = '/etc/hosts';
const CANARY_NAME = 'canary.cf-torrent.test';
const HOSTS_LINE = `127.0.0.2 ${CANARY_NAME} # cf-torrent egress test, removed when it ends`;

function hostsWritable(): boolean {
	try {
		accessSync(HOSTS, constants.W_OK);
		return true;
	} catch {
		return false;
	}
}
const canEditHosts = hostsWritable();
if (!canEditHosts)
	console.warn(`${HOSTS} is not writable: the test of a name resolving to a canary is skipped (run as root)`);

function addHostsEntry(): void {
	const text = readFileSync(HOSTS, 'utf8');
	if (!text.split('\n').includes(HOSTS_LINE))
		appendFileSync(HOSTS, `${text.endsWith('\n') ? '' : '\n'}${HOSTS_LINE}\n`);
}

function removeHostsEntry(): void {
	const text = readFileSync(HOSTS, 'utf8');
	if (text.includes(HOSTS_LINE))
		writeFileSync(
			HOSTS,
			text
				.split('\n')
				.filter((line) => line !== HOSTS_LINE)
				.join('\n')
		);
}

let web: FakeWeb;
let app: App;
let v4: Canary;
let v6: Canary;
let any: Canary;
let searches = 0;

const canaryConnections = () => v4.connections() + v6.connections() + any.connections();

/** Every spelling of a forbidden target that a browser's URL parser accepts. */
function spellings(): [label: string, base: string][] {
	const p = v4.port;
	const webPort = new URL(web.url).port;
	return [
		['literal', `http://127.0.0.2:${p}/`],
		['decimal', `http://2130706434:${p}/`],
		['hex', `http://0x7f000002:${p}/`],
		['octal', `http://0177.0.0.2:${p}/`],
		['short', `http://127.2:${p}/`],
		['mixed hex and octal parts', `http://0x7f.0.00.0x2:${p}/`],
		['IPv4-mapped IPv6', `http://[::ffff:127.0.0.2]:${p}/`],
		['IPv4-mapped IPv6 in hex', `http://[::ffff:7f00:2]:${p}/`],
		['trailing dot', `http://127.0.0.2.:${p}/`],
		['percent-encoded dot', `http://127.0.0.2%2e:${p}/`],
		['full-width digits', `http://１２７．０．０．２:${p}/`],
		['credentials naming an allowed host', `http://127.0.0.1:${webPort}@127.0.0.2:${p}/`],
		['backslash before an allowed host', `http://127.0.0.2:${p}\\@127.0.0.1:${webPort}/`],
		['IPv6 loopback', `http://[::1]:${v6.port}/`],
		['IPv6 loopback written out', `http://[0:0:0:0:0:0:0:1]:${v6.port}/`],
		['unspecified IPv4', `http://0.0.0.0:${any.port}/`],
		['unspecified IPv4, short', `http://0:${any.port}/`],
		['unspecified IPv6', `http://[::]:${any.port}/`]
	];
}

/** A Location header as a server sends it: its UTF-8 bytes, which Node writes one per latin1 character. */
function onTheWire(location: string): string {
	return Buffer.from(location, 'utf8').toString('latin1');
}

function escapeAttribute(text: string): string {
	return text.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');
}

/**
 * Serves, for each target, the ways remote content can point at it: a result link, a redirect from an
 * allowed page (one hop and two), a .torrent link on an allowed page, and an allowed .torrent link that
 * redirects there. Returns the result links for the engine's answer.
 */
function attackPages(prefix: string, targets: [string, string][]): string[] {
	const links: string[] = [];
	const statuses = [301, 302, 303, 307, 308];
	targets.forEach(([, base], i) => {
		const status = statuses[i % statuses.length] as number;
		web.route(`/${prefix}/hop/${i}`, { redirect: onTheWire(`${base}hop-${i}`), status });
		web.route(`/${prefix}/hop-twice/${i}`, { redirect: `/${prefix}/hop/${i}`, status: 302 });
		web.route(`/${prefix}/torrent-page/${i}`, {
			body: `<html><body><a href="${escapeAttribute(`${base}file-${i}.torrent`)}">Canary ${i}</a>
				<a href="/${prefix}/files/${i}.torrent">Redirected canary ${i}</a></body></html>`
		});
		web.route(`/${prefix}/files/${i}.torrent`, {
			redirect: onTheWire(`${base}redirected-${i}.torrent`),
			status
		});
		links.push(
			`${base}direct-${i}`,
			`${web.url}/${prefix}/hop/${i}`,
			`${web.url}/${prefix}/hop-twice/${i}`,
			`${web.url}/${prefix}/torrent-page/${i}`
		);
	});
	return links;
}

async function searchThrough(links: string[]) {
	const query = `canary ${++searches}`;
	web.route('/ddg/html', { body: duckduckgoSerp(links) });
	const search = await streamSearch(app.url, query);
	// Give a late connection (a socket opened after "done") time to show.
	await new Promise((resolve) => setTimeout(resolve, 300));
	return search;
}

describe('egress under attack', () => {
	beforeAll(async () => {
		web = await startFakeWeb();
		v4 = await startCanary('127.0.0.2');
		v6 = await startCanary('::1');
		// Every address on one port: what a connection to 0.0.0.0 or [::] would reach.
		any = await startCanary('::');
		if (canEditHosts) addHostsEntry();
		app = await startApp({
			DUCKDUCKGO_URL: `${web.url}/ddg`,
			ENGINES: 'duckduckgo',
			EGRESS_ALLOWLIST: '127.0.0.1/32',
			SITE_TIMEOUT_MS: '1500',
			SEARCH_TIMEOUT_MS: '8000',
			CACHE_TTL_SECONDS: '0'
		});
	});
	afterAll(async () => {
		if (canEditHosts) removeHostsEntry();
		await app?.stop();
		await Promise.all([web?.close(), v4?.close(), v6?.close(), any?.close()]);
	});

	it('reaches no canary by any spelling, in links, redirects or .torrent links', async () => {
		const targets = spellings();
		const links = attackPages('spelled', targets);
		const search = await searchThrough(links);

		expect(search.status).toBe(200);
		expect(search.events.at(-1)?.type).toBe('done');
		expect(canaryConnections()).toBe(0);
		// The attack really ran: the engine answered, and every allowed page and redirect was fetched.
		expect(search.events.find((event) => event.type === 'engine')).toMatchObject({ status: 'ok' });
		for (let i = 0; i < targets.length; i++) {
			expect(web.requests).toContain(`/spelled/hop/${i}`);
			expect(web.requests).toContain(`/spelled/torrent-page/${i}`);
			expect(web.requests).toContain(`/spelled/files/${i}.torrent`);
		}
		// Each link that leads to a canary was refused as such, not lost to a timeout. (A redirect to the
		// full-width spelling arrives as raw UTF-8 bytes in the header, which no parser reads as a URL.)
		const pages = search.events.filter((event): event is PageEvent => event.type === 'page');
		const refused = pages.filter((page) => /private|reserved|local|invalid URL/.test(page.error ?? ''));
		const toCanary = pages.filter((page) => !page.url.includes('/torrent-page/'));
		expect(toCanary.length).toBeGreaterThanOrEqual(targets.length);
		expect(
			toCanary.filter((page) => !refused.includes(page)).map((page) => `${page.url} ${page.error}`)
		).toEqual([]);
	});

	it.skipIf(!canEditHosts)('reaches no canary through a name that resolves to it', async () => {
		expect((await lookup(CANARY_NAME)).address).toBe('127.0.0.2');
		const targets: [string, string][] = [
			['name', `http://${CANARY_NAME}:${v4.port}/`],
			['name with a trailing dot', `http://${CANARY_NAME}.:${v4.port}/`],
			['name in capitals', `http://${CANARY_NAME.toUpperCase()}:${v4.port}/`]
		];
		const search = await searchThrough(attackPages('named', targets));
		expect(search.events.at(-1)?.type).toBe('done');
		expect(canaryConnections()).toBe(0);
		const pages = search.events.filter((event): event is PageEvent => event.type === 'page');
		const direct = pages.filter((page) => page.url.includes('/direct-'));
		expect(direct).toHaveLength(targets.length);
		// The resolver finds no name with a trailing dot in /etc/hosts: refused before any address exists.
		for (const page of direct) expect(page.error).toMatch(/private or reserved|host not found/);
		expect(direct.filter((page) => /private or reserved/.test(page.error ?? ''))).toHaveLength(2);
		expect(web.requests).toContain('/named/files/0.torrent');
	});

	it('counts connections when the canaries are allowlisted (the check above can fail)', async () => {
		const open = await startApp({
			DUCKDUCKGO_URL: `${web.url}/ddg`,
			ENGINES: 'duckduckgo',
			EGRESS_ALLOWLIST: '127.0.0.0/8,::1/128',
			SITE_TIMEOUT_MS: '1500',
			CACHE_TTL_SECONDS: '0'
		});
		try {
			web.route('/ddg/html', {
				body: duckduckgoSerp([`http://2130706434:${v4.port}/open`, `http://[::1]:${v6.port}/open`])
			});
			const before = canaryConnections();
			const search = await streamSearch(open.url, 'canary control');
			expect(search.events.at(-1)?.type).toBe('done');
			expect(v4.connections()).toBeGreaterThan(0);
			expect(v6.connections()).toBeGreaterThan(0);
			expect(canaryConnections()).toBeGreaterThan(before);
		} finally {
			await open.stop();
		}
	});
});
