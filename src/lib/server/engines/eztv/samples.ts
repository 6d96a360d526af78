// The answers the eztv engine is tested on. The search page is hand-written after Jackett's EZTV
// definition (Jackett/Jackett, src/Jackett.Common/Definitions/eztv.yml: rows `tr[name=hover]` of
// `table.forum_header_border`, title in the 2nd cell, magnet `a.magnet` in the 3rd, size 4th, seeds
// 6th) and the row markup of the real EZTV page in ../shared/fixtures/sites/eztv-detail.html.
import type { EngineSamples } from '../engine-samples.ts';

export const samples: EngineSamples = {
	captures: ['apis/eztv-get-torrents.json'],
	// The capture is the API's answer, which only IMDb ids are sent to.
	captureQuery: 'tt0069658',
	results: [
		{
			about: 'a /search/<words> result page in the Jackett-modelled markup',
			query: 'silo',
			body: `<table class="forum_header_border" width="100%"><tr><td class="section_post_header" colspan="7">Silo</td></tr>
<tr name="hover" class="forum_header_border">
<td class="forum_thread_post" align="center"><a href="/shows/1/silo/" class="thread_link">Silo</a></td>
<td class="forum_thread_post"><a href="/ep/3141570/silo-s03e08-1080p-hevc-x265-megusta/" title="Silo S03E08 1080p HEVC x265-MeGusta [eztv] (1.38 GB)" class="epinfo">Silo S03E08 1080p HEVC x265-MeGusta</a></td>
<td class="forum_thread_post" align="center"><a href="magnet:?xt=urn:btih:93a8760c99f346fb9e24bada88b113397423e348&amp;dn=Silo.S03E08.1080p.HEVC.x265-MeGusta%5Beztvx.to%5D&amp;tr=udp%3A%2F%2Ftracker.opentrackr.org%3A1337%2Fannounce" class="magnet" title="Magnet Link"></a><a href="https://zoink.ch/torrent/Silo.torrent" class="download_1"></a></td>
<td class="forum_thread_post" align="center">1.38 GB</td>
<td class="forum_thread_post" align="center">3h 12m</td>
<td class="forum_thread_post" align="center"><font color="green">6,204</font></td></tr>
<tr name="hover" class="forum_header_border"><td>Silo</td><td><a class="epinfo" href="/ep/1/">No magnet yet</a></td><td></td><td>1 GB</td><td>1h</td><td>-</td></tr>
</table>`
		}
	],
	blocked: [
		{
			about: 'a Cloudflare challenge page served in place of the search page',
			body: '<html><body><script src="/cdn-cgi/challenge-platform/h/g/orchestrate/chl_page/v1"></script></body></html>'
		}
	]
};
