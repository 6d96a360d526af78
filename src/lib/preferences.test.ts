// The preferences schema: every parameter read, defaults, and a 400-worthy message naming the parameter.
import { describe, expect, it } from 'vitest';
import { parsePreferences, parseStremioConfig, preferencesSchema } from './preference-parser.ts';
import { DEFAULT_PREFERENCES, listedWords, stremioConfigSegment, writePreferences } from './preferences.ts';

const parse = (query: string) => parsePreferences(new URLSearchParams(query));

describe('listedWords', () => {
	it('reads a list as an address carries it: trimmed, lowercased, each once, in order', () => {
		expect(listedWords(' 1080P, 720p,,1080p , X265')).toEqual(['1080p', '720p', 'x265']);
		expect(listedWords(' , ')).toEqual([]);
	});
});

describe('parsePreferences', () => {
	it('gives the defaults when nothing is asked', () => {
		expect(parse('q=silo')).toEqual({ ok: true, value: DEFAULT_PREFERENCES });
		expect(parse('res=&exclude=&sort=')).toEqual({ ok: true, value: DEFAULT_PREFERENCES });
	});

	it('reads every parameter of the contract', () => {
		expect(
			parse(
				'res=2160p,1080p&exclude=cam,3d,hdr,dv,remux,x265,unknown&minsize=700MB&maxsize=8GB&lang=pt,en&sort=seeders&perres=3'
			)
		).toEqual({
			ok: true,
			value: {
				res: ['2160p', '1080p'],
				exclude: ['cam', '3d', 'hdr', 'dv', 'remux', 'x265', 'unknown'],
				minsize: 700e6,
				maxsize: 8e9,
				lang: ['pt', 'en'],
				sort: 'seeders',
				perres: 3
			}
		});
	});

	it('takes a list repeated, as checkboxes send it, and keeps its order', () => {
		const parsed = parse('res=1080p&res=2160p&exclude=cam&exclude=scr');
		expect(parsed.ok && parsed.value.res).toEqual(['1080p', '2160p']);
		expect(parsed.ok && parsed.value.exclude).toEqual(['cam', 'scr']);
	});

	it('reads binary and decimal size units', () => {
		const parsed = parse('minsize=1.5GiB&maxsize=2TB');
		expect(parsed.ok && [parsed.value.minsize, parsed.value.maxsize]).toEqual([1.5 * 1024 ** 3, 2e12]);
	});

	it.each([
		['res=4k', /^res: unknown resolution 4k; known: 2160p/],
		['exclude=cams', /^exclude: unknown exclusion cams/],
		['minsize=big', /^minsize must be a size/],
		['maxsize=8', /^maxsize must be a size/],
		['minsize=8GB&maxsize=1GB', /^minsize must not be above maxsize/],
		['lang=portuguese', /^lang: portuguese is not a two-letter language code/],
		['sort=random', /^sort must be one of best, seeders, size, newest/],
		['perres=0', /^perres must be a whole number from 1 to 100/],
		['perres=-1', /^perres must be/],
		['perres=2.5', /^perres must be/],
		['perres=1&perres=2', /^perres must be given once/],
		[`res=${'1080p,'.repeat(50)}`, /^res is too long/]
	])('refuses %s, naming the parameter', (query, message) => {
		const parsed = parse(query);
		expect(parsed.ok).toBe(false);
		if (!parsed.ok) expect(parsed.error).toMatch(message);
	});

	it('writes back what it read, leaving defaults out', () => {
		const parsed = parse('res=1080p,720p&maxsize=8GB&minsize=1536MiB&sort=size&lang=pt');
		expect(parsed.ok).toBe(true);
		if (!parsed.ok) return;
		const written = writePreferences(new URLSearchParams('q=silo&sort=best'), parsed.value);
		expect(written.toString()).toBe('q=silo&res=1080p%2C720p&minsize=1536MiB&maxsize=8GB&lang=pt&sort=size');
		expect(parsePreferences(written)).toEqual(parsed);
	});

	it('is a zod schema other modules can reuse on their own records', () => {
		expect(preferencesSchema().parse({ res: '720p' }).res).toEqual(['720p']);
		expect(preferencesSchema().safeParse({ sort: 'nope' }).success).toBe(false);
	});
});

describe('parseStremioConfig', () => {
	it('reads the contract’s example, percent-encoded or not', () => {
		const expected = {
			ok: true,
			value: {
				preferences: { ...DEFAULT_PREFERENCES, res: ['2160p', '1080p'], exclude: ['cam'], sort: 'seeders' },
				engines: undefined
			}
		};
		expect(parseStremioConfig('res=2160p,1080p|exclude=cam|sort=seeders')).toEqual(expected);
		expect(parseStremioConfig('res%3D2160p%2C1080p%7Cexclude%3Dcam%7Csort%3Dseeders')).toEqual(expected);
	});

	it('reads engines apart from the preferences', () => {
		const parsed = parseStremioConfig('engines=yts, APIBAY,yts|perres=2');
		expect(parsed).toEqual({
			ok: true,
			value: { preferences: { ...DEFAULT_PREFERENCES, perres: 2 }, engines: ['yts', 'apibay'] }
		});
	});

	it.each([
		['res=8k', /^res: unknown resolution 8k/],
		['colour=blue', /^unknown configuration key colour; known: res, exclude/],
		['res', /^res needs a value/],
		['sort=best|sort=size', /^sort must be given once/],
		['engines=', /^engines must name at least one engine/],
		['res=%E0%A4%A', /not valid percent-encoding/],
		['x'.repeat(1001), /too long/]
	])('refuses %s with a message', (segment, message) => {
		const parsed = parseStremioConfig(segment);
		expect(parsed.ok).toBe(false);
		if (!parsed.ok) expect(parsed.error).toMatch(message);
	});

	it('is built back from preferences and engines', () => {
		const parsed = parseStremioConfig('res=2160p|exclude=cam,scr|maxsize=8GB|engines=yts');
		expect(parsed.ok).toBe(true);
		if (!parsed.ok) return;
		expect(stremioConfigSegment(parsed.value.preferences, parsed.value.engines)).toBe(
			'res=2160p|exclude=cam,scr|maxsize=8GB|engines=yts'
		);
	});
});
