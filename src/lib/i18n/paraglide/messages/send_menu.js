/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Send_MenuInputs */

const en_send_menu = /** @type {(inputs: Send_MenuInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Send to…`)
};

const pt_br2_send_menu = /** @type {(inputs: Send_MenuInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Enviar para…`)
};

const es_send_menu = /** @type {(inputs: Send_MenuInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Enviar a…`)
};

/**
* | output |
* | --- |
* | "Send to…" |
*
* @param {Send_MenuInputs} inputs
* @param {{ locale?: "en" | "pt-BR" | "es" }} options
* @returns {LocalizedString}
*/
export const send_menu = /** @type {((inputs?: Send_MenuInputs, options?: { locale?: "en" | "pt-BR" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Send_MenuInputs, { locale?: "en" | "pt-BR" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "pt-BR") return pt_br2_send_menu(inputs)
	if (locale === "es") return es_send_menu(inputs)
	return en_send_menu(inputs)
});