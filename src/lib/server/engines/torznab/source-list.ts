// TORZNAB_SOURCES read into the Torznab endpoints searched as engines: `label=url`, comma-separated, a
// comma inside a URL written %2C. Each URL usually carries the apikey, so no message ever repeats one.

/** One Torznab endpoint the operator named (Prowlarr's per-indexer feed, Jackett's aggregate, …). */
export interface TorznabSource {
	label: string;
	/** The engine id: `torznab-<label>`. */
	id: `torznab-${string}`;
	/** The endpoint, apikey included: trusted configuration, never shown. */
	url: string;
}

const NAME = 'TORZNAB_SOURCES';
// Lowercase kebab-case, as every engine id is.
const LABEL = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MAX_LABEL = 40;

function readEntry(entry: string, position: number): TorznabSource | { invalid: string } {
	const at = entry.indexOf('=');
	// The entry itself is never repeated: it may hold a key.
	if (at <= 0) return { invalid: `entry ${position} is not label=url (write a comma inside a URL as %2C)` };
	const label = entry.slice(0, at).trim();
	// What stands before `=` in an entry that is a bare URL (`http://h/api?apikey=…`) is no label to show.
	if (!/^[\p{L}\p{N} ._-]+$/u.test(label))
		return { invalid: `entry ${position} is not label=url (write a comma inside a URL as %2C)` };
	if (!LABEL.test(label) || label.length > MAX_LABEL)
		return {
			invalid: `label ${JSON.stringify(label.slice(0, MAX_LABEL))} must be 1 to ${MAX_LABEL} lowercase letters, digits and single dashes`
		};
	const url = URL.parse(entry.slice(at + 1).trim());
	if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:') || url.hostname === '')
		return { invalid: `${label} needs an http(s) URL after ${label}= (write a comma inside a URL as %2C)` };
	url.hash = '';
	return { label, id: `torznab-${label}`, url: url.href };
}

/** The sources TORZNAB_SOURCES names, in its order, or what is wrong with it (naming the variable). */
export function parseTorznabSources(value: string | undefined): TorznabSource[] | { invalid: string } {
	const sources: TorznabSource[] = [];
	for (const [index, raw] of (value ?? '').split(',').entries()) {
		const entry = raw.trim();
		if (entry === '') continue;
		const source = readEntry(entry, index + 1);
		if ('invalid' in source) return { invalid: `${NAME}: ${source.invalid}` };
		if (sources.some((known) => known.label === source.label))
			return { invalid: `${NAME} names ${source.label} twice` };
		sources.push(source);
	}
	return sources;
}
