/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Filter_TextInputs */

const en_filter_text = /** @type {(inputs: Filter_TextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Filter names`)
};

const pt_br2_filter_text = /** @type {(inputs: Filter_TextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Filtrar nomes`)
};

const es_filter_text = /** @type {(inputs: Filter_TextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Filtrar nombres`)
};

/**
* | output |
* | --- |
* | "Filter names" |
*
* @param {Filter_TextInputs} inputs
* @param {{ locale?: "en" | "pt-BR" | "es" }} options
* @returns {LocalizedString}
*/
export const filter_text = /** @type {((inputs?: Filter_TextInputs, options?: { locale?: "en" | "pt-BR" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Filter_TextInputs, { locale?: "en" | "pt-BR" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "pt-BR") return pt_br2_filter_text(inputs)
	if (locale === "es") return es_filter_text(inputs)
	return en_filter_text(inputs)
});