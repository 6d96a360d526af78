/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ time: NonNullable<unknown> }} Engine_Paused_UntilInputs */

const en_engine_paused_until = /** @type {(inputs: Engine_Paused_UntilInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`paused until ${i?.time}`)
};

const pt_br2_engine_paused_until = /** @type {(inputs: Engine_Paused_UntilInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`pausado até ${i?.time}`)
};

const es_engine_paused_until = /** @type {(inputs: Engine_Paused_UntilInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`en pausa hasta ${i?.time}`)
};

/**
* | output |
* | --- |
* | "paused until {time}" |
*
* @param {Engine_Paused_UntilInputs} inputs
* @param {{ locale?: "en" | "pt-BR" | "es" }} options
* @returns {LocalizedString}
*/
export const engine_paused_until = /** @type {((inputs: Engine_Paused_UntilInputs, options?: { locale?: "en" | "pt-BR" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Engine_Paused_UntilInputs, { locale?: "en" | "pt-BR" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "pt-BR") return pt_br2_engine_paused_until(inputs)
	if (locale === "es") return es_engine_paused_until(inputs)
	return en_engine_paused_until(inputs)
});