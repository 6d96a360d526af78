// Torznab query strings as Sonarr, Radarr and Prowlarr send them, and the errors they understand.
import { describe, expect, it } from 'vitest';
import {
	fitsRequestedEpisode,
	parseTorznabRequest,
	torznabSearchText,
	type TorznabRequest
} from './torznab-request.ts';
import { parseRelease } from '#lib/server/release/parse-release.ts';

const parse = (query: string) => parseTorznabRequest(new URLSearchParams(query));

function request(query: string): TorznabRequest {
	const parsed = parse(query);
	if (!parsed.ok) throw new Error(parsed.error.description);
	return parsed.value;
}

describe('parseTorznabRequest', () => {
	it("reads Sonarr's episode search", () => {
		expect(
			request('t=tvsearch&cat=5030,5040&extended=1&apikey=k&offset=0&limit=100&q=Silo&season=3&ep=6')
		).toEqual({
			t: 'tvsearch',
			q: 'Silo',
			season: 3,
			ep: '6',
			imdbId: null,
			categories: [5030, 5040],
			limit: 100,
			offset: 0,
			extended: true
		});
	});

	it("reads Radarr's IMDb id with or without tt, and bounds limit", () => {
		expect(request('t=movie&imdbid=0111161&limit=500')).toMatchObject({ imdbId: 'tt0111161', limit: 100 });
		expect(request('t=movie&imdbid=tt111161')).toMatchObject({ imdbId: 'tt0111161' });
		expect(request('t=search&q=&cat=')).toMatchObject({ q: null, categories: null, limit: 100, offset: 0 });
	});

	it('answers the Torznab error codes clients know', () => {
		expect(parse('q=x')).toEqual({ ok: false, error: { code: 200, description: 'Missing parameter (t)' } });
		expect(parse('t=frobnicate')).toMatchObject({ ok: false, error: { code: 202 } });
		expect(parse('t=music&q=x')).toMatchObject({ ok: false, error: { code: 203 } });
		for (const bad of [
			'season=x',
			'ep=1-2',
			'imdbid=nm0000151',
			'cat=TV',
			'limit=-1',
			'offset=1.5',
			'extended=yes'
		]) {
			const parsed = parse(`t=tvsearch&q=x&${bad}`);
			expect(parsed, bad).toMatchObject({ ok: false, error: { code: 201 } });
		}
		expect(parse(`t=search&q=${'a'.repeat(201)}`)).toMatchObject({
			ok: false,
			error: { code: 201, description: 'Incorrect parameter (q must be at most 200 characters)' }
		});
	});
});

describe('torznabSearchText', () => {
	it('spells seasons and episodes as release names do', () => {
		expect(torznabSearchText(request('t=tvsearch&q=Silo&season=3&ep=6'), null)).toBe('Silo S03E06');
		expect(torznabSearchText(request('t=tvsearch&q=Silo&season=3'), null)).toBe('Silo S03');
		expect(torznabSearchText(request('t=tvsearch&q=The Daily Show&season=2024&ep=01/15'), null)).toBe(
			'The Daily Show 2024 01 15'
		);
		expect(torznabSearchText(request('t=tvsearch&q=Show&season=2024'), null)).toBe('Show 2024');
		expect(torznabSearchText(request('t=search&q=ubuntu&season=1'), null)).toBe('ubuntu');
	});

	it('names an IMDb id by its title, with the year for films', () => {
		const film = { name: 'The Shawshank Redemption', year: 1994 };
		expect(torznabSearchText(request('t=movie&imdbid=tt0111161'), film)).toBe(
			'The Shawshank Redemption 1994'
		);
		expect(
			torznabSearchText(request('t=tvsearch&imdbid=tt14688458&season=3&ep=6'), { name: 'Silo', year: 2023 })
		).toBe('Silo S03E06');
		expect(torznabSearchText(request('t=movie&q=Shawshank&imdbid=tt0111161'), film)).toBe('Shawshank');
	});

	it('has nothing to search for a bare request (the latest releases)', () => {
		expect(torznabSearchText(request('t=search'), null)).toBeNull();
		expect(torznabSearchText(request('t=tvsearch&cat=5000'), null)).toBeNull();
	});
});

describe('fitsRequestedEpisode', () => {
	// as the search gives every result: its name read once
	const fits = (name: string, torznab: TorznabRequest) => fitsRequestedEpisode(parseRelease(name), torznab);

	it('keeps the asked episode and the packs that hold it, drops other episodes and seasons', () => {
		const episode = request('t=tvsearch&imdbid=tt14688458&season=3&ep=6');
		expect(fits('Silo.S03E06.1080p.WEB.h264-ETHEL', episode)).toBe(true);
		expect(fits('Silo.S03E05-E07.1080p.WEB.h264-ETHEL', episode)).toBe(true);
		expect(fits('Silo S03 COMPLETE 1080p', episode)).toBe(true);
		expect(fits('Silo.S01-S03.1080p.BluRay', episode)).toBe(true);
		expect(fits('Silo.The.Complete.Series.1080p', episode)).toBe(true);
		expect(fits('Silo 1080p', episode)).toBe(true);
		expect(fits('Silo.S03E05.1080p.WEB.h264-ETHEL', episode)).toBe(false);
		expect(fits('Silo.S02E06.1080p', episode)).toBe(false);
		expect(fits('Silo.S01-S02.1080p.BluRay', episode)).toBe(false);
	});

	it("answers a season search with that season's packs and episodes (Sonarr's SeasonMatchSpecification)", () => {
		// Sonarr/Sonarr src/NzbDrone.Core/DecisionEngine/Specifications/Search/SeasonMatchSpecification.cs:36-40
		// rejects only a release whose season is not the searched one: packs and episodes of it both pass
		const season = request('t=tvsearch&q=Silo&season=3');
		expect(fits('Silo.S03.1080p.WEB.h264-ETHEL', season)).toBe(true);
		expect(fits('Silo Season 3 Complete 2160p', season)).toBe(true);
		expect(fits('Silo.S02-S04.1080p.BluRay', season)).toBe(true);
		expect(fits('Silo.S03E05.1080p', season)).toBe(true);
		expect(fits('Silo.S02E05.1080p', season)).toBe(false);
		expect(fits('Silo S02 COMPLETE', season)).toBe(false);
	});

	it('leaves other requests alone: no season, daily shows, other functions', () => {
		expect(fits('Silo.S02E05', request('t=tvsearch&q=Silo'))).toBe(true);
		expect(fits('Show 2024 01 15', request('t=tvsearch&q=Show&season=2024&ep=01/15'))).toBe(true);
		expect(fits('Silo.S02E05', request('t=search&q=Silo&season=3&ep=6'))).toBe(true);
	});
});
