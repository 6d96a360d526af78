/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ reason: NonNullable<unknown> }} Badge_FailedInputs */

const en_badge_failed = /** @type {(inputs: Badge_FailedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`failed: ${i?.reason}`)
};

const pt_br2_badge_failed = /** @type {(inputs: Badge_FailedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`falhou: ${i?.reason}`)
};

const es_badge_failed = /** @type {(inputs: Badge_FailedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`falló: ${i?.reason}`)
};

/**
* | output |
* | --- |
* | "failed: {reason}" |
*
* @param {Badge_FailedInputs} inputs
* @param {{ locale?: "en" | "pt-BR" | "es" }} options
* @returns {LocalizedString}
*/
export const badge_failed = /** @type {((inputs: Badge_FailedInputs, options?: { locale?: "en" | "pt-BR" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Badge_FailedInputs, { locale?: "en" | "pt-BR" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "pt-BR") return pt_br2_badge_failed(inputs)
	if (locale === "es") return es_badge_failed(inputs)
	return en_badge_failed(inputs)
});