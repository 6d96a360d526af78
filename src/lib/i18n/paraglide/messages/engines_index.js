/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Engines_IndexInputs */

const en_engines_index = /** @type {(inputs: Engines_IndexInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Torrent indexes`)
};

const pt_br2_engines_index = /** @type {(inputs: Engines_IndexInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Índices de torrents`)
};

const es_engines_index = /** @type {(inputs: Engines_IndexInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Índices de torrents`)
};

/**
* | output |
* | --- |
* | "Torrent indexes" |
*
* @param {Engines_IndexInputs} inputs
* @param {{ locale?: "en" | "pt-BR" | "es" }} options
* @returns {LocalizedString}
*/
export const engines_index = /** @type {((inputs?: Engines_IndexInputs, options?: { locale?: "en" | "pt-BR" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Engines_IndexInputs, { locale?: "en" | "pt-BR" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "pt-BR") return pt_br2_engines_index(inputs)
	if (locale === "es") return es_engines_index(inputs)
	return en_engines_index(inputs)
});