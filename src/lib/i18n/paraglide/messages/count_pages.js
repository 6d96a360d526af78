/* eslint-disable */
import * as registry from '../registry.js'
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ count: NonNullable<unknown> }} Count_PagesInputs */

const en_count_pages = /** @type {(inputs: Count_PagesInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("en", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.count} page checked`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`${i?.count} pages checked`);
	return /** @type {LocalizedString} */ ("count_pages");
};

const pt_br2_count_pages = /** @type {(inputs: Count_PagesInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("pt-BR", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.count} página verificada`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`${i?.count} páginas verificadas`);
	return /** @type {LocalizedString} */ ("count_pages");
};

const es_count_pages = /** @type {(inputs: Count_PagesInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("es", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.count} página revisada`);
	if (countPlural === "many") return /** @type {LocalizedString} */ (`${i?.count} páginas revisadas`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`${i?.count} páginas revisadas`);
	return /** @type {LocalizedString} */ ("count_pages");
};

/**
* | countPlural | output |
* | --- | --- |
* | "one" | "{count} page checked" |
* | "other" | "{count} pages checked" |
*
* @param {Count_PagesInputs} inputs
* @param {{ locale?: "en" | "pt-BR" | "es" }} options
* @returns {LocalizedString}
*/
export const count_pages = /** @type {((inputs: Count_PagesInputs, options?: { locale?: "en" | "pt-BR" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Count_PagesInputs, { locale?: "en" | "pt-BR" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "pt-BR") return pt_br2_count_pages(inputs)
	if (locale === "es") return es_count_pages(inputs)
	return en_count_pages(inputs)
});