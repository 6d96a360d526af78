// GET /metrics: the OpenMetrics exposition for Prometheus (docs/operating.md, "/stats and /metrics"),
// behind a bearer token when METRICS_TOKEN is set. Loaded only when asked: nothing here runs at start.
import { config } from '#lib/server/config.ts';
import { metricFamilies } from '#lib/server/formats/metrics.ts';
import { OPENMETRICS_CONTENT_TYPE, writeOpenMetrics } from '#lib/server/formats/openmetrics.ts';
import { bearerTokenMatches } from '#lib/server/http/bearer-token.ts';
import { listEngines } from '#lib/server/search/engine-list.ts';

export async function GET({ request }) {
	if (config.metricsToken && !bearerTokenMatches(request.headers.get('authorization'), config.metricsToken)) {
		return new Response('401 Unauthorized: /metrics needs Authorization: Bearer <METRICS_TOKEN>\n', {
			status: 401,
			headers: {
				'content-type': 'text/plain; charset=utf-8',
				'www-authenticate': 'Bearer realm="metrics"',
				'cache-control': 'no-store'
			}
		});
	}
	const engines = await listEngines();
	const text = writeOpenMetrics(await metricFamilies(engines.map((engine) => engine.id)));
	return new Response(text, {
		headers: { 'content-type': OPENMETRICS_CONTENT_TYPE, 'cache-control': 'no-store' }
	});
}
