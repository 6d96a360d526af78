/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ label: NonNullable<unknown> }} Send_AlreadyInputs */

const en_send_already = /** @type {(inputs: Send_AlreadyInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Already in ${i?.label}`)
};

const pt_br2_send_already = /** @type {(inputs: Send_AlreadyInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Já está em ${i?.label}`)
};

const es_send_already = /** @type {(inputs: Send_AlreadyInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Ya está en ${i?.label}`)
};

/**
* | output |
* | --- |
* | "Already in {label}" |
*
* @param {Send_AlreadyInputs} inputs
* @param {{ locale?: "en" | "pt-BR" | "es" }} options
* @returns {LocalizedString}
*/
export const send_already = /** @type {((inputs: Send_AlreadyInputs, options?: { locale?: "en" | "pt-BR" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Send_AlreadyInputs, { locale?: "en" | "pt-BR" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "pt-BR") return pt_br2_send_already(inputs)
	if (locale === "es") return es_send_already(inputs)
	return en_send_already(inputs)
});