/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Status_WaitingInputs */

const en_status_waiting = /** @type {(inputs: Status_WaitingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`waiting`)
};

const pt_br2_status_waiting = /** @type {(inputs: Status_WaitingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`aguardando`)
};

const es_status_waiting = /** @type {(inputs: Status_WaitingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`esperando`)
};

/**
* | output |
* | --- |
* | "waiting" |
*
* @param {Status_WaitingInputs} inputs
* @param {{ locale?: "en" | "pt-BR" | "es" }} options
* @returns {LocalizedString}
*/
export const status_waiting = /** @type {((inputs?: Status_WaitingInputs, options?: { locale?: "en" | "pt-BR" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Status_WaitingInputs, { locale?: "en" | "pt-BR" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "pt-BR") return pt_br2_status_waiting(inputs)
	if (locale === "es") return es_status_waiting(inputs)
	return en_status_waiting(inputs)
});