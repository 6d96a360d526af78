/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ query: NonNullable<unknown> }} Empty_NothingInputs */

const en_empty_nothing = /** @type {(inputs: Empty_NothingInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`No engine returned anything for “${i?.query}”.`)
};

const pt_br2_empty_nothing = /** @type {(inputs: Empty_NothingInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Nenhum buscador retornou nada para “${i?.query}”.`)
};

const es_empty_nothing = /** @type {(inputs: Empty_NothingInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Ningún buscador devolvió nada para «${i?.query}».`)
};

/**
* | output |
* | --- |
* | "No engine returned anything for “{query}”." |
*
* @param {Empty_NothingInputs} inputs
* @param {{ locale?: "en" | "pt-BR" | "es" }} options
* @returns {LocalizedString}
*/
export const empty_nothing = /** @type {((inputs: Empty_NothingInputs, options?: { locale?: "en" | "pt-BR" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Empty_NothingInputs, { locale?: "en" | "pt-BR" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "pt-BR") return pt_br2_empty_nothing(inputs)
	if (locale === "es") return es_empty_nothing(inputs)
	return en_empty_nothing(inputs)
});