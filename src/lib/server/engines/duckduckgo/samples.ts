// The answers the duckduckgo engine is tested on.
import type { EngineSamples } from '../engine-samples.ts';

export const samples: EngineSamples = {
	captures: ['serp/duckduckgo-html-2025.html'],
	blocked: [
		{ about: 'the bare 202 DuckDuckGo sends a suspected bot', status: 202, body: '' },
		{
			about: 'the anomaly challenge page (a 200 holding the anomaly-modal form, as DuckDuckGo serves it)',
			body: `<html><body><form id="challenge-form" action="//duckduckgo.com/anomaly.js?sv=html&cc=sre" method="POST">
<div class="anomaly-modal__title">Unfortunately, bots use DuckDuckGo too.</div>
<div class="anomaly-modal__description">Please complete the following challenge to confirm this search was made by a human.</div>
</form></body></html>`
		}
	]
};
