/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Badge_UncheckedInputs */

const en_badge_unchecked = /** @type {(inputs: Badge_UncheckedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`not checked`)
};

const pt_br2_badge_unchecked = /** @type {(inputs: Badge_UncheckedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`não verificado`)
};

const es_badge_unchecked = /** @type {(inputs: Badge_UncheckedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`sin revisar`)
};

/**
* | output |
* | --- |
* | "not checked" |
*
* @param {Badge_UncheckedInputs} inputs
* @param {{ locale?: "en" | "pt-BR" | "es" }} options
* @returns {LocalizedString}
*/
export const badge_unchecked = /** @type {((inputs?: Badge_UncheckedInputs, options?: { locale?: "en" | "pt-BR" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Badge_UncheckedInputs, { locale?: "en" | "pt-BR" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "pt-BR") return pt_br2_badge_unchecked(inputs)
	if (locale === "es") return es_badge_unchecked(inputs)
	return en_badge_unchecked(inputs)
});