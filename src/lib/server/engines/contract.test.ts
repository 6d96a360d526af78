// The contract every registered engine passes, on its real captures and its hand-written samples:
// identity, the request it builds, results read, blocks recognised, garbage never thrown on.
import { readdirSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CatalogEngineId } from '#lib/engine-ids.ts';
import { FIXTURES_DIR, hasFixtures, readFixture } from '#tests/fake-web/fake-web.ts';
import { sampleAnswer, type EngineSamples } from './engine-samples.ts';
import { engines } from './index.ts';
import type { Engine, EngineOutcome } from './types.ts';

const samplesOf = Object.fromEntries(
	Object.entries(import.meta.glob<{ samples: EngineSamples }>('./*/samples.ts', { eager: true })).map(
		([path, module]) => [path.split('/')[1], module.samples]
	)
) as Partial<Record<CatalogEngineId, EngineSamples>>;

// searxng has no public endpoint; its samples answer an instance of the operator's.
const OPERATOR_INSTANCE = 'http://127.0.0.1:8888';

function urlFor(engine: Engine, query = 'ubuntu'): string {
	return engine.buildRequest(query, engine.defaultUrl || OPERATOR_INSTANCE).url;
}

function found(outcome: EngineOutcome): string[] {
	if (outcome.kind === 'links') return outcome.links;
	if (outcome.kind === 'sightings')
		return [...outcome.sightings.map((s) => s.infohash), ...(outcome.links ?? [])];
	return [];
}

