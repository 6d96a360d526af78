/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Copy_InfohashInputs */

const en_copy_infohash = /** @type {(inputs: Copy_InfohashInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Copy infohash`)
};

const pt_br2_copy_infohash = /** @type {(inputs: Copy_InfohashInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Copiar infohash`)
};

const es_copy_infohash = /** @type {(inputs: Copy_InfohashInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Copiar infohash`)
};

/**
* | output |
* | --- |
* | "Copy infohash" |
*
* @param {Copy_InfohashInputs} inputs
* @param {{ locale?: "en" | "pt-BR" | "es" }} options
* @returns {LocalizedString}
*/
export const copy_infohash = /** @type {((inputs?: Copy_InfohashInputs, options?: { locale?: "en" | "pt-BR" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Copy_InfohashInputs, { locale?: "en" | "pt-BR" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "pt-BR") return pt_br2_copy_infohash(inputs)
	if (locale === "es") return es_copy_infohash(inputs)
	return en_copy_infohash(inputs)
});