// TORRENT_CLIENTS read into the clients a result can be sent to: `label=kind+url`, comma-separated, with
// credentials in the URL and per-client options as its query parameters (README, "Sending to a torrent client").

export const CLIENT_KINDS = ['qbittorrent', 'transmission', 'deluge'] as const;
export type ClientKind = (typeof CLIENT_KINDS)[number];

export interface ClientOptions {
	/** qBittorrent's category, Transmission's label, Deluge's label (its Label plugin). */
	category: string | null;
	/** Where the client saves the download; null keeps the client's own default. */
	savePath: string | null;
	/** Added stopped; null keeps the client's own default. */
	paused: boolean | null;
}

export interface TorrentClient {
	label: string;
	kind: ClientKind;
	/** The client's address without credentials or our options. */
	url: URL;
	username: string;
	password: string;
	options: ClientOptions;
}

/** What people and pages may know of a client: never its address or credentials. */
export interface ClientSummary {
	label: string;
	kind: ClientKind;
}

const LABEL = /^[\p{L}\p{N}][\p{L}\p{N} ._-]{0,39}$/u;
const OPTION_NAMES = new Set(['category', 'savepath', 'paused']);
const NAME = 'TORRENT_CLIENTS';

function readPaused(value: string | null): boolean | null | { invalid: string } {
	if (value === null) return null;
	if (['1', 'true', 'yes'].includes(value.toLowerCase())) return true;
	if (['0', 'false', 'no'].includes(value.toLowerCase())) return false;
	return { invalid: `paused must be true or false, got ${JSON.stringify(value)}` };
}

function readEntry(entry: string, position: number): TorrentClient | { invalid: string } {
	const match = /^([^=]+)=([a-z]+)\+(.+)$/.exec(entry);
	// The entry itself is never repeated: it may hold a password.
	if (!match)
		return {
			invalid: `entry ${position} is not label=kind+url (write a comma inside a password as %2C)`
		};
	const [, rawLabel = '', kind = '', rawUrl = ''] = match;
	const label = rawLabel.trim();
	// A label that is none is likely a piece of the URL (an entry without one, whose password holds "="):
	// it is never quoted, and neither is a kind after it.
	if (!LABEL.test(label))
		return {
			invalid: `entry ${position} has no valid label before "=" (1 to 40 letters, digits, spaces, dots, dashes or underscores); write an = inside a password as %3D`
		};
	if (!(CLIENT_KINDS as readonly string[]).includes(kind))
		return { invalid: `${label} has kind ${JSON.stringify(kind)}; known: ${CLIENT_KINDS.join(', ')}` };
	const url = URL.parse(rawUrl.trim());
	if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:'))
		return {
			invalid: `${label} needs an http(s) URL after ${kind}+ (write a comma inside a password as %2C)`
		};
	// Option names and values are quoted only from a URL without a password: an unencoded ? or # inside
	// one moves the rest of it into the query.
	const quotable = url.password === '';
	const unknown = [...url.searchParams.keys()].filter((key) => !OPTION_NAMES.has(key));
	if (unknown.length > 0)
		return {
			invalid: `${label} has unknown option ${quotable ? unknown.join(', ') : '(not repeated: the URL has a password; write a ? or # inside it as %3F or %23)'}; known: category, savepath, paused`
		};
	const paused = readPaused(url.searchParams.get('paused'));
	if (typeof paused === 'object' && paused !== null)
		return { invalid: `${label}: ${quotable ? paused.invalid : 'paused must be true or false'}` };
	const options: ClientOptions = {
		category: url.searchParams.get('category')?.trim() || null,
		savePath: url.searchParams.get('savepath')?.trim() || null,
		paused
	};
	let username: string, password: string;
	try {
		username = decodeURIComponent(url.username);
		password = decodeURIComponent(url.password);
	} catch {
		return { invalid: `${label} has credentials that are not valid percent-encoding` };
	}
	url.username = '';
	url.password = '';
	url.search = '';
	url.hash = '';
	return { label, kind: kind as ClientKind, url, username, password, options };
}

/** The clients TORRENT_CLIENTS names, in its order, or what is wrong with it (naming the variable). */
export function parseTorrentClients(value: string | undefined): TorrentClient[] | { invalid: string } {
	const clients: TorrentClient[] = [];
	const entries = (value ?? '').split(',').map((item) => item.trim());
	for (const [index, entry] of entries.entries()) {
		if (entry === '') continue;
		const client = readEntry(entry, index + 1);
		if ('invalid' in client) return { invalid: `${NAME}: ${client.invalid}` };
		if (clients.some((known) => known.label.toLowerCase() === client.label.toLowerCase()))
			return { invalid: `${NAME} names ${client.label} twice` };
		clients.push(client);
	}
	return clients;
}
