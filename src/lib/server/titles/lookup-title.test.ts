// lookupTitle against a Cinemeta and an IMDb on loopback, through the real egress: a redirect is followed
// as the services answer with them, the title page stands in when Cinemeta fails, and a name is kept.
import ipaddr from 'ipaddr.js';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startFakeWeb, type FakeWeb } from '#tests/fake-web/fake-web.ts';
import { closeEgress } from '#lib/server/egress/index.ts';
import { lookupTitle } from './lookup-title.ts';

const settings = vi.hoisted(() => ({ cinemetaUrl: '', imdbUrl: '', egressAllowlist: [] as unknown[] }));
// The real configuration, with the services' addresses read at each use: they are known once the fake web is up.
vi.mock('#lib/server/config.ts', async (importOriginal) => {
	const real = await importOriginal<typeof import('#lib/server/config.ts')>();
	return {
		...real,
		config: new Proxy(real.config, {
			get: (target, key) => (settings as never)[key] ?? (target as never)[key]
		})
	};
});

let web: FakeWeb;

beforeAll(async () => {
	web = await startFakeWeb();
	settings.egressAllowlist = [ipaddr.parseCIDR('127.0.0.1/32')];
	settings.cinemetaUrl = `${web.url}/cinemeta`;
	settings.imdbUrl = `${web.url}/imdb`;
});
afterAll(async () => {
	await closeEgress();
	await web.close();
});

describe('lookupTitle', () => {
	it("follows Cinemeta's redirect to the meta it names, and keeps the name", async () => {
		web.route('/cinemeta/meta/movie/tt0000001.json', {
			status: 301,
			redirect: '/cinemeta-cdn/tt0000001.json'
		});
		web.route('/cinemeta-cdn/tt0000001.json', {
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify({ meta: { name: 'Moved Film', year: '2001' } })
		});
		expect(await lookupTitle('movie', 'tt0000001')).toEqual({
			name: 'Moved Film',
			year: 2001,
			source: 'cinemeta'
		});
		const asked = web.requests.length;
		expect(await lookupTitle('movie', 'tt0000001')).toMatchObject({ name: 'Moved Film' });
		expect(web.requests.length).toBe(asked);
	});

	it('reads the IMDb title page, redirected too, when Cinemeta does not know the id', async () => {
		web.route('/cinemeta/meta/series/tt0000002.json', { status: 404, body: 'not found' });
		web.route('/imdb/title/tt0000002/', { status: 308, redirect: '/imdb/title/tt0000002/reference/' });
		web.route('/imdb/title/tt0000002/reference/', {
			body: '<!DOCTYPE html><html><head><title>A Series (TV Series 2019–2022) - IMDb</title></head></html>'
		});
		expect(await lookupTitle('series', 'tt0000002')).toEqual({
			name: 'A Series',
			year: 2019,
			source: 'imdb'
		});
	});
});
