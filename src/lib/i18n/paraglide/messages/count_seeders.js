/* eslint-disable */
import * as registry from '../registry.js'
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ count: NonNullable<unknown> }} Count_SeedersInputs */

const en_count_seeders = /** @type {(inputs: Count_SeedersInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("en", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.count} seeder`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`${i?.count} seeders`);
	return /** @type {LocalizedString} */ ("count_seeders");
};

const pt_br2_count_seeders = /** @type {(inputs: Count_SeedersInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("pt-BR", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.count} seeder`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`${i?.count} seeders`);
	return /** @type {LocalizedString} */ ("count_seeders");
};

const es_count_seeders = /** @type {(inputs: Count_SeedersInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("es", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.count} seeder`);
	if (countPlural === "many") return /** @type {LocalizedString} */ (`${i?.count} seeders`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`${i?.count} seeders`);
	return /** @type {LocalizedString} */ ("count_seeders");
};

/**
* | countPlural | output |
* | --- | --- |
* | "one" | "{count} seeder" |
* | "other" | "{count} seeders" |
*
* @param {Count_SeedersInputs} inputs
* @param {{ locale?: "en" | "pt-BR" | "es" }} options
* @returns {LocalizedString}
*/
export const count_seeders = /** @type {((inputs: Count_SeedersInputs, options?: { locale?: "en" | "pt-BR" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Count_SeedersInputs, { locale?: "en" | "pt-BR" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "pt-BR") return pt_br2_count_seeders(inputs)
	if (locale === "es") return es_count_seeders(inputs)
	return en_count_seeders(inputs)
});