/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Open_Basic_PageInputs */

const en_open_basic_page = /** @type {(inputs: Open_Basic_PageInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Open the basic results page`)
};

const pt_br2_open_basic_page = /** @type {(inputs: Open_Basic_PageInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Abrir a página de resultados simples`)
};

const es_open_basic_page = /** @type {(inputs: Open_Basic_PageInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Abrir la página de resultados básica`)
};

/**
* | output |
* | --- |
* | "Open the basic results page" |
*
* @param {Open_Basic_PageInputs} inputs
* @param {{ locale?: "en" | "pt-BR" | "es" }} options
* @returns {LocalizedString}
*/
export const open_basic_page = /** @type {((inputs?: Open_Basic_PageInputs, options?: { locale?: "en" | "pt-BR" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Open_Basic_PageInputs, { locale?: "en" | "pt-BR" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "pt-BR") return pt_br2_open_basic_page(inputs)
	if (locale === "es") return es_open_basic_page(inputs)
	return en_open_basic_page(inputs)
});