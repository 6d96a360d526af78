/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ reason: NonNullable<unknown> }} Error_Bad_RequestInputs */

const en_error_bad_request = /** @type {(inputs: Error_Bad_RequestInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`That search cannot be run: ${i?.reason}`)
};

const pt_br2_error_bad_request = /** @type {(inputs: Error_Bad_RequestInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Essa busca não pode ser feita: ${i?.reason}`)
};

const es_error_bad_request = /** @type {(inputs: Error_Bad_RequestInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Esa búsqueda no se puede hacer: ${i?.reason}`)
};

/**
* | output |
* | --- |
* | "That search cannot be run: {reason}" |
*
* @param {Error_Bad_RequestInputs} inputs
* @param {{ locale?: "en" | "pt-BR" | "es" }} options
* @returns {LocalizedString}
*/
export const error_bad_request = /** @type {((inputs: Error_Bad_RequestInputs, options?: { locale?: "en" | "pt-BR" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_Bad_RequestInputs, { locale?: "en" | "pt-BR" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "pt-BR") return pt_br2_error_bad_request(inputs)
	if (locale === "es") return es_error_bad_request(inputs)
	return en_error_bad_request(inputs)
});