/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Error_BackInputs */

const en_error_back = /** @type {(inputs: Error_BackInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Back to search`)
};

const pt_br2_error_back = /** @type {(inputs: Error_BackInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Voltar à busca`)
};

const es_error_back = /** @type {(inputs: Error_BackInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Volver a la búsqueda`)
};

/**
* | output |
* | --- |
* | "Back to search" |
*
* @param {Error_BackInputs} inputs
* @param {{ locale?: "en" | "pt-BR" | "es" }} options
* @returns {LocalizedString}
*/
export const error_back = /** @type {((inputs?: Error_BackInputs, options?: { locale?: "en" | "pt-BR" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_BackInputs, { locale?: "en" | "pt-BR" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "pt-BR") return pt_br2_error_back(inputs)
	if (locale === "es") return es_error_back(inputs)
	return en_error_back(inputs)
});