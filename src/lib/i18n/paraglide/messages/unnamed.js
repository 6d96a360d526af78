/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} UnnamedInputs */

const en_unnamed = /** @type {(inputs: UnnamedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`(no name)`)
};

const pt_br2_unnamed = /** @type {(inputs: UnnamedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`(sem nome)`)
};

const es_unnamed = /** @type {(inputs: UnnamedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`(sin nombre)`)
};

/**
* | output |
* | --- |
* | "(no name)" |
*
* @param {UnnamedInputs} inputs
* @param {{ locale?: "en" | "pt-BR" | "es" }} options
* @returns {LocalizedString}
*/
export const unnamed = /** @type {((inputs?: UnnamedInputs, options?: { locale?: "en" | "pt-BR" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<UnnamedInputs, { locale?: "en" | "pt-BR" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "pt-BR") return pt_br2_unnamed(inputs)
	if (locale === "es") return es_unnamed(inputs)
	return en_unnamed(inputs)
});