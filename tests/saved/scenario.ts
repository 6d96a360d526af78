// The web the saved-search tests watch: one index (apibay) whose releases a test can add to, as a site
// gains a new upload between two polls of a feed.
import { apibayRow } from '../api-faces/apibay-rows.ts';
import { startFakeWeb, type FakeWeb } from '../fake-web/fake-web.ts';

export const FIRST = 'Fakenet Open Show S01E01 1080p WEB-DL x264-FNET';
export const SECOND = 'Fakenet Open Show S01E02 1080p WEB-DL x264-FNET';
/** Found by the same search, but a rule for 1080p must not take it. */
export const OTHER = 'Fakenet Open Show S01E01 720p HDTV x264-FNET';

export interface WatchedWeb extends FakeWeb {
	/** What apibay lists now, newest last. */
	releases: string[];
}

export async function startWatchedWeb(): Promise<WatchedWeb> {
	const releases = [FIRST, OTHER];
	const web = await startFakeWeb({
		'/apibay/q.php': {
			body: () =>
				JSON.stringify(releases.map((name) => apibayRow(name, { seeders: 20, size: 1_500_000_000 }))),
			headers: { 'content-type': 'application/json' }
		}
	});
	return Object.assign(web, { releases });
}

export function watchEnv(web: FakeWeb, extra: Record<string, string> = {}): Record<string, string> {
	return {
		ENGINES: 'apibay',
		APIBAY_URL: `${web.url}/apibay`,
		// Every poll asks the web, so a new release shows at the next one.
		CACHE_TTL_SECONDS: '0',
		...extra
	};
}
