/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Size_UnknownInputs */

const en_size_unknown = /** @type {(inputs: Size_UnknownInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`size unknown`)
};

const pt_br2_size_unknown = /** @type {(inputs: Size_UnknownInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`tamanho desconhecido`)
};

const es_size_unknown = /** @type {(inputs: Size_UnknownInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`tamaño desconocido`)
};

/**
* | output |
* | --- |
* | "size unknown" |
*
* @param {Size_UnknownInputs} inputs
* @param {{ locale?: "en" | "pt-BR" | "es" }} options
* @returns {LocalizedString}
*/
export const size_unknown = /** @type {((inputs?: Size_UnknownInputs, options?: { locale?: "en" | "pt-BR" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Size_UnknownInputs, { locale?: "en" | "pt-BR" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "pt-BR") return pt_br2_size_unknown(inputs)
	if (locale === "es") return es_size_unknown(inputs)
	return en_size_unknown(inputs)
});