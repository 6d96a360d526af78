// The languages the interface speaks, each named in itself so anyone can find their own.
import type { Locale } from '#lib/i18n/paraglide/runtime.js';

export const LANGUAGES: { locale: Locale; name: string }[] = [
	{ locale: 'en', name: 'English' },
	{ locale: 'pt-BR', name: 'Português (Brasil)' },
	{ locale: 'es', name: 'Español' }
];
