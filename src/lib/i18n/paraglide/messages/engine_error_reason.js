/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ engine: NonNullable<unknown>, reason: NonNullable<unknown> }} Engine_Error_ReasonInputs */

const en_engine_error_reason = /** @type {(inputs: Engine_Error_ReasonInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.engine} failed (${i?.reason})`)
};

const pt_br2_engine_error_reason = /** @type {(inputs: Engine_Error_ReasonInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.engine} falhou (${i?.reason})`)
};

const es_engine_error_reason = /** @type {(inputs: Engine_Error_ReasonInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.engine} falló (${i?.reason})`)
};

/**
* | output |
* | --- |
* | "{engine} failed ({reason})" |
*
* @param {Engine_Error_ReasonInputs} inputs
* @param {{ locale?: "en" | "pt-BR" | "es" }} options
* @returns {LocalizedString}
*/
export const engine_error_reason = /** @type {((inputs: Engine_Error_ReasonInputs, options?: { locale?: "en" | "pt-BR" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Engine_Error_ReasonInputs, { locale?: "en" | "pt-BR" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "pt-BR") return pt_br2_engine_error_reason(inputs)
	if (locale === "es") return es_engine_error_reason(inputs)
	return en_engine_error_reason(inputs)
});