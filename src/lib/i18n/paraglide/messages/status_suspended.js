/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Status_SuspendedInputs */

const en_status_suspended = /** @type {(inputs: Status_SuspendedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`suspended`)
};

const pt_br2_status_suspended = /** @type {(inputs: Status_SuspendedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`suspenso`)
};

const es_status_suspended = /** @type {(inputs: Status_SuspendedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`suspendido`)
};

/**
* | output |
* | --- |
* | "suspended" |
*
* @param {Status_SuspendedInputs} inputs
* @param {{ locale?: "en" | "pt-BR" | "es" }} options
* @returns {LocalizedString}
*/
export const status_suspended = /** @type {((inputs?: Status_SuspendedInputs, options?: { locale?: "en" | "pt-BR" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Status_SuspendedInputs, { locale?: "en" | "pt-BR" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "pt-BR") return pt_br2_status_suspended(inputs)
	if (locale === "es") return es_status_suspended(inputs)
	return en_status_suspended(inputs)
});