function expectWellFormed(outcome: EngineOutcome): void {
	const links = outcome.kind === 'links' || outcome.kind === 'sightings' ? (outcome.links ?? []) : [];
	for (const link of links) expect(link).toMatch(/^https?:\/\/[^/]/);
	expect(new Set(links).size).toBe(links.length);
	if (outcome.kind !== 'sightings') return;
	for (const sighting of outcome.sightings) {
		expect(sighting.infohash).toMatch(/^([0-9a-f]{40}|[0-9a-f]{64})$/);
		for (const count of [sighting.size, sighting.seeders, sighting.leechers])
			if (count != null) expect(Number.isInteger(count) && count >= 0).toBe(true);
		if (sighting.page) expect(sighting.page).toMatch(/^https?:\/\//);
	}
}

function isErrorOrEmpty(outcome: EngineOutcome): boolean {
	return outcome.kind === 'error' || found(outcome).length === 0;
}

describe.each(Object.entries(engines))('engine %s', (key, engine) => {
	const samples = samplesOf[engine.id as CatalogEngineId];

	it('has a kebab-case id matching its key, a name, a kind and a public URL', () => {
		expect(engine.id).toBe(key);
		expect(engine.id).toMatch(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/);
		expect(engine.name.trim()).not.toBe('');
		expect(['web', 'index']).toContain(engine.kind);
		if (engine.id === 'searxng') expect(engine.defaultUrl).toBe('');
		else expect(engine.defaultUrl).toMatch(/^https:\/\/[a-z0-9.-]+$/);
	});

	it('builds its request under the base URL, path prefix kept, carrying the query', () => {
		const base = 'http://127.0.0.1:4000/prefix';
		const request = engine.buildRequest('ubuntu 24.04', base);
		expect(request.url.startsWith(`${base}/`)).toBe(true);
		expect(request.method ?? 'GET').toBe(request.body === undefined ? 'GET' : 'POST');
		const carried = `${decodeURIComponent(request.url.replaceAll('+', ' '))} ${request.body ?? ''}`;
		expect(carried).toMatch(/ubuntu[ -]24\.04/);
	});

	it('leaves the browser identity to egress: no agent, client hint or language of its own', () => {
		const names = Object.keys(engine.buildRequest('ubuntu', 'http://127.0.0.1:4000').headers ?? {}).map(
			(name) => name.toLowerCase()
		);
		// Google's endpoint answers only its search app: that engine presents as the app, whole.
		if (engine.id !== 'google') expect(names).not.toContain('user-agent');
		expect(names.filter((name) => name.startsWith('sec-ch-') || name === 'accept-language')).toEqual([]);
	});

	it('lists its samples: a result to read, and captures that exist', () => {
		expect(samples).toBeDefined();
		expect(samples!.captures.length + (samples!.results?.length ?? 0)).toBeGreaterThan(0);
		for (const sample of [...(samples!.results ?? []), ...samples!.blocked])
			expect(sample.about).not.toBe('');
	});

	for (const capture of samples?.captures ?? [])
		it.skipIf(!hasFixtures)(
			`reads the real capture ${capture}, and the same cut short without throwing`,
			() => {
				const url = urlFor(engine, samples!.captureQuery);
				const body = readFixture(capture).toString();
				const outcome = engine.parse(sampleAnswer(url, { body }));
				expect(found(outcome).length).toBeGreaterThan(0);
				expectWellFormed(outcome);
				for (const cut of [1, 7, 100, Math.floor(body.length / 2)])
					expectWellFormed(engine.parse(sampleAnswer(url, { body: body.slice(0, cut) })));
			}
		);

	for (const capture of samples?.emptyCaptures ?? [])
		it.skipIf(!hasFixtures)(`reads the real capture ${capture} as empty`, () => {
			const body = readFixture(capture).toString();
			const outcome = engine.parse(sampleAnswer(urlFor(engine, samples!.captureQuery), { body }));
			expect(outcome.kind === 'links' || outcome.kind === 'sightings').toBe(true);
			expect(found(outcome)).toEqual([]);
		});

	for (const sample of samples?.results ?? [])
		it(`reads ${sample.about}`, () => {
			const outcome = engine.parse(sampleAnswer(urlFor(engine, sample.query), sample));
			expect(found(outcome).length).toBeGreaterThan(0);
			expectWellFormed(outcome);
		});

	it('recognises its block pages, 429 and 403 as blocked, with a reason', () => {
		const url = urlFor(engine);
		for (const sample of samples?.blocked ?? []) {
			const outcome = engine.parse(sampleAnswer(url, sample));
			expect(outcome.kind, sample.about).toBe('blocked');
			expect(outcome.kind === 'blocked' && outcome.reason.length > 0).toBe(true);
		}
		expect(engine.parse(sampleAnswer(url, { status: 429, body: 'Too Many Requests' }))).toMatchObject({
			kind: 'blocked',
			suspend: 'rate-limit'
		});
		expect(engine.parse(sampleAnswer(url, { status: 403, body: 'Forbidden' }))).toMatchObject({
			kind: 'blocked',
			suspend: 'denied'
		});
		expect(engine.parse(sampleAnswer(url, { status: 500, body: 'oops' }))).toEqual({
			kind: 'error',
			reason: 'HTTP 500'
		});
	});

	it('never throws on garbage, and finds nothing in it', () => {
		const url = urlFor(engine);
		fc.assert(
			fc.property(fc.oneof(fc.string(), fc.json(), fc.stringMatching(/^[<>a-z"'{}[\]:,/ =]*$/)), (body) => {
				expect(isErrorOrEmpty(engine.parse(sampleAnswer(url, { body })))).toBe(true);
			}),
			{ numRuns: 200 }
		);
	});
});

describe('real captures', () => {
	it.skipIf(!hasFixtures)('are each read by some engine: every search page and API answer', () => {
		const listed = new Set(
			Object.values(samplesOf).flatMap((s) => [...s.captures, ...(s.emptyCaptures ?? [])])
		);
		const present = ['serp', 'apis'].flatMap((folder) =>
			readdirSync(FIXTURES_DIR + folder).map((file) => `${folder}/${file}`)
		);
		expect(present.length).toBeGreaterThan(0);
		expect(present.filter((capture) => !listed.has(capture))).toEqual([]);
	});
});
