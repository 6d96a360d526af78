/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Filter_Min_SizeInputs */

const en_filter_min_size = /** @type {(inputs: Filter_Min_SizeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Min size (GiB)`)
};

const pt_br2_filter_min_size = /** @type {(inputs: Filter_Min_SizeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Tamanho mín. (GiB)`)
};

const es_filter_min_size = /** @type {(inputs: Filter_Min_SizeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Tamaño mín. (GiB)`)
};

/**
* | output |
* | --- |
* | "Min size (GiB)" |
*
* @param {Filter_Min_SizeInputs} inputs
* @param {{ locale?: "en" | "pt-BR" | "es" }} options
* @returns {LocalizedString}
*/
export const filter_min_size = /** @type {((inputs?: Filter_Min_SizeInputs, options?: { locale?: "en" | "pt-BR" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Filter_Min_SizeInputs, { locale?: "en" | "pt-BR" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "pt-BR") return pt_br2_filter_min_size(inputs)
	if (locale === "es") return es_filter_min_size(inputs)
	return en_filter_min_size(inputs)
});