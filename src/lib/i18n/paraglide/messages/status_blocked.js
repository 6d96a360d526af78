/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Status_BlockedInputs */

const en_status_blocked = /** @type {(inputs: Status_BlockedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`blocked`)
};

const pt_br2_status_blocked = /** @type {(inputs: Status_BlockedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`bloqueado`)
};

const es_status_blocked = /** @type {(inputs: Status_BlockedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`bloqueado`)
};

/**
* | output |
* | --- |
* | "blocked" |
*
* @param {Status_BlockedInputs} inputs
* @param {{ locale?: "en" | "pt-BR" | "es" }} options
* @returns {LocalizedString}
*/
export const status_blocked = /** @type {((inputs?: Status_BlockedInputs, options?: { locale?: "en" | "pt-BR" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Status_BlockedInputs, { locale?: "en" | "pt-BR" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "pt-BR") return pt_br2_status_blocked(inputs)
	if (locale === "es") return es_status_blocked(inputs)
	return en_status_blocked(inputs)
});