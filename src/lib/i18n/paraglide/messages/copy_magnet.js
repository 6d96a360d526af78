/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Copy_MagnetInputs */

const en_copy_magnet = /** @type {(inputs: Copy_MagnetInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Copy magnet`)
};

const pt_br2_copy_magnet = /** @type {(inputs: Copy_MagnetInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Copiar magnet`)
};

const es_copy_magnet = /** @type {(inputs: Copy_MagnetInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Copiar magnet`)
};

/**
* | output |
* | --- |
* | "Copy magnet" |
*
* @param {Copy_MagnetInputs} inputs
* @param {{ locale?: "en" | "pt-BR" | "es" }} options
* @returns {LocalizedString}
*/
export const copy_magnet = /** @type {((inputs?: Copy_MagnetInputs, options?: { locale?: "en" | "pt-BR" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Copy_MagnetInputs, { locale?: "en" | "pt-BR" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "pt-BR") return pt_br2_copy_magnet(inputs)
	if (locale === "es") return es_copy_magnet(inputs)
	return en_copy_magnet(inputs)
});