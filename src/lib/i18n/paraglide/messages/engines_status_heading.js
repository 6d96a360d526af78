/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Engines_Status_HeadingInputs */

const en_engines_status_heading = /** @type {(inputs: Engines_Status_HeadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Engines`)
};

const pt_br2_engines_status_heading = /** @type {(inputs: Engines_Status_HeadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Buscadores`)
};

const es_engines_status_heading = /** @type {(inputs: Engines_Status_HeadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Buscadores`)
};

/**
* | output |
* | --- |
* | "Engines" |
*
* @param {Engines_Status_HeadingInputs} inputs
* @param {{ locale?: "en" | "pt-BR" | "es" }} options
* @returns {LocalizedString}
*/
export const engines_status_heading = /** @type {((inputs?: Engines_Status_HeadingInputs, options?: { locale?: "en" | "pt-BR" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Engines_Status_HeadingInputs, { locale?: "en" | "pt-BR" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "pt-BR") return pt_br2_engines_status_heading(inputs)
	if (locale === "es") return es_engines_status_heading(inputs)
	return en_engines_status_heading(inputs)
});