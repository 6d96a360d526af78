/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Engines_WebInputs */

const en_engines_web = /** @type {(inputs: Engines_WebInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Web search engines`)
};

const pt_br2_engines_web = /** @type {(inputs: Engines_WebInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Buscadores da web`)
};

const es_engines_web = /** @type {(inputs: Engines_WebInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Buscadores web`)
};

/**
* | output |
* | --- |
* | "Web search engines" |
*
* @param {Engines_WebInputs} inputs
* @param {{ locale?: "en" | "pt-BR" | "es" }} options
* @returns {LocalizedString}
*/
export const engines_web = /** @type {((inputs?: Engines_WebInputs, options?: { locale?: "en" | "pt-BR" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Engines_WebInputs, { locale?: "en" | "pt-BR" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "pt-BR") return pt_br2_engines_web(inputs)
	if (locale === "es") return es_engines_web(inputs)
	return en_engines_web(inputs)
});