// GET /search/web/result?query=Q&use_*=1: the old web-links search, now the search page's links view (308).
import { redirect } from '@sveltejs/kit';
import { legacySearchLocation } from '../../legacy-url.ts';

export function GET({ url }) {
	redirect(308, legacySearchLocation(url, 'links'));
}
