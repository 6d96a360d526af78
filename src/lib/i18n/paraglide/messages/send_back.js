/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Send_BackInputs */

const en_send_back = /** @type {(inputs: Send_BackInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Back to the results`)
};

const pt_br2_send_back = /** @type {(inputs: Send_BackInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Voltar aos resultados`)
};

const es_send_back = /** @type {(inputs: Send_BackInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Volver a los resultados`)
};

/**
* | output |
* | --- |
* | "Back to the results" |
*
* @param {Send_BackInputs} inputs
* @param {{ locale?: "en" | "pt-BR" | "es" }} options
* @returns {LocalizedString}
*/
export const send_back = /** @type {((inputs?: Send_BackInputs, options?: { locale?: "en" | "pt-BR" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Send_BackInputs, { locale?: "en" | "pt-BR" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "pt-BR") return pt_br2_send_back(inputs)
	if (locale === "es") return es_send_back(inputs)
	return en_send_back(inputs)
});