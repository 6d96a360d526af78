/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Skip_To_ResultsInputs */

const en_skip_to_results = /** @type {(inputs: Skip_To_ResultsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Skip to results`)
};

const pt_br2_skip_to_results = /** @type {(inputs: Skip_To_ResultsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Pular para os resultados`)
};

const es_skip_to_results = /** @type {(inputs: Skip_To_ResultsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Saltar a los resultados`)
};

/**
* | output |
* | --- |
* | "Skip to results" |
*
* @param {Skip_To_ResultsInputs} inputs
* @param {{ locale?: "en" | "pt-BR" | "es" }} options
* @returns {LocalizedString}
*/
export const skip_to_results = /** @type {((inputs?: Skip_To_ResultsInputs, options?: { locale?: "en" | "pt-BR" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Skip_To_ResultsInputs, { locale?: "en" | "pt-BR" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "pt-BR") return pt_br2_skip_to_results(inputs)
	if (locale === "es") return es_skip_to_results(inputs)
	return en_skip_to_results(inputs)
});