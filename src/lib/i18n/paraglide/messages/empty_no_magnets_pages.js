/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ count: NonNullable<unknown> }} Empty_No_Magnets_PagesInputs */

const en_empty_no_magnets_pages = /** @type {(inputs: Empty_No_Magnets_PagesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`No magnets on the ${i?.count} pages checked.`)
};

const pt_br2_empty_no_magnets_pages = /** @type {(inputs: Empty_No_Magnets_PagesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Nenhum magnet nas ${i?.count} páginas verificadas.`)
};

const es_empty_no_magnets_pages = /** @type {(inputs: Empty_No_Magnets_PagesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Ningún magnet en las ${i?.count} páginas revisadas.`)
};

/**
* | output |
* | --- |
* | "No magnets on the {count} pages checked." |
*
* @param {Empty_No_Magnets_PagesInputs} inputs
* @param {{ locale?: "en" | "pt-BR" | "es" }} options
* @returns {LocalizedString}
*/
export const empty_no_magnets_pages = /** @type {((inputs: Empty_No_Magnets_PagesInputs, options?: { locale?: "en" | "pt-BR" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Empty_No_Magnets_PagesInputs, { locale?: "en" | "pt-BR" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "pt-BR") return pt_br2_empty_no_magnets_pages(inputs)
	if (locale === "es") return es_empty_no_magnets_pages(inputs)
	return en_empty_no_magnets_pages(inputs)
});