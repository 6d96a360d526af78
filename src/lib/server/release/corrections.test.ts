// Each correction on the class of names it is for, read through parseRelease as the search reads them.
// The names are the kinds found in scripts/release-names (Radarr's and parse-torrent-title's test names).
import { describe, expect, it } from 'vitest';
import { nearestResolution } from './corrections.ts';
import { parseRelease } from './parse-release.ts';

const read = (name: string) => parseRelease(name)!;

describe('corrections', () => {
	it.each([
		// camera copies spelled as one word, and never an HD camera copy as a broadcast
		['Movie.2019.HDCAM.x264-GRP', 'CAM'],
		['Movie 2019 CAMRip XviD', 'CAM'],
		["Avatar La Voie de l'eau.FRENCH.CAMHD.H264.AAC", 'CAM'],
		['Avengers Infinity War 2018 NEW PROPER 720p HD-CAM X264 HQ-LPG', 'CAM'],
		// a film called Cam is not a camera copy
		['Cam.2018.1080p.NF.WEB-DL.DDP5.1.x264-NTG', 'WEB-DL'],
		// telesyncs, disc spellings and web spellings the base misses
		['Movie.Title.2024.TeleSynch.720p.HEVC-GROUP', 'TS'],
		['Half Baked 1998 720p HDDVD XVID-AC3-PULSAR', 'BluRay'],
		['Random.Title.2010.1080p.HD.DVD.AVC.DDP.5.1-GRouP', 'BluRay'],
		['Movie.Name.2016.German.DTS.DL.1080p.UHDBD.x265-TDO', 'BluRay'],
		['Movie.Name.2021.1080p.BDLight.x265-AVCDVD', 'BluRay'],
		['Heart.Live.In.Atlantic.City.2019.720p.MBLURAY.x264-MBLURAYFANS.mkv', 'BluRay'],
		['[coldhell] Pupa v2 [BD720p][03192D4C]', 'BluRay'],
		['Jurassic Park.1993..BD25.ISO', 'BluRay'],
		['The.OA.1x08.L.Io.Invisibile.ITA.WEBMux.x264-UBi.mkv', 'WEB-DL'],
		['CSI.Miami.S04E25.720p.iTunesHD.AVC-TVS', 'WEB-DL'],
		['Movie.2019.HDWEB.720p.x264', 'WEB-DL'],
		['Show.S01E01.DSR.XviD-GRP', 'HDTV'],
		['Show.S01E01.DSRip.XviD-GRP', 'HDTV'],
		// a streaming service's tag without a source word: a web download
		['Finding.Ohana.2021.720p.NF.AAC2.0.X.264-EVO', 'WEB-DL'],
		['Show.S02E01.1080p.AMZN.DDP5.1.H.264-NTb', 'WEB-DL'],
		// a source word, when there is one, is what the name says
		['Show.S02E01.1080p.AMZN.WEBRip.DDP5.1.x264-NTb', 'WEBRip'],
		// DVD images named by size or format
		['Movie 2019 DVD9 PAL', 'DVD'],
		['Movie.2019.DVD5.NTSC', 'DVD'],
		['Movie.2019.DVDR-GRP', 'DVD'],
		// a remux stays a remux when a disc spelling names it
		['Movie.2019.2160p.UHDBD.REMUX.HEVC-GRP', 'Remux']
	] as const)('reads the source of %s as %s', (name, source) => {
		expect(read(name).source).toBe(source);
	});

	it('leaves a camera copy spelled as one word out of the title', () => {
		expect(read('Movie.2019.HDCAM.x264-GRP').title).toBe('Movie');
	});

	it('reads FHD, UHD, heights between the listed ones and the best of two resolutions', () => {
		expect(read('Movie.Title.2018.FHD.WEB-DL.x264-GROUP').resolution).toBe('1080p');
		expect(read('Indiana.Jones.and.the.Temple.of.Doom.1984.Complete.UHD.Bluray-JONES').resolution).toBe(
			'2160p'
		);
		expect(read('Series.Title.S04E13.960p.WEB-DL.AAC2.0.H.264-squalor').resolution).toBe('720p');
		expect(read('Movie.Title.1080p.720p').resolution).toBe('1080p');
		expect(read('Movie.Title.4K.2160p.1080p').resolution).toBe('2160p');
		expect(nearestResolution(540)).toBe('480p');
		expect(nearestResolution(4320)).toBe('2160p');
		expect(nearestResolution(240)).toBeNull();
	});

	it('reads a range of episodes in the 1x01 spelling', () => {
		expect(read('Show.1x01-1x03.HDTV.XviD')).toMatchObject({ seasons: [1], episodes: [1, 2, 3] });
		expect(read('Show 2x09-10 720p')).toMatchObject({ seasons: [2], episodes: [9, 10] });
		// a resolution is no range
		expect(read('Movie 2019 1920x1080-GRP').episodes).toEqual([]);
	});

	it('reads a frame size written with * or × as a resolution, not an episode', () => {
		expect(read('Abc Abc 484 VOSTFR par Abc-Abc (1280*720) - version MQ')).toMatchObject({
			resolution: '720p',
			episodes: []
		});
		expect(read('Show - 05 (1920×1080 x264)')).toMatchObject({ resolution: '1080p', episodes: [5] });
	});

	it('reads dashes that part a name as parts, not a range of hundreds of episodes', () => {
		expect(read('[CBM]_Monster_-_11_-_511_Kinderheim_[6C70C4E4].mkv').episodes).toEqual([11]);
		// a range written as one ("1-1000"), a batch, stays a range
		expect(read('One Piece 1-1000 Complete').episodes).toHaveLength(1000);
	});

	it('reads "5of6" as the fifth part, and "S 01" as a season', () => {
		expect(read('BBC Indian Ocean with Simon Reeve 5of6 Sri Lanka to Bangladesh.avi').episodes).toEqual([5]);
		expect(read('Prehistoric park.3iz6.Supercroc.DVDRip.Xvid.avi').episodes).toEqual([3]);
		expect(read('Eureka S 01 720p WEB DL DD 5 1 h264 TjHD')).toMatchObject({
			title: 'Eureka',
			seasons: [1],
			episodes: []
		});
	});

	it('reads languages named after the title in words the base misses, never from the title', () => {
		expect(read('Castle.2009.S01E14.French.HDTV.XviD-LOL').languages).toEqual(['fr']);
		expect(read('Castle.2009.S01E14.Cantonese.HDTV.XviD-LOL').languages).toEqual(['zh']);
		expect(read('Castle.2009.S01E14.HDTV.XviD.HUNDUB-LOL').languages).toEqual(['hu']);
		expect(read('Space.Jam.A.New.Legacy.2021.RoDubbed.2160p.UHD.BLURAY.x265-UNDERDOG').languages).toEqual([
			'ro'
		]);
		expect(
			read('Nick.and.Norahs.Infinite.Playlist.2008.CATALAN.MULTi.1080p.BluRay.x264-DESPACiTO').languages
		).toEqual(['ca']);
		expect(read('The.Italian.Job.2003.1080p.BluRay.x264-GRP').languages).toEqual([]);
	});
});
