/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Filter_Max_SizeInputs */

const en_filter_max_size = /** @type {(inputs: Filter_Max_SizeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Max size (GiB)`)
};

const pt_br2_filter_max_size = /** @type {(inputs: Filter_Max_SizeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Tamanho máx. (GiB)`)
};

const es_filter_max_size = /** @type {(inputs: Filter_Max_SizeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Tamaño máx. (GiB)`)
};

/**
* | output |
* | --- |
* | "Max size (GiB)" |
*
* @param {Filter_Max_SizeInputs} inputs
* @param {{ locale?: "en" | "pt-BR" | "es" }} options
* @returns {LocalizedString}
*/
export const filter_max_size = /** @type {((inputs?: Filter_Max_SizeInputs, options?: { locale?: "en" | "pt-BR" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Filter_Max_SizeInputs, { locale?: "en" | "pt-BR" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "pt-BR") return pt_br2_filter_max_size(inputs)
	if (locale === "es") return es_filter_max_size(inputs)
	return en_filter_max_size(inputs)
});