/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Links_IndexInputs */

const en_links_index = /** @type {(inputs: Links_IndexInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`An index: its magnets come straight from its API.`)
};

const pt_br2_links_index = /** @type {(inputs: Links_IndexInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Um índice: os magnets vêm direto da API.`)
};

const es_links_index = /** @type {(inputs: Links_IndexInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Un índice: los magnets vienen directamente de su API.`)
};

/**
* | output |
* | --- |
* | "An index: its magnets come straight from its API." |
*
* @param {Links_IndexInputs} inputs
* @param {{ locale?: "en" | "pt-BR" | "es" }} options
* @returns {LocalizedString}
*/
export const links_index = /** @type {((inputs?: Links_IndexInputs, options?: { locale?: "en" | "pt-BR" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Links_IndexInputs, { locale?: "en" | "pt-BR" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "pt-BR") return pt_br2_links_index(inputs)
	if (locale === "es") return es_links_index(inputs)
	return en_links_index(inputs)
});