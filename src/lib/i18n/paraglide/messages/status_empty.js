/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Status_EmptyInputs */

const en_status_empty = /** @type {(inputs: Status_EmptyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`nothing`)
};

const pt_br2_status_empty = /** @type {(inputs: Status_EmptyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`nada`)
};

const es_status_empty = /** @type {(inputs: Status_EmptyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`nada`)
};

/**
* | output |
* | --- |
* | "nothing" |
*
* @param {Status_EmptyInputs} inputs
* @param {{ locale?: "en" | "pt-BR" | "es" }} options
* @returns {LocalizedString}
*/
export const status_empty = /** @type {((inputs?: Status_EmptyInputs, options?: { locale?: "en" | "pt-BR" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Status_EmptyInputs, { locale?: "en" | "pt-BR" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "pt-BR") return pt_br2_status_empty(inputs)
	if (locale === "es") return es_status_empty(inputs)
	return en_status_empty(inputs)
});