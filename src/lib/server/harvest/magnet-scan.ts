// Finds the magnets in a page's text as it arrives in pieces, exactly as one pass over the whole text
// would: a magnet cut by a piece's end is held until the next piece says where it ends.
import { MAX_MAGNET_LENGTH, parseMagnet, type Magnet } from '#lib/server/magnet/magnet.ts';

/** A page can hold this many magnets; beyond it the rest is noise or an attack. */
const MAX_MAGNETS = 2000;

/** One way pages write a magnet. */
interface Form {
	/** The opening and as much of the rest as the text shows (global, from `lastIndex`). */
	start: RegExp;
	/** The rest of a magnet from anywhere inside it (sticky): what may follow does not depend on what came. */
	more: RegExp;
	/** Characters that must follow a magnet's visible end before it is known to end there. */
	lookahead: number;
	/** Characters at a piece's end that may be the beginning of the opening: the opening's length less one. */
	partialOpening: number;
}

// A magnet runs until a character that cannot be inside an attribute value or a JS/JSON string; the JS
// escapes \u0026 and \/ do not end it.
const INSIDE = String.raw`[^\s"'<>\`{}|\\^\]]|\\u0026|\\\/`;
const FORMS: Form[] = [
	{
		start: new RegExp(String.raw`magnet:\?(?:${INSIDE})*`, 'gi'),
		more: new RegExp(String.raw`(?:${INSIDE})*`, 'iy'),
		lookahead: '\\u0026'.length,
		partialOpening: 'magnet:?'.length - 1
	},
	// URL-encoded, as in a redirect's query: it ends where the query parameter does.
	{
		start: /magnet%3A%3F[^\s"'<>&]*/gi,
		more: /[^\s"'<>&]*/iy,
		lookahead: 1,
		partialOpening: 'magnet%3A%3F'.length - 1
	}
];

/** The candidates of one form, each reported with its position in the whole text, in order. */
class FormScan {
	/** Text not yet settled: the end of the last piece, which may begin or continue a magnet. */
	private tail = '';
	private tailAt = 0;
	/** A magnet whose end is not yet known. */
	private open: { at: number; text: string } | null = null;

	private readonly form: Form;
	private readonly found: (at: number, text: string) => void;

	constructor(form: Form, found: (at: number, text: string) => void) {
		this.form = form;
		this.found = found;
	}

	/** No candidate starting before this position is still to come. */
	get settledUpTo(): number {
		return this.open?.at ?? this.tailAt;
	}

	write(piece: string, last: boolean): void {
		const { start, more, lookahead, partialOpening } = this.form;
		const text = this.tail + piece;
		const at = this.tailAt;
		let position = 0;
		for (;;) {
			if (this.open) {
				more.lastIndex = position;
				more.exec(text);
				const end = more.lastIndex;
				const room = MAX_MAGNET_LENGTH - this.open.text.length;
				if (room > 0) this.open.text += text.slice(position, Math.min(end, position + room));
				if (!last && end + lookahead > text.length) return this.keep(text, end, at);
				this.found(this.open.at, this.open.text);
				this.open = null;
				position = end;
			}
			start.lastIndex = position;
			const match = start.exec(text);
			if (!match) {
				const from = last ? text.length : Math.max(position, text.length - partialOpening);
				return this.keep(text, from, at);
			}
			this.open = { at: at + match.index, text: match[0].slice(0, MAX_MAGNET_LENGTH) };
			position = match.index + match[0].length;
		}
	}

	private keep(text: string, from: number, at: number): void {
		this.tail = text.slice(from);
		this.tailAt = at + from;
	}
}

/** The magnets of a page in the order they appear, one per infohash, at most MAX_MAGNETS. */
export class MagnetScan {
	private readonly found = new Map<string, Magnet>();
	/** Candidates of one form waiting for the other form's scan to pass them, to be added in page order. */
	private waiting: { at: number; text: string }[] = [];
	private readonly scans = FORMS.map(
		(form) => new FormScan(form, (at, text) => this.waiting.push({ at, text }))
	);

	/** Full: the rest of the page need not be read for magnets. */
	get full(): boolean {
		return this.found.size >= MAX_MAGNETS;
	}

	write(piece: string): void {
		if (this.full) return;
		for (const scan of this.scans) scan.write(piece, false);
		this.settle(Math.min(...this.scans.map((scan) => scan.settledUpTo)));
	}

	end(): Magnet[] {
		if (!this.full) for (const scan of this.scans) scan.write('', true);
		this.settle(Number.POSITIVE_INFINITY);
		return [...this.found.values()];
	}

	private settle(upTo: number): void {
		this.waiting.sort((a, b) => a.at - b.at);
		let settled = 0;
		while (settled < this.waiting.length && (this.waiting[settled]?.at ?? upTo) < upTo && !this.full)
			this.add((this.waiting[settled++] as { text: string }).text);
		this.waiting = this.full ? [] : this.waiting.slice(settled);
	}

	private add(candidate: string): void {
		const magnet = parseMagnet(candidate);
		if (!magnet) return;
		const key = magnet.infohash ?? magnet.btmh ?? '';
		const known = this.found.get(key);
		if (!known || (!known.name && magnet.name) || known.trackers.length < magnet.trackers.length)
			this.found.set(key, magnet);
	}
}
