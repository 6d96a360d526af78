/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Slow_NoticeInputs */

const en_slow_notice = /** @type {(inputs: Slow_NoticeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Some sites are slow; results keep arriving as they are found.`)
};

const pt_br2_slow_notice = /** @type {(inputs: Slow_NoticeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Alguns sites estão lentos; os resultados continuam chegando.`)
};

const es_slow_notice = /** @type {(inputs: Slow_NoticeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Algunos sitios van lentos; los resultados siguen llegando.`)
};

/**
* | output |
* | --- |
* | "Some sites are slow; results keep arriving as they are found." |
*
* @param {Slow_NoticeInputs} inputs
* @param {{ locale?: "en" | "pt-BR" | "es" }} options
* @returns {LocalizedString}
*/
export const slow_notice = /** @type {((inputs?: Slow_NoticeInputs, options?: { locale?: "en" | "pt-BR" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Slow_NoticeInputs, { locale?: "en" | "pt-BR" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "pt-BR") return pt_br2_slow_notice(inputs)
	if (locale === "es") return es_slow_notice(inputs)
	return en_slow_notice(inputs)
});