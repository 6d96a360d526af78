/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Engines_HintInputs */

const en_engines_hint = /** @type {(inputs: Engines_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`None ticked means the server's defaults.`)
};

const pt_br2_engines_hint = /** @type {(inputs: Engines_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Nenhum marcado usa o padrão do servidor.`)
};

const es_engines_hint = /** @type {(inputs: Engines_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Si no marcas ninguno, se usan los del servidor.`)
};

/**
* | output |
* | --- |
* | "None ticked means the server's defaults." |
*
* @param {Engines_HintInputs} inputs
* @param {{ locale?: "en" | "pt-BR" | "es" }} options
* @returns {LocalizedString}
*/
export const engines_hint = /** @type {((inputs?: Engines_HintInputs, options?: { locale?: "en" | "pt-BR" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Engines_HintInputs, { locale?: "en" | "pt-BR" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "pt-BR") return pt_br2_engines_hint(inputs)
	if (locale === "es") return es_engines_hint(inputs)
	return en_engines_hint(inputs)
});