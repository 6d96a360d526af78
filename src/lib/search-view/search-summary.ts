// What a results page says about its search beside the cards, the same on the live page and on the page
// written for browsers without JavaScript: the progress line, the engines that failed and why, and the
// notice of a search that found nothing.
import { m } from '#lib/i18n/paraglide/messages.js';
import type { EngineInfo } from '#lib/search-events.ts';
import { formatDuration } from './display.ts';
import { chipStatus, problemSentence } from './engine-status.ts';
import { pageCounts, type SearchProgress } from './search-progress.ts';

/** "3 of 5 engines answered · 12 pages checked · 7 magnets", counting only the engines searched. */
export function progressSummary(progress: SearchProgress, searched: readonly EngineInfo[]): string {
	const answered = searched.filter((engine) => progress.engines[engine.id]).length;
	return [
		m.progress_engines({ answered, total: searched.length }),
		m.count_pages({ count: pageCounts(progress).checked }),
		m.count_magnets({ count: progress.results.length })
	].join(' · ');
}

/** The progress summary, and how long the search took once it has ended. */
export function progressLine(
	progress: SearchProgress,
	searched: readonly EngineInfo[],
	locale: string
): string {
	const summary = progressSummary(progress, searched);
	if (progress.elapsedMs === null) return summary;
	return `${summary} · ${m.progress_done({ time: formatDuration(progress.elapsedMs, locale) })}`;
}

/** A sentence for each engine searched that failed or was paused, and once finished each that never answered. */
export function problemSentences(
	progress: SearchProgress,
	searched: readonly EngineInfo[],
	finished: boolean
): string[] {
	return searched
		.map((engine) => {
			const report = progress.engines[engine.id];
			return problemSentence(engine.name, chipStatus(engine, report, finished), report?.error ?? null);
		})
		.filter((sentence): sentence is string => sentence !== null);
}

/** What an ended search without a magnet says: that the pages it checked held none, or that nothing came back. */
export function emptyNotice(progress: SearchProgress, query: string): string {
	const { checked } = pageCounts(progress);
	return checked > 0 ? m.empty_no_magnets_pages({ count: checked }) : m.empty_nothing({ query });
}
