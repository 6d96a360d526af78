/* eslint-disable */
import * as registry from '../registry.js'
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ count: NonNullable<unknown> }} Count_LinksInputs */

const en_count_links = /** @type {(inputs: Count_LinksInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("en", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.count} link`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`${i?.count} links`);
	return /** @type {LocalizedString} */ ("count_links");
};

const pt_br2_count_links = /** @type {(inputs: Count_LinksInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("pt-BR", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.count} link`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`${i?.count} links`);
	return /** @type {LocalizedString} */ ("count_links");
};

const es_count_links = /** @type {(inputs: Count_LinksInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("es", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.count} enlace`);
	if (countPlural === "many") return /** @type {LocalizedString} */ (`${i?.count} enlaces`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`${i?.count} enlaces`);
	return /** @type {LocalizedString} */ ("count_links");
};

/**
* | countPlural | output |
* | --- | --- |
* | "one" | "{count} link" |
* | "other" | "{count} links" |
*
* @param {Count_LinksInputs} inputs
* @param {{ locale?: "en" | "pt-BR" | "es" }} options
* @returns {LocalizedString}
*/
export const count_links = /** @type {((inputs: Count_LinksInputs, options?: { locale?: "en" | "pt-BR" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Count_LinksInputs, { locale?: "en" | "pt-BR" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "pt-BR") return pt_br2_count_links(inputs)
	if (locale === "es") return es_count_links(inputs)
	return en_count_links(inputs)
});