// Types for parse-prometheus-text-format (tests only): a Prometheus text-format parser whose output
// follows prom2json's. Values stay the strings the exposition wrote.
declare module 'parse-prometheus-text-format' {
	export interface ParsedMetric {
		labels?: Record<string, string>;
		value?: string;
		buckets?: Record<string, string>;
		count?: string;
		sum?: string;
	}
	export interface ParsedFamily {
		name: string;
		help: string;
		type: 'COUNTER' | 'GAUGE' | 'HISTOGRAM' | 'SUMMARY' | 'UNTYPED';
		metrics: ParsedMetric[];
	}
	export default function parsePrometheusTextFormat(text: string): ParsedFamily[];
}
