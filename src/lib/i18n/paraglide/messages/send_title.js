/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Send_TitleInputs */

const en_send_title = /** @type {(inputs: Send_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Send to a torrent client`)
};

const pt_br2_send_title = /** @type {(inputs: Send_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Enviar para um cliente de torrent`)
};

const es_send_title = /** @type {(inputs: Send_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Enviar a un cliente de torrent`)
};

/**
* | output |
* | --- |
* | "Send to a torrent client" |
*
* @param {Send_TitleInputs} inputs
* @param {{ locale?: "en" | "pt-BR" | "es" }} options
* @returns {LocalizedString}
*/
export const send_title = /** @type {((inputs?: Send_TitleInputs, options?: { locale?: "en" | "pt-BR" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Send_TitleInputs, { locale?: "en" | "pt-BR" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "pt-BR") return pt_br2_send_title(inputs)
	if (locale === "es") return es_send_title(inputs)
	return en_send_title(inputs)
});