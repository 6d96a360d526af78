/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} View_LinksInputs */

const en_view_links = /** @type {(inputs: View_LinksInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Web links`)
};

const pt_br2_view_links = /** @type {(inputs: View_LinksInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Links da web`)
};

const es_view_links = /** @type {(inputs: View_LinksInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Enlaces web`)
};

/**
* | output |
* | --- |
* | "Web links" |
*
* @param {View_LinksInputs} inputs
* @param {{ locale?: "en" | "pt-BR" | "es" }} options
* @returns {LocalizedString}
*/
export const view_links = /** @type {((inputs?: View_LinksInputs, options?: { locale?: "en" | "pt-BR" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<View_LinksInputs, { locale?: "en" | "pt-BR" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "pt-BR") return pt_br2_view_links(inputs)
	if (locale === "es") return es_view_links(inputs)
	return en_view_links(inputs)
});