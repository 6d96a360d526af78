/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ engine: NonNullable<unknown> }} Engine_Suspended_ReasonInputs */

const en_engine_suspended_reason = /** @type {(inputs: Engine_Suspended_ReasonInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.engine} is paused after being blocked`)
};

const pt_br2_engine_suspended_reason = /** @type {(inputs: Engine_Suspended_ReasonInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.engine} está pausado após um bloqueio`)
};

const es_engine_suspended_reason = /** @type {(inputs: Engine_Suspended_ReasonInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.engine} está en pausa tras un bloqueo`)
};

/**
* | output |
* | --- |
* | "{engine} is paused after being blocked" |
*
* @param {Engine_Suspended_ReasonInputs} inputs
* @param {{ locale?: "en" | "pt-BR" | "es" }} options
* @returns {LocalizedString}
*/
export const engine_suspended_reason = /** @type {((inputs: Engine_Suspended_ReasonInputs, options?: { locale?: "en" | "pt-BR" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Engine_Suspended_ReasonInputs, { locale?: "en" | "pt-BR" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "pt-BR") return pt_br2_engine_suspended_reason(inputs)
	if (locale === "es") return es_engine_suspended_reason(inputs)
	return en_engine_suspended_reason(inputs)
});