// Addresses of a search, the same for the page, its stream and the basic page: bookmarkable and canonical.

export type View = 'magnets' | 'links';

/** `q`, then `engines` in the API's comma form (absent means the server's defaults), then `view`. */
export function searchQueryString(
	query: string,
	engines: readonly string[] | null | undefined,
	view?: View
): string {
	const params = new URLSearchParams({ q: query });
	if (engines) params.set('engines', engines.join(','));
	if (view === 'links') params.set('view', view);
	return params.toString();
}
