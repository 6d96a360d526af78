/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ label: NonNullable<unknown> }} Send_SendingInputs */

const en_send_sending = /** @type {(inputs: Send_SendingInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Sending to ${i?.label}…`)
};

const pt_br2_send_sending = /** @type {(inputs: Send_SendingInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Enviando para ${i?.label}…`)
};

const es_send_sending = /** @type {(inputs: Send_SendingInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Enviando a ${i?.label}…`)
};

/**
* | output |
* | --- |
* | "Sending to {label}…" |
*
* @param {Send_SendingInputs} inputs
* @param {{ locale?: "en" | "pt-BR" | "es" }} options
* @returns {LocalizedString}
*/
export const send_sending = /** @type {((inputs: Send_SendingInputs, options?: { locale?: "en" | "pt-BR" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Send_SendingInputs, { locale?: "en" | "pt-BR" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "pt-BR") return pt_br2_send_sending(inputs)
	if (locale === "es") return es_send_sending(inputs)
	return en_send_sending(inputs)
});