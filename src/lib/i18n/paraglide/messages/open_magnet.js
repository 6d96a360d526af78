/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Open_MagnetInputs */

const en_open_magnet = /** @type {(inputs: Open_MagnetInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Open magnet`)
};

const pt_br2_open_magnet = /** @type {(inputs: Open_MagnetInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Abrir magnet`)
};

const es_open_magnet = /** @type {(inputs: Open_MagnetInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Abrir magnet`)
};

/**
* | output |
* | --- |
* | "Open magnet" |
*
* @param {Open_MagnetInputs} inputs
* @param {{ locale?: "en" | "pt-BR" | "es" }} options
* @returns {LocalizedString}
*/
export const open_magnet = /** @type {((inputs?: Open_MagnetInputs, options?: { locale?: "en" | "pt-BR" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Open_MagnetInputs, { locale?: "en" | "pt-BR" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "pt-BR") return pt_br2_open_magnet(inputs)
	if (locale === "es") return es_open_magnet(inputs)
	return en_open_magnet(inputs)
});