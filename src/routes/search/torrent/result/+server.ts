// GET /search/torrent/result?query=Q&use_*=1: the old cf-torrent search address, moved for good (308).
import { redirect } from '@sveltejs/kit';
import { legacySearchLocation } from '../../legacy-url.ts';

export function GET({ url }) {
	redirect(308, legacySearchLocation(url, 'magnets'));
}
