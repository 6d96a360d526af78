// The OpenMetrics writer: the exact text Prometheus reads, escaping, histograms, and names it refuses.
import parsePrometheusTextFormat from 'parse-prometheus-text-format';
import { describe, expect, it } from 'vitest';
import { formatBound, writeOpenMetrics, type MetricFamily } from './openmetrics.ts';

const families: MetricFamily[] = [
	{
		type: 'counter',
		name: 'app_searches',
		help: 'Searches run.',
		samples: [
			{ labels: { engine: 'bing', outcome: 'ok' }, value: 3 },
			{ labels: { engine: 'bing', outcome: 'timeout' }, value: 1 }
		]
	},
	{
		type: 'histogram',
		name: 'app_duration_seconds',
		unit: 'seconds',
		help: 'How long.',
		samples: [
			{
				labels: { engine: 'bing' },
				buckets: [
					[0.25, 1],
					[1, 3],
					[Infinity, 4]
				],
				sum: 3.75
			}
		]
	},
	{ type: 'gauge', name: 'app_ratio', help: 'A ratio.', samples: [{ value: 0.5 }] }
];

describe('writeOpenMetrics', () => {
	it('writes each family as TYPE, UNIT, HELP and its samples, then # EOF', () => {
		expect(writeOpenMetrics(families)).toBe(
			[
				'# TYPE app_searches counter',
				'# HELP app_searches Searches run.',
				'app_searches_total{engine="bing",outcome="ok"} 3',
				'app_searches_total{engine="bing",outcome="timeout"} 1',
				'# TYPE app_duration_seconds histogram',
				'# UNIT app_duration_seconds seconds',
				'# HELP app_duration_seconds How long.',
				'app_duration_seconds_bucket{engine="bing",le="0.25"} 1',
				'app_duration_seconds_bucket{engine="bing",le="1.0"} 3',
				'app_duration_seconds_bucket{engine="bing",le="+Inf"} 4',
				'app_duration_seconds_count{engine="bing"} 4',
				'app_duration_seconds_sum{engine="bing"} 3.75',
				'# TYPE app_ratio gauge',
				'# HELP app_ratio A ratio.',
				'app_ratio 0.5',
				'# EOF',
				''
			].join('\n')
		);
	});

	it('escapes backslashes, quotes and line feeds in label values and help', () => {
		const text = writeOpenMetrics([
			{
				type: 'gauge',
				name: 'app_odd',
				help: 'Line one\nline two \\ end',
				samples: [{ labels: { path: 'C:\\dir\\"file"\nnext' }, value: -1 }]
			}
		]);
		expect(text).toContain('# HELP app_odd Line one\\nline two \\\\ end\n');
		expect(text).toContain('app_odd{path="C:\\\\dir\\\\\\"file\\"\\nnext"} -1\n');
		// A real exposition parser reads the value back as it was.
		const [family] = parsePrometheusTextFormat(text);
		expect(family).toMatchObject({ name: 'app_odd', type: 'GAUGE' });
		expect(family?.metrics[0]).toEqual({ labels: { path: 'C:\\dir\\"file"\nnext' }, value: '-1' });
	});

	it('spells special values and whole bounds as the format asks', () => {
		expect(formatBound(1)).toBe('1.0');
		expect(formatBound(16)).toBe('16.0');
		expect(formatBound(0.5)).toBe('0.5');
		expect(formatBound(Infinity)).toBe('+Inf');
		const text = writeOpenMetrics([
			{ type: 'gauge', name: 'app_g', help: 'g', samples: [{ value: NaN }, { value: -Infinity }] }
		]);
		expect(text).toContain('app_g NaN\napp_g -Inf\n');
	});

	it('ends with # EOF even with no family', () => {
		expect(writeOpenMetrics([])).toBe('# EOF\n');
	});

	it.each<[string, MetricFamily]>([
		['a bad metric name', { type: 'gauge', name: 'app-bad', help: '', samples: [] }],
		['a counter named with _total', { type: 'counter', name: 'app_total', help: '', samples: [] }],
		[
			'a unit the name does not end with',
			{ type: 'gauge', name: 'app_time', unit: 'seconds', help: '', samples: [] }
		],
		[
			'a reserved label name',
			{ type: 'gauge', name: 'app_g', help: '', samples: [{ labels: { __x: 'y' }, value: 1 }] }
		],
		['a negative counter', { type: 'counter', name: 'app_c', help: '', samples: [{ value: -1 }] }],
		[
			'a histogram without +Inf',
			{ type: 'histogram', name: 'app_h', help: '', samples: [{ buckets: [[1, 2]], sum: 1 }] }
		],
		[
			'a histogram whose counts fall',
			{
				type: 'histogram',
				name: 'app_h',
				help: '',
				samples: [
					{
						buckets: [
							[1, 2],
							[Infinity, 1]
						],
						sum: 1
					}
				]
			}
		]
	])('refuses %s', (_, family) => {
		expect(() => writeOpenMetrics([family])).toThrow();
	});

	it('refuses two families of one name', () => {
		const gauge: MetricFamily = { type: 'gauge', name: 'app_g', help: '', samples: [] };
		expect(() => writeOpenMetrics([gauge, gauge])).toThrow(/two families/);
	});
});
