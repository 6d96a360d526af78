// Reads a human size such as "1.4 GiB" or "700 MB" into bytes.
const POWERS: Record<string, number> = { B: 0, K: 1, M: 2, G: 3, T: 4, P: 5 };

// Torrent sites print binary sizes under either spelling (GB or GiB), so both count in powers of 1024.
export function parseByteSize(text: string): number | null {
	const match = /^\s*([\d.,]+)\s*([KMGTP]?)(?:I?B)?\s*$/i.exec(text);
	if (!match) return null;
	const number = Number(match[1]!.replaceAll(',', ''));
	if (!Number.isFinite(number)) return null;
	return Math.round(number * 1024 ** POWERS[(match[2] || 'B').toUpperCase()]!);
}
