/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Engines_LegendInputs */

const en_engines_legend = /** @type {(inputs: Engines_LegendInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Where to look`)
};

const pt_br2_engines_legend = /** @type {(inputs: Engines_LegendInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Onde procurar`)
};

const es_engines_legend = /** @type {(inputs: Engines_LegendInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Dónde buscar`)
};

/**
* | output |
* | --- |
* | "Where to look" |
*
* @param {Engines_LegendInputs} inputs
* @param {{ locale?: "en" | "pt-BR" | "es" }} options
* @returns {LocalizedString}
*/
export const engines_legend = /** @type {((inputs?: Engines_LegendInputs, options?: { locale?: "en" | "pt-BR" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Engines_LegendInputs, { locale?: "en" | "pt-BR" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "pt-BR") return pt_br2_engines_legend(inputs)
	if (locale === "es") return es_engines_legend(inputs)
	return en_engines_legend(inputs)
});