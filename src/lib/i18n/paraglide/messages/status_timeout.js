/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Status_TimeoutInputs */

const en_status_timeout = /** @type {(inputs: Status_TimeoutInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`timed out`)
};

const pt_br2_status_timeout = /** @type {(inputs: Status_TimeoutInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`sem resposta`)
};

const es_status_timeout = /** @type {(inputs: Status_TimeoutInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`sin respuesta`)
};

/**
* | output |
* | --- |
* | "timed out" |
*
* @param {Status_TimeoutInputs} inputs
* @param {{ locale?: "en" | "pt-BR" | "es" }} options
* @returns {LocalizedString}
*/
export const status_timeout = /** @type {((inputs?: Status_TimeoutInputs, options?: { locale?: "en" | "pt-BR" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Status_TimeoutInputs, { locale?: "en" | "pt-BR" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "pt-BR") return pt_br2_status_timeout(inputs)
	if (locale === "es") return es_status_timeout(inputs)
	return en_status_timeout(inputs)
});