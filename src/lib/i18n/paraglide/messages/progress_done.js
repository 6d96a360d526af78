/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ time: NonNullable<unknown> }} Progress_DoneInputs */

const en_progress_done = /** @type {(inputs: Progress_DoneInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`done in ${i?.time}`)
};

const pt_br2_progress_done = /** @type {(inputs: Progress_DoneInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`concluído em ${i?.time}`)
};

const es_progress_done = /** @type {(inputs: Progress_DoneInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`terminado en ${i?.time}`)
};

/**
* | output |
* | --- |
* | "done in {time}" |
*
* @param {Progress_DoneInputs} inputs
* @param {{ locale?: "en" | "pt-BR" | "es" }} options
* @returns {LocalizedString}
*/
export const progress_done = /** @type {((inputs: Progress_DoneInputs, options?: { locale?: "en" | "pt-BR" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Progress_DoneInputs, { locale?: "en" | "pt-BR" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "pt-BR") return pt_br2_progress_done(inputs)
	if (locale === "es") return es_progress_done(inputs)
	return en_progress_done(inputs)
});