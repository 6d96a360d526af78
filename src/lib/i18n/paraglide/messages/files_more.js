/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ count: NonNullable<unknown> }} Files_MoreInputs */

const en_files_more = /** @type {(inputs: Files_MoreInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`and ${i?.count} more`)
};

const pt_br2_files_more = /** @type {(inputs: Files_MoreInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`e mais ${i?.count}`)
};

const es_files_more = /** @type {(inputs: Files_MoreInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`y ${i?.count} más`)
};

/**
* | output |
* | --- |
* | "and {count} more" |
*
* @param {Files_MoreInputs} inputs
* @param {{ locale?: "en" | "pt-BR" | "es" }} options
* @returns {LocalizedString}
*/
export const files_more = /** @type {((inputs: Files_MoreInputs, options?: { locale?: "en" | "pt-BR" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Files_MoreInputs, { locale?: "en" | "pt-BR" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "pt-BR") return pt_br2_files_more(inputs)
	if (locale === "es") return es_files_more(inputs)
	return en_files_more(inputs)
});