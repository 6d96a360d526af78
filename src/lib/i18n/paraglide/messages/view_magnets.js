/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} View_MagnetsInputs */

const en_view_magnets = /** @type {(inputs: View_MagnetsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Magnets`)
};

const pt_br2_view_magnets = /** @type {(inputs: View_MagnetsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Magnets`)
};

const es_view_magnets = /** @type {(inputs: View_MagnetsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Magnets`)
};

/**
* | output |
* | --- |
* | "Magnets" |
*
* @param {View_MagnetsInputs} inputs
* @param {{ locale?: "en" | "pt-BR" | "es" }} options
* @returns {LocalizedString}
*/
export const view_magnets = /** @type {((inputs?: View_MagnetsInputs, options?: { locale?: "en" | "pt-BR" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<View_MagnetsInputs, { locale?: "en" | "pt-BR" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "pt-BR") return pt_br2_view_magnets(inputs)
	if (locale === "es") return es_view_magnets(inputs)
	return en_view_magnets(inputs)
});