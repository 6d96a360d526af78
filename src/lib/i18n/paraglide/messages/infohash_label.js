/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Infohash_LabelInputs */

const en_infohash_label = /** @type {(inputs: Infohash_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Infohash`)
};

const pt_br2_infohash_label = /** @type {(inputs: Infohash_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Infohash`)
};

const es_infohash_label = /** @type {(inputs: Infohash_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Infohash`)
};

/**
* | output |
* | --- |
* | "Infohash" |
*
* @param {Infohash_LabelInputs} inputs
* @param {{ locale?: "en" | "pt-BR" | "es" }} options
* @returns {LocalizedString}
*/
export const infohash_label = /** @type {((inputs?: Infohash_LabelInputs, options?: { locale?: "en" | "pt-BR" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Infohash_LabelInputs, { locale?: "en" | "pt-BR" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "pt-BR") return pt_br2_infohash_label(inputs)
	if (locale === "es") return es_infohash_label(inputs)
	return en_infohash_label(inputs)
});