// Writes metric families in the OpenMetrics 1.0 text format (what Prometheus asks for first): TYPE, UNIT
// and HELP before each family's samples, counters as `_total`, histograms as cumulative `_bucket`s with
// `_count` and `_sum`, label values escaped, `# EOF` last. A name the format forbids is a bug: it throws.

export const OPENMETRICS_CONTENT_TYPE = 'application/openmetrics-text; version=1.0.0; charset=utf-8';

export type Labels = Readonly<Record<string, string>>;

interface FamilyBase {
	/** The family's name; a counter's samples add `_total` to it. */
	name: string;
	help: string;
	/** When set, the name ends with `_<unit>`, as the format requires (`seconds`, `bytes`…). */
	unit?: string;
}

export interface ValueSample {
	labels?: Labels;
	value: number;
}

export interface HistogramSample {
	labels?: Labels;
	/** Cumulative counts by upper bound, ascending, the last bound Infinity (its count is the total). */
	buckets: readonly (readonly [le: number, count: number])[];
	sum: number;
}

export type MetricFamily = FamilyBase &
	(
		| { type: 'counter' | 'gauge'; samples: readonly ValueSample[] }
		| { type: 'histogram'; samples: readonly HistogramSample[] }
	);

const METRIC_NAME = /^[a-zA-Z_:][a-zA-Z0-9_:]*$/;
const LABEL_NAME = /^[a-zA-Z_][a-zA-Z0-9_]*$/;

/** Backslash, double quote and line feed are the characters the format escapes, in label values and HELP. */
function escape(text: string): string {
	return text.replace(/[\\"\n]/g, (char) => (char === '\n' ? '\\n' : `\\${char}`));
}

/** A sample value: `+Inf`, `-Inf` and `NaN` are spelled as the format spells them. */
export function formatNumber(value: number): string {
	if (Number.isNaN(value)) return 'NaN';
	if (value === Infinity) return '+Inf';
	if (value === -Infinity) return '-Inf';
	return String(value);
}

/** A bound as the format's canonical number: a float with `.0` when whole (`1.0`, `0.25`, `+Inf`). */
export function formatBound(value: number): string {
	return Number.isInteger(value) ? `${value}.0` : formatNumber(value);
}

function labelText(labels: Labels | undefined, extra?: [string, string]): string {
	const pairs = Object.entries(labels ?? {});
	if (extra) pairs.push(extra);
	if (pairs.length === 0) return '';
	for (const [name] of pairs) {
		if (!LABEL_NAME.test(name) || name.startsWith('__'))
			throw new Error(`bad label name ${JSON.stringify(name)}`);
	}
	return `{${pairs.map(([name, value]) => `${name}="${escape(value)}"`).join(',')}}`;
}

function checkFamily(family: MetricFamily, seen: Set<string>): void {
	if (!METRIC_NAME.test(family.name)) throw new Error(`bad metric name ${JSON.stringify(family.name)}`);
	if (family.type === 'counter' && family.name.endsWith('_total'))
		throw new Error(`${family.name}: a counter family is named without _total`);
	if (family.unit !== undefined && !family.name.endsWith(`_${family.unit}`))
		throw new Error(`${family.name}: the name must end with its unit ${family.unit}`);
	if (seen.has(family.name)) throw new Error(`${family.name}: two families of one name`);
	seen.add(family.name);
}

function histogramLines(name: string, sample: HistogramSample): string[] {
	const { buckets } = sample;
	const last = buckets.at(-1);
	if (!last || last[0] !== Infinity) throw new Error(`${name}: a histogram ends with the +Inf bucket`);
	const lines: string[] = [];
	let previous: readonly [number, number] | null = null;
	for (const bucket of buckets) {
		if (previous && (bucket[0] <= previous[0] || bucket[1] < previous[1]))
			throw new Error(`${name}: buckets must rise in bound and count`);
		lines.push(`${name}_bucket${labelText(sample.labels, ['le', formatBound(bucket[0])])} ${bucket[1]}`);
		previous = bucket;
	}
	const labels = labelText(sample.labels);
	lines.push(`${name}_count${labels} ${last[1]}`, `${name}_sum${labels} ${formatNumber(sample.sum)}`);
	return lines;
}

/** The exposition of these families, in their order, ending with `# EOF`. */
export function writeOpenMetrics(families: readonly MetricFamily[]): string {
	const lines: string[] = [];
	const seen = new Set<string>();
	for (const family of families) {
		checkFamily(family, seen);
		lines.push(`# TYPE ${family.name} ${family.type}`);
		if (family.unit !== undefined) lines.push(`# UNIT ${family.name} ${family.unit}`);
		lines.push(`# HELP ${family.name} ${escape(family.help)}`);
		if (family.type === 'histogram') {
			for (const sample of family.samples) lines.push(...histogramLines(family.name, sample));
			continue;
		}
		const sampleName = family.type === 'counter' ? `${family.name}_total` : family.name;
		for (const sample of family.samples) {
			if (family.type === 'counter' && !(sample.value >= 0))
				throw new Error(`${family.name}: a counter is never negative`);
			lines.push(`${sampleName}${labelText(sample.labels)} ${formatNumber(sample.value)}`);
		}
	}
	lines.push('# EOF');
	return `${lines.join('\n')}\n`;
}
