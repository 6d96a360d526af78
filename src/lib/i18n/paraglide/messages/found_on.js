/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Found_OnInputs */

const en_found_on = /** @type {(inputs: Found_OnInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Found on`)
};

const pt_br2_found_on = /** @type {(inputs: Found_OnInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Encontrado em`)
};

const es_found_on = /** @type {(inputs: Found_OnInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Encontrado en`)
};

/**
* | output |
* | --- |
* | "Found on" |
*
* @param {Found_OnInputs} inputs
* @param {{ locale?: "en" | "pt-BR" | "es" }} options
* @returns {LocalizedString}
*/
export const found_on = /** @type {((inputs?: Found_OnInputs, options?: { locale?: "en" | "pt-BR" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Found_OnInputs, { locale?: "en" | "pt-BR" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "pt-BR") return pt_br2_found_on(inputs)
	if (locale === "es") return es_found_on(inputs)
	return en_found_on(inputs)
});