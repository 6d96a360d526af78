/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ reason: NonNullable<unknown> }} Send_FailedInputs */

const en_send_failed = /** @type {(inputs: Send_FailedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Not sent: ${i?.reason}`)
};

const pt_br2_send_failed = /** @type {(inputs: Send_FailedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Não enviado: ${i?.reason}`)
};

const es_send_failed = /** @type {(inputs: Send_FailedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`No enviado: ${i?.reason}`)
};

/**
* | output |
* | --- |
* | "Not sent: {reason}" |
*
* @param {Send_FailedInputs} inputs
* @param {{ locale?: "en" | "pt-BR" | "es" }} options
* @returns {LocalizedString}
*/
export const send_failed = /** @type {((inputs: Send_FailedInputs, options?: { locale?: "en" | "pt-BR" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Send_FailedInputs, { locale?: "en" | "pt-BR" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "pt-BR") return pt_br2_send_failed(inputs)
	if (locale === "es") return es_send_failed(inputs)
	return en_send_failed(inputs)
});