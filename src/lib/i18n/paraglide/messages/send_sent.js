/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ label: NonNullable<unknown> }} Send_SentInputs */

const en_send_sent = /** @type {(inputs: Send_SentInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Sent to ${i?.label}`)
};

const pt_br2_send_sent = /** @type {(inputs: Send_SentInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Enviado para ${i?.label}`)
};

const es_send_sent = /** @type {(inputs: Send_SentInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Enviado a ${i?.label}`)
};

/**
* | output |
* | --- |
* | "Sent to {label}" |
*
* @param {Send_SentInputs} inputs
* @param {{ locale?: "en" | "pt-BR" | "es" }} options
* @returns {LocalizedString}
*/
export const send_sent = /** @type {((inputs: Send_SentInputs, options?: { locale?: "en" | "pt-BR" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Send_SentInputs, { locale?: "en" | "pt-BR" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "pt-BR") return pt_br2_send_sent(inputs)
	if (locale === "es") return es_send_sent(inputs)
	return en_send_sent(inputs)
});