// The answers each engine is tested on, listed beside its test and run by the shared contract suite.
import type { EngineAnswer } from './types.ts';

export interface SampleAnswer {
	/** What the answer is and, for a hand-written one, what it is modelled on. */
	about: string;
	/** The query it answers, when the query decides the endpoint (eztv); "ubuntu" otherwise. */
	query?: string;
	status?: number;
	headers?: Record<string, string>;
	body: string;
}

export interface EngineSamples {
	/** Real captures under ../shared/fixtures holding at least one result. */
	captures: string[];
	/** The query the captures answer, when the query decides the endpoint (eztv). */
	captureQuery?: string;
	/** Real captures of a normal answer with no result. */
	emptyCaptures?: string[];
	/** Hand-written answers with results, for engines no real capture exists of. */
	results?: SampleAnswer[];
	/** The engine's block pages and redirects (beyond the plain 429 and 403 every engine handles). */
	blocked: SampleAnswer[];
}

export function sampleAnswer(url: string, sample: Omit<SampleAnswer, 'about' | 'query'>): EngineAnswer {
	return {
		status: sample.status ?? 200,
		url,
		headers: new Headers(sample.headers ?? {}),
		body: sample.body
	};
}
