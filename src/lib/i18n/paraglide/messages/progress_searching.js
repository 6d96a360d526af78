/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Progress_SearchingInputs */

const en_progress_searching = /** @type {(inputs: Progress_SearchingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Searching…`)
};

const pt_br2_progress_searching = /** @type {(inputs: Progress_SearchingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Buscando…`)
};

const es_progress_searching = /** @type {(inputs: Progress_SearchingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Buscando…`)
};

/**
* | output |
* | --- |
* | "Searching…" |
*
* @param {Progress_SearchingInputs} inputs
* @param {{ locale?: "en" | "pt-BR" | "es" }} options
* @returns {LocalizedString}
*/
export const progress_searching = /** @type {((inputs?: Progress_SearchingInputs, options?: { locale?: "en" | "pt-BR" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Progress_SearchingInputs, { locale?: "en" | "pt-BR" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "pt-BR") return pt_br2_progress_searching(inputs)
	if (locale === "es") return es_progress_searching(inputs)
	return en_progress_searching(inputs)
});