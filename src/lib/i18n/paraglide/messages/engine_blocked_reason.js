/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ engine: NonNullable<unknown>, reason: NonNullable<unknown> }} Engine_Blocked_ReasonInputs */

const en_engine_blocked_reason = /** @type {(inputs: Engine_Blocked_ReasonInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.engine} blocked this server (${i?.reason})`)
};

const pt_br2_engine_blocked_reason = /** @type {(inputs: Engine_Blocked_ReasonInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.engine} bloqueou este servidor (${i?.reason})`)
};

const es_engine_blocked_reason = /** @type {(inputs: Engine_Blocked_ReasonInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.engine} bloqueó este servidor (${i?.reason})`)
};

/**
* | output |
* | --- |
* | "{engine} blocked this server ({reason})" |
*
* @param {Engine_Blocked_ReasonInputs} inputs
* @param {{ locale?: "en" | "pt-BR" | "es" }} options
* @returns {LocalizedString}
*/
export const engine_blocked_reason = /** @type {((inputs: Engine_Blocked_ReasonInputs, options?: { locale?: "en" | "pt-BR" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Engine_Blocked_ReasonInputs, { locale?: "en" | "pt-BR" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "pt-BR") return pt_br2_engine_blocked_reason(inputs)
	if (locale === "es") return es_engine_blocked_reason(inputs)
	return en_engine_blocked_reason(inputs)
});