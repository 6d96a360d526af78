// The answers the yahoo engine is tested on.
import type { EngineSamples } from '../engine-samples.ts';

export const samples: EngineSamples = {
	captures: ['serp/yahoo-rendered-2026.html'],
	blocked: [
		{
			about: 'the redirect to consent.yahoo.com that EU visitors get first',
			status: 302,
			headers: { location: 'https://consent.yahoo.com/v2/collectConsent?sessionId=3_cc-session_x' },
			body: ''
		}
	]
};
