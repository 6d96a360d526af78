/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Sort_SeedersInputs */

const en_sort_seeders = /** @type {(inputs: Sort_SeedersInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Seeders`)
};

const pt_br2_sort_seeders = /** @type {(inputs: Sort_SeedersInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Seeders`)
};

const es_sort_seeders = /** @type {(inputs: Sort_SeedersInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Seeders`)
};

/**
* | output |
* | --- |
* | "Seeders" |
*
* @param {Sort_SeedersInputs} inputs
* @param {{ locale?: "en" | "pt-BR" | "es" }} options
* @returns {LocalizedString}
*/
export const sort_seeders = /** @type {((inputs?: Sort_SeedersInputs, options?: { locale?: "en" | "pt-BR" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Sort_SeedersInputs, { locale?: "en" | "pt-BR" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "pt-BR") return pt_br2_sort_seeders(inputs)
	if (locale === "es") return es_sort_seeders(inputs)
	return en_sort_seeders(inputs)
});