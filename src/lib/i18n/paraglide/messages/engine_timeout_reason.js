/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ engine: NonNullable<unknown> }} Engine_Timeout_ReasonInputs */

const en_engine_timeout_reason = /** @type {(inputs: Engine_Timeout_ReasonInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.engine} did not answer in time`)
};

const pt_br2_engine_timeout_reason = /** @type {(inputs: Engine_Timeout_ReasonInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.engine} não respondeu a tempo`)
};

const es_engine_timeout_reason = /** @type {(inputs: Engine_Timeout_ReasonInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.engine} no respondió a tiempo`)
};

/**
* | output |
* | --- |
* | "{engine} did not answer in time" |
*
* @param {Engine_Timeout_ReasonInputs} inputs
* @param {{ locale?: "en" | "pt-BR" | "es" }} options
* @returns {LocalizedString}
*/
export const engine_timeout_reason = /** @type {((inputs: Engine_Timeout_ReasonInputs, options?: { locale?: "en" | "pt-BR" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Engine_Timeout_ReasonInputs, { locale?: "en" | "pt-BR" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "pt-BR") return pt_br2_engine_timeout_reason(inputs)
	if (locale === "es") return es_engine_timeout_reason(inputs)
	return en_engine_timeout_reason(inputs)
});