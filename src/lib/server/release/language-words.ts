// Languages as release names spell them after the title: full English names, the scene's national words
// (TRUEFRENCH, CASTELLANO) and dub tags (HUNDUB, PLDUB, RoDubbed). Only unambiguous words are listed: a
// two-letter code (IT, NO, RO) is too often a word of the title or of English to be read alone.
const WORDS: Record<string, string> = {
	english: 'en',
	french: 'fr',
	truefrench: 'fr',
	subfrench: 'fr',
	vostfr: 'fr',
	vff: 'fr',
	vfq: 'fr',
	vfi: 'fr',
	spanish: 'es',
	castellano: 'es',
	espanol: 'es',
	español: 'es',
	latino: 'es',
	german: 'de',
	deutsch: 'de',
	italian: 'it',
	italiano: 'it',
	portuguese: 'pt',
	brazilian: 'pt',
	russian: 'ru',
	ukrainian: 'uk',
	polish: 'pl',
	dutch: 'nl',
	flemish: 'nl',
	danish: 'da',
	swedish: 'sv',
	norwegian: 'no',
	finnish: 'fi',
	icelandic: 'is',
	japanese: 'ja',
	korean: 'ko',
	chinese: 'zh',
	mandarin: 'zh',
	cantonese: 'zh',
	hindi: 'hi',
	tamil: 'ta',
	telugu: 'te',
	malayalam: 'ml',
	kannada: 'kn',
	bengali: 'bn',
	marathi: 'mr',
	punjabi: 'pa',
	arabic: 'ar',
	hebrew: 'he',
	turkish: 'tr',
	greek: 'el',
	hungarian: 'hu',
	czech: 'cs',
	slovak: 'sk',
	slovenian: 'sl',
	croatian: 'hr',
	serbian: 'sr',
	bulgarian: 'bg',
	romanian: 'ro',
	estonian: 'et',
	latvian: 'lv',
	lithuanian: 'lt',
	vietnamese: 'vi',
	thai: 'th',
	indonesian: 'id',
	malay: 'ms',
	persian: 'fa',
	catalan: 'ca'
};

// Dub tags are the language's prefix and "dub": HUNDUB, HebDub, PLDUB, RoDubbed, GerDub.
const DUB_PREFIXES: Record<string, string> = {
	hun: 'hu',
	heb: 'he',
	pl: 'pl',
	ro: 'ro',
	ger: 'de',
	ita: 'it',
	rus: 'ru',
	ukr: 'uk',
	cz: 'cs',
	tr: 'tr',
	fr: 'fr',
	esp: 'es'
};
const DUB = /^([a-z]{2,3})dub(?:bed)?$/;

/** The language a word of a name names, or null. */
export function languageOfWord(word: string): string | null {
	const lower = word.toLowerCase();
	const named = WORDS[lower];
	if (named) return named;
	const dub = DUB.exec(lower);
	return dub ? (DUB_PREFIXES[dub[1]!] ?? null) : null;
}
