/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Status_ErrorInputs */

const en_status_error = /** @type {(inputs: Status_ErrorInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`failed`)
};

const pt_br2_status_error = /** @type {(inputs: Status_ErrorInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`falhou`)
};

const es_status_error = /** @type {(inputs: Status_ErrorInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`falló`)
};

/**
* | output |
* | --- |
* | "failed" |
*
* @param {Status_ErrorInputs} inputs
* @param {{ locale?: "en" | "pt-BR" | "es" }} options
* @returns {LocalizedString}
*/
export const status_error = /** @type {((inputs?: Status_ErrorInputs, options?: { locale?: "en" | "pt-BR" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Status_ErrorInputs, { locale?: "en" | "pt-BR" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "pt-BR") return pt_br2_status_error(inputs)
	if (locale === "es") return es_status_error(inputs)
	return en_status_error(inputs)
});