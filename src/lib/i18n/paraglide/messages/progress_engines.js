/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ answered: NonNullable<unknown>, total: NonNullable<unknown> }} Progress_EnginesInputs */

const en_progress_engines = /** @type {(inputs: Progress_EnginesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.answered} of ${i?.total} engines answered`)
};

const pt_br2_progress_engines = /** @type {(inputs: Progress_EnginesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.answered} de ${i?.total} buscadores responderam`)
};

const es_progress_engines = /** @type {(inputs: Progress_EnginesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.answered} de ${i?.total} buscadores respondieron`)
};

/**
* | output |
* | --- |
* | "{answered} of {total} engines answered" |
*
* @param {Progress_EnginesInputs} inputs
* @param {{ locale?: "en" | "pt-BR" | "es" }} options
* @returns {LocalizedString}
*/
export const progress_engines = /** @type {((inputs: Progress_EnginesInputs, options?: { locale?: "en" | "pt-BR" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Progress_EnginesInputs, { locale?: "en" | "pt-BR" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "pt-BR") return pt_br2_progress_engines(inputs)
	if (locale === "es") return es_progress_engines(inputs)
	return en_progress_engines(inputs)
});