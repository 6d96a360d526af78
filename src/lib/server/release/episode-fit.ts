// How a release relates to one episode, from its parse: the episode itself (also in a multi-episode
// file), a pack that holds it (a season pack, a complete series), clearly something else, or unknown.
import type { Release } from '#lib/release.ts';

export type EpisodeFit = 'episode' | 'pack' | 'other' | 'unknown';

export function episodeFit(release: Release | null, season: number, episode: number): EpisodeFit {
	if (!release) return 'unknown';
	const { seasons, episodes, complete } = release;
	if (seasons.length === 0) {
		// "Show - 05" numbers episodes without a season (anime): it cannot be told from another season's
		return complete && episodes.length === 0 ? 'pack' : 'unknown';
	}
	if (!seasons.includes(season)) return 'other';
	if (episodes.length === 0) return 'pack';
	return episodes.includes(episode) ? 'episode' : 'other';
}
