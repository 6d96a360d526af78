/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ label: NonNullable<unknown> }} Send_ToInputs */

const en_send_to = /** @type {(inputs: Send_ToInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Send to ${i?.label}`)
};

const pt_br2_send_to = /** @type {(inputs: Send_ToInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Enviar para ${i?.label}`)
};

const es_send_to = /** @type {(inputs: Send_ToInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Enviar a ${i?.label}`)
};

/**
* | output |
* | --- |
* | "Send to {label}" |
*
* @param {Send_ToInputs} inputs
* @param {{ locale?: "en" | "pt-BR" | "es" }} options
* @returns {LocalizedString}
*/
export const send_to = /** @type {((inputs: Send_ToInputs, options?: { locale?: "en" | "pt-BR" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Send_ToInputs, { locale?: "en" | "pt-BR" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "pt-BR") return pt_br2_send_to(inputs)
	if (locale === "es") return es_send_to(inputs)
	return en_send_to(inputs)
});