// What to say about each engine of a search: its chip status and, when it failed, a sentence saying why.
import { m } from '#lib/i18n/paraglide/messages.js';
import type { EngineInfo, EngineReport, EngineStatus } from '#lib/search-events.ts';

export type ChipStatus = EngineStatus | 'waiting' | 'suspended';

/** An engine that never answered before the end timed out; one paused after a block says so before that. */
export function chipStatus(
	engine: EngineInfo,
	report: EngineReport | undefined,
	finished: boolean
): ChipStatus {
	if (report) return isSuspension(report) ? 'suspended' : report.status;
	if (engine.suspendedUntil && Date.parse(engine.suspendedUntil) > Date.now()) return 'suspended';
	return finished ? 'timeout' : 'waiting';
}

/** The core skips a recently blocked engine and reports it as blocked with a reason naming the suspension. */
function isSuspension(report: EngineReport): boolean {
	return report.status === 'blocked' && /suspend|paused/i.test(report.error ?? '');
}

export function statusLabel(status: ChipStatus): string {
	switch (status) {
		case 'ok':
			return m.status_ok();
		case 'empty':
			return m.status_empty();
		case 'blocked':
			return m.status_blocked();
		case 'timeout':
			return m.status_timeout();
		case 'error':
			return m.status_error();
		case 'waiting':
			return m.status_waiting();
		case 'suspended':
			return m.status_suspended();
	}
}

/** "DuckDuckGo blocked this server (captcha page)", or null for an engine that answered. */
export function problemSentence(name: string, status: ChipStatus, reason: string | null): string | null {
	switch (status) {
		case 'blocked':
			return m.engine_blocked_reason({ engine: name, reason: reason ?? m.status_blocked() });
		case 'timeout':
			return m.engine_timeout_reason({ engine: name });
		case 'error':
			return m.engine_error_reason({ engine: name, reason: reason ?? m.status_error() });
		case 'suspended':
			return m.engine_suspended_reason({ engine: name });
		default:
			return null;
	}
}
