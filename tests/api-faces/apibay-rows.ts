// Synthetic apibay `q.php` rows (every value a string, uppercase infohash, as apibay writes them) for the
// faces' tests; the hash is derived from the name so each row is stable and distinct.
import { createHash } from 'node:crypto';

export interface ApibayRow {
	id: string;
	name: string;
	info_hash: string;
	leechers: string;
	seeders: string;
	num_files: string;
	size: string;
	username: string;
	added: string;
	status: string;
	category: string;
	imdb: string;
}

export function apibayRow(
	name: string,
	options: { seeders?: number; size?: number; infohash?: string; added?: number } = {}
): ApibayRow {
	const infohash = options.infohash ?? createHash('sha1').update(name).digest('hex');
	return {
		id: String(parseInt(infohash.slice(0, 6), 16)),
		name,
		info_hash: infohash.toUpperCase(),
		leechers: '3',
		seeders: String(options.seeders ?? 10),
		num_files: '1',
		size: String(options.size ?? 2_000_000_000),
		username: 'uploader',
		added: String(options.added ?? 1786066501),
		status: 'member',
		category: '207',
		imdb: ''
	};
}
