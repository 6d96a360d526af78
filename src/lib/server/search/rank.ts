// The order results are shown in: seeders when known (dead torrents last), then how many places saw it,
// then how well its name matches the query.
import { seedersOrder, type Result } from '#lib/search-events.ts';

function words(text: string): string[] {
	return text
		.toLowerCase()
		.split(/[^\p{L}\p{N}]+/u)
		.filter(Boolean);
}

/** Share of the query's words that appear in the name, 0 to 1. */
export function nameMatch(query: string, name: string | null): number {
	const wanted = words(query);
	if (wanted.length === 0 || !name) return 0;
	const have = new Set(words(name));
	return wanted.filter((word) => have.has(word)).length / wanted.length;
}

export function rankResults(query: string, results: Result[]): Result[] {
	return results
		.map((result) => ({ result, match: nameMatch(query, result.name) }))
		.sort(
			(a, b) =>
				seedersOrder(b.result.seeders) - seedersOrder(a.result.seeders) ||
				b.result.sources.length - a.result.sources.length ||
				b.match - a.match
		)
		.map(({ result }) => result);
}
