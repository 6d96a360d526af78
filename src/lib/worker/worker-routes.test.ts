// The service worker's routing: pages get the shell, this build's files the cache, answers the network.
import { describe, expect, it } from 'vitest';
import { precachePaths, routeRequest } from './worker-routes.ts';

const ORIGIN = 'https://cf.example';
const PRECACHED = new Set(['/app.css', '/_app/immutable/entry/start.abc.js', '/icons/icon-192.png']);
const page = (path: string) => ({ method: 'GET', mode: 'navigate', url: `${ORIGIN}${path}` });
const fetchOf = (path: string, method = 'GET') => ({ method, mode: 'cors', url: `${ORIGIN}${path}` });

describe('routeRequest', () => {
	it('answers the home page, a search and a share with the shell', () => {
		for (const path of ['/', '/search?q=ubuntu', '/search?q=silo&engines=apibay', '/share?text=Silo'])
			expect(routeRequest(page(path), ORIGIN, PRECACHED)).toEqual({ kind: 'shell' });
	});

	it('sends a language or theme switch through, so the server can set its cookie', () => {
		expect(routeRequest(page('/?lang=es'), ORIGIN, PRECACHED)).toEqual({ kind: 'settings' });
		expect(routeRequest(page('/search?q=x&theme=dark'), ORIGIN, PRECACHED)).toEqual({ kind: 'settings' });
	});

	it('leaves other pages to the network: the no-JavaScript page, the shell itself, unknown ones', () => {
		for (const path of ['/search/basic?q=x', '/shell', '/configure', '/no-such-page'])
			expect(routeRequest(page(path), ORIGIN, PRECACHED)).toEqual({ kind: 'network' });
	});

	it('never answers results, data or health from the cache', () => {
		for (const path of [
			'/api/search/stream?q=x',
			'/api/search?q=x',
			'/search/__data.json?q=x&x-sveltekit-invalidated=11',
			'/healthz',
			'/_app/version.json'
		])
			expect(routeRequest(fetchOf(path), ORIGIN, PRECACHED)).toEqual({ kind: 'network' });
	});

	it('serves exactly the precached files from the cache', () => {
		expect(routeRequest(fetchOf('/app.css'), ORIGIN, PRECACHED)).toEqual({ kind: 'precached' });
		expect(routeRequest(fetchOf('/_app/immutable/entry/start.abc.js'), ORIGIN, PRECACHED)).toEqual({
			kind: 'precached'
		});
		expect(routeRequest(fetchOf('/app.css?v=2'), ORIGIN, PRECACHED)).toEqual({ kind: 'network' });
		expect(routeRequest(fetchOf('/_app/immutable/entry/start.old.js'), ORIGIN, PRECACHED)).toEqual({
			kind: 'network'
		});
	});

	it('leaves writes and other origins alone', () => {
		expect(routeRequest(fetchOf('/api/send', 'POST'), ORIGIN, PRECACHED)).toEqual({ kind: 'network' });
		expect(routeRequest({ ...page('/'), method: 'POST' }, ORIGIN, PRECACHED)).toEqual({ kind: 'network' });
		expect(routeRequest({ ...page('/'), url: 'https://other.example/' }, ORIGIN, PRECACHED)).toEqual({
			kind: 'network'
		});
	});
});

describe('precachePaths', () => {
	it('roots the paths SvelteKit lists', () => {
		expect(
			precachePaths([{ path: '_app/immutable/a.js' }], [{ path: 'app.css' }, { path: '/icons/x.png' }])
		).toEqual(['/_app/immutable/a.js', '/app.css', '/icons/x.png']);
	});
});
