/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Nojs_SearchingInputs */

const en_nojs_searching = /** @type {(inputs: Nojs_SearchingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Searching… results appear below as they are found.`)
};

const pt_br2_nojs_searching = /** @type {(inputs: Nojs_SearchingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Buscando… os resultados aparecem abaixo conforme são encontrados.`)
};

const es_nojs_searching = /** @type {(inputs: Nojs_SearchingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Buscando… los resultados aparecen abajo a medida que se encuentran.`)
};

/**
* | output |
* | --- |
* | "Searching… results appear below as they are found." |
*
* @param {Nojs_SearchingInputs} inputs
* @param {{ locale?: "en" | "pt-BR" | "es" }} options
* @returns {LocalizedString}
*/
export const nojs_searching = /** @type {((inputs?: Nojs_SearchingInputs, options?: { locale?: "en" | "pt-BR" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Nojs_SearchingInputs, { locale?: "en" | "pt-BR" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "pt-BR") return pt_br2_nojs_searching(inputs)
	if (locale === "es") return es_nojs_searching(inputs)
	return en_nojs_searching(inputs)
});