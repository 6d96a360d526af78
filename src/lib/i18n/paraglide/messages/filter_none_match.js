/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Filter_None_MatchInputs */

const en_filter_none_match = /** @type {(inputs: Filter_None_MatchInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`No magnet matches these filters.`)
};

const pt_br2_filter_none_match = /** @type {(inputs: Filter_None_MatchInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Nenhum magnet corresponde aos filtros.`)
};

const es_filter_none_match = /** @type {(inputs: Filter_None_MatchInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ningún magnet coincide con los filtros.`)
};

/**
* | output |
* | --- |
* | "No magnet matches these filters." |
*
* @param {Filter_None_MatchInputs} inputs
* @param {{ locale?: "en" | "pt-BR" | "es" }} options
* @returns {LocalizedString}
*/
export const filter_none_match = /** @type {((inputs?: Filter_None_MatchInputs, options?: { locale?: "en" | "pt-BR" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Filter_None_MatchInputs, { locale?: "en" | "pt-BR" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "pt-BR") return pt_br2_filter_none_match(inputs)
	if (locale === "es") return es_filter_none_match(inputs)
	return en_filter_none_match(inputs)
});