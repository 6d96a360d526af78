/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ engine: NonNullable<unknown> }} Via_EngineInputs */

const en_via_engine = /** @type {(inputs: Via_EngineInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`via ${i?.engine}`)
};

const pt_br2_via_engine = /** @type {(inputs: Via_EngineInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`via ${i?.engine}`)
};

const es_via_engine = /** @type {(inputs: Via_EngineInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`vía ${i?.engine}`)
};

/**
* | output |
* | --- |
* | "via {engine}" |
*
* @param {Via_EngineInputs} inputs
* @param {{ locale?: "en" | "pt-BR" | "es" }} options
* @returns {LocalizedString}
*/
export const via_engine = /** @type {((inputs: Via_EngineInputs, options?: { locale?: "en" | "pt-BR" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Via_EngineInputs, { locale?: "en" | "pt-BR" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "pt-BR") return pt_br2_via_engine(inputs)
	if (locale === "es") return es_via_engine(inputs)
	return en_via_engine(inputs)
});