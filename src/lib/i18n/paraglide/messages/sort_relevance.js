/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Sort_RelevanceInputs */

const en_sort_relevance = /** @type {(inputs: Sort_RelevanceInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Relevance`)
};

const pt_br2_sort_relevance = /** @type {(inputs: Sort_RelevanceInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Relevância`)
};

const es_sort_relevance = /** @type {(inputs: Sort_RelevanceInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Relevancia`)
};

/**
* | output |
* | --- |
* | "Relevance" |
*
* @param {Sort_RelevanceInputs} inputs
* @param {{ locale?: "en" | "pt-BR" | "es" }} options
* @returns {LocalizedString}
*/
export const sort_relevance = /** @type {((inputs?: Sort_RelevanceInputs, options?: { locale?: "en" | "pt-BR" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Sort_RelevanceInputs, { locale?: "en" | "pt-BR" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "pt-BR") return pt_br2_sort_relevance(inputs)
	if (locale === "es") return es_sort_relevance(inputs)
	return en_sort_relevance(inputs)
});