/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Badge_No_MagnetInputs */

const en_badge_no_magnet = /** @type {(inputs: Badge_No_MagnetInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`no magnet`)
};

const pt_br2_badge_no_magnet = /** @type {(inputs: Badge_No_MagnetInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`sem magnet`)
};

const es_badge_no_magnet = /** @type {(inputs: Badge_No_MagnetInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`sin magnet`)
};

/**
* | output |
* | --- |
* | "no magnet" |
*
* @param {Badge_No_MagnetInputs} inputs
* @param {{ locale?: "en" | "pt-BR" | "es" }} options
* @returns {LocalizedString}
*/
export const badge_no_magnet = /** @type {((inputs?: Badge_No_MagnetInputs, options?: { locale?: "en" | "pt-BR" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Badge_No_MagnetInputs, { locale?: "en" | "pt-BR" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "pt-BR") return pt_br2_badge_no_magnet(inputs)
	if (locale === "es") return es_badge_no_magnet(inputs)
	return en_badge_no_magnet(inputs)
});