/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Links_NoneInputs */

const en_links_none = /** @type {(inputs: Links_NoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`This engine returned no links.`)
};

const pt_br2_links_none = /** @type {(inputs: Links_NoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Este buscador não retornou links.`)
};

const es_links_none = /** @type {(inputs: Links_NoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Este buscador no devolvió enlaces.`)
};

/**
* | output |
* | --- |
* | "This engine returned no links." |
*
* @param {Links_NoneInputs} inputs
* @param {{ locale?: "en" | "pt-BR" | "es" }} options
* @returns {LocalizedString}
*/
export const links_none = /** @type {((inputs?: Links_NoneInputs, options?: { locale?: "en" | "pt-BR" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Links_NoneInputs, { locale?: "en" | "pt-BR" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "pt-BR") return pt_br2_links_none(inputs)
	if (locale === "es") return es_links_none(inputs)
	return en_links_none(inputs)
});