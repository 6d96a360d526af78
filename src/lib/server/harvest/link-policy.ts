// Which result links are worth fetching, and in what order: pages that cannot hold a magnet (video sites,
// encyclopedias, social networks, shops, VPN and proxy ads) are never fetched; likely torrent pages go first.

/** Domains (and their subdomains) whose pages never carry magnets for a search. */
// prettier-ignore
const IGNORED_DOMAINS = [
	// video and streaming
	'youtube.com', 'youtu.be', 'vimeo.com', 'dailymotion.com', 'twitch.tv', 'netflix.com', 'hulu.com',
	'disneyplus.com', 'primevideo.com', 'max.com', 'hbomax.com', 'paramountplus.com', 'peacocktv.com',
	'crunchyroll.com', 'tubitv.com', 'pluto.tv', 'justwatch.com', 'plex.tv', 'tv.apple.com',
	// encyclopedias, databases and reviews
	'wikipedia.org', 'wikimedia.org', 'wikidata.org', 'fandom.com', 'imdb.com', 'themoviedb.org',
	'rottentomatoes.com', 'metacritic.com', 'letterboxd.com', 'tvmaze.com', 'thetvdb.com', 'trakt.tv',
	'myanimelist.net', 'anilist.co', 'goodreads.com', 'britannica.com',
	// social networks and forums without magnets
	'facebook.com', 'instagram.com', 'twitter.com', 'x.com', 'tiktok.com', 'pinterest.com', 'linkedin.com',
	'quora.com', 'threads.net', 'tumblr.com', 'snapchat.com', 'discord.com', 'telegram.org', 't.me',
	// shops and app stores
	'amazon.com', 'amazon.co.uk', 'amazon.de', 'amazon.com.br', 'ebay.com', 'apple.com', 'play.google.com',
	'store.steampowered.com', 'microsoft.com', 'spotify.com', 'music.apple.com', 'soundcloud.com',
	// VPN and proxy advertising, and "is it safe to torrent" articles
	'nordvpn.com', 'expressvpn.com', 'surfshark.com', 'protonvpn.com', 'proton.me', 'cyberghostvpn.com',
	'privateinternetaccess.com', 'ipvanish.com', 'hide.me', 'windscribe.com', 'torguard.net', 'vyprvpn.com',
	'purevpn.com', 'hotspotshield.com', 'atlasvpn.com', 'mullvad.net', 'privadovpn.com', 'vpnmentor.com',
	'comparitech.com', 'cloudwards.net', 'security.org', 'top10vpn.com',
	// subtitles, news and search engines' own pages
	'opensubtitles.org', 'opensubtitles.com', 'subscene.com', 'news.google.com', 'google.com', 'bing.com',
	'duckduckgo.com', 'yahoo.com', 'yandex.com', 'yandex.ru', 'brave.com', 'startpage.com', 'mojeek.com',
	'github.com'
];

const ignored = new Set(IGNORED_DOMAINS);

/** Sites known to put magnets or .torrent links on their pages. */
// prettier-ignore
const TORRENT_SITES = [
	'1337x', 'thepiratebay', 'piratebay', 'tpb', 'nyaa', 'eztv', 'yts', 'limetorrents', 'torrentgalaxy',
	'torrentdownloads', 'kickass', 'katcr', 'rutracker', 'rutor', 'nnmclub', 'bitsearch', 'btdig',
	'solidtorrents', 'glodls', 'torlock', 'magnetdl', 'idope', 'knaben', 'snowfl', 'torrentz', 'zooqle',
	'fitgirl', 'dodi', 'anidex', 'tokyotosho', 'subsplease', 'ext.to', 'bt4g', 'torrentfunk', 'extratorrent',
	'academictorrents', 'linuxtracker', 'archive.org', 'fosshub', 'torrentproject', 'btdigg'
];

function hostOf(url: string): string | null {
	try {
		return new URL(url).hostname.toLowerCase().replace(/\.$/, '');
	} catch {
		return null;
	}
}

export function isIgnoredLink(url: string): boolean {
	const host = hostOf(url);
	if (!host) return true;
	const labels = host.split('.');
	for (let at = 0; at < labels.length - 1; at++) {
		if (ignored.has(labels.slice(at).join('.'))) return true;
	}
	return false;
}

/** Higher is more likely to hold magnets: a known torrent site, then "torrent" or "magnet" in the URL. */
export function torrentLikelihood(url: string): number {
	const host = hostOf(url) ?? '';
	const lower = url.toLowerCase();
	if (TORRENT_SITES.some((site) => host.includes(site))) return 3;
	if (/torrent|magnet/.test(host)) return 2;
	if (/torrent|magnet|\bbt\b|download/.test(lower)) return 1;
	return 0;
}

/** The form used to fetch each page once per search: no fragment, lowercase host. */
export function pageKey(url: string): string | null {
	try {
		const parsed = new URL(url);
		if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
		parsed.hash = '';
		return parsed.href;
	} catch {
		return null;
	}
}
