// The answers the mojeek engine is tested on.
import type { EngineSamples } from '../engine-samples.ts';

export const samples: EngineSamples = {
	captures: ['serp/mojeek-2026.html'],
	blocked: [
		{
			about: 'the 403 page Mojeek answers automated queries with',
			status: 403,
			body: '<html><body><p>Sorry, your network appears to be sending automated queries.</p></body></html>'
		}
	]
};
