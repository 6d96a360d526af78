/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ id: NonNullable<unknown> }} Error_ReferenceInputs */

const en_error_reference = /** @type {(inputs: Error_ReferenceInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Reference: ${i?.id}`)
};

const pt_br2_error_reference = /** @type {(inputs: Error_ReferenceInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Referência: ${i?.id}`)
};

const es_error_reference = /** @type {(inputs: Error_ReferenceInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Referencia: ${i?.id}`)
};

/**
* | output |
* | --- |
* | "Reference: {id}" |
*
* @param {Error_ReferenceInputs} inputs
* @param {{ locale?: "en" | "pt-BR" | "es" }} options
* @returns {LocalizedString}
*/
export const error_reference = /** @type {((inputs: Error_ReferenceInputs, options?: { locale?: "en" | "pt-BR" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_ReferenceInputs, { locale?: "en" | "pt-BR" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "pt-BR") return pt_br2_error_reference(inputs)
	if (locale === "es") return es_error_reference(inputs)
	return en_error_reference(inputs)
});