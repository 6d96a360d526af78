/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Send_Client_LabelInputs */

const en_send_client_label = /** @type {(inputs: Send_Client_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Torrent client`)
};

const pt_br2_send_client_label = /** @type {(inputs: Send_Client_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Cliente de torrent`)
};

const es_send_client_label = /** @type {(inputs: Send_Client_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Cliente de torrent`)
};

/**
* | output |
* | --- |
* | "Torrent client" |
*
* @param {Send_Client_LabelInputs} inputs
* @param {{ locale?: "en" | "pt-BR" | "es" }} options
* @returns {LocalizedString}
*/
export const send_client_label = /** @type {((inputs?: Send_Client_LabelInputs, options?: { locale?: "en" | "pt-BR" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Send_Client_LabelInputs, { locale?: "en" | "pt-BR" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "pt-BR") return pt_br2_send_client_label(inputs)
	if (locale === "es") return es_send_client_label(inputs)
	return en_send_client_label(inputs)
